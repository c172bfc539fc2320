using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class JsonLinesCorpusReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<CorpusItem> ReadString(string content, CorpusReaderOptions? options = null) =>
        new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8(content)), "mem.jsonl", options).ReadAll();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DecodedLinesGiveTheirBuffersBackWhileUndecodedOnesKeepThem(bool decodeAsRead)
    {
        // About 2 MB of records, 32 of the reader's 64 KiB buffers. Decoding each record as it is read (as the scorer
        // does) lets the reader reuse two buffers; records read but not yet decoded keep every buffer they lie in.
        var lines = Enumerable.Range(0, 8000).Select(i => $"{{\"id\":\"d{i}\",\"outlet\":\"o{i % 3}\",\"text\":\"نص رقم {i} " + new string('ع', 100) + "\"}");
        var reader = new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8(string.Join("\n", lines))), "mem.jsonl");
        var items = new List<CorpusItem>();
        foreach (var item in reader.Read())
        {
            if (decodeAsRead)
            {
                Assert.NotNull(item.Document);
            }

            items.Add(item);
        }

        Assert.Equal(8000, items.Count);
        Assert.Equal("d7999", items[^1].Doc().Id);
        Assert.Equal("نص رقم 0 " + new string('ع', 100), items[0].Doc().Text);
        if (decodeAsRead)
        {
            Assert.True(reader.LineBuffersAllocated <= 3, $"{reader.LineBuffersAllocated} buffers");
        }
        else
        {
            Assert.True(reader.LineBuffersAllocated >= 30, $"{reader.LineBuffersAllocated} buffers");
        }
    }

    [Fact]
    public void ReadsArabicAndEnglishDocumentsWithFieldsFromAFile()
    {
        var path = _dir.Write("news.jsonl",
            "{\"id\":\"a1\",\"outlet\":\"aljazeera\",\"date\":\"2024-01-02\",\"text\":\"قصف الاحتلال غزة\"}\n" +
            "{\"id\":\"b2\",\"outlet\":\"bbc\",\"text\":\"Strikes hit Gaza \\\"today\\\"\",\"live\":true,\"score\":1.50,\"tags\":[\"x\", 1],\"meta\":{\"k\":null},\"gone\":null}\n");

        var items = new JsonLinesCorpusReader(path).ReadAll();

        Assert.Equal(2, items.Count);
        var ar = items[0].Doc();
        Assert.Equal("a1", ar.Id);
        Assert.Equal("قصف الاحتلال غزة", ar.Text);
        Assert.Equal("aljazeera", ar.GetField("outlet"));
        Assert.Equal("2024-01-02", ar.GetField("date"));
        Assert.Equal("a1", ar.GetField("id"));
        Assert.Null(ar.GetField("text"));
        Assert.Equal(new DocumentSource(path, 1), ar.Source);

        var en = items[1].Doc();
        Assert.Equal("Strikes hit Gaza \"today\"", en.Text);
        Assert.Equal("true", en.GetField("live"));
        Assert.Equal("1.50", en.GetField("score"));
        Assert.Equal("[\"x\", 1]", en.GetField("tags"));
        Assert.Equal("{\"k\":null}", en.GetField("meta"));
        Assert.Null(en.GetField("gone"));
        Assert.Equal(2, en.Source.Line);
    }

    [Fact]
    public void NumericIdKeepsItsJsonText()
    {
        var items = ReadString("{\"id\":42,\"outlet\":\"o\",\"text\":\"t\"}\n{\"id\":1e3,\"outlet\":\"o\",\"text\":\"t\"}\n{\"id\":-0.5,\"outlet\":\"o\",\"text\":\"t\"}\n");

        Assert.Equal(["42", "1e3", "-0.5"], items.Select(i => i.Doc().Id));
    }

    [Fact]
    public void MissingIdFallsBackToFileAndLine()
    {
        var items = ReadString("\n{\"outlet\":\"o\",\"text\":\"t\"}\n");

        Assert.Equal("mem.jsonl:2", Assert.Single(items).Doc().Id);
    }

    [Theory]
    [InlineData("corpus.jsonl")]
    [InlineData("./corpus.jsonl")]
    [InlineData("/scratch/run1/corpus.jsonl")]
    [InlineData("data/corpus.jsonl")]
    public void AMissingIdIsTheFilesNameAndLineWhateverFolderTheFileWasNamedFrom(string path)
    {
        // The id seeds the document's bootstrap weights: it was the path as typed, so the same file scored as
        // corpus.jsonl and by its full path (as 'framing distribute slurm' writes it) got other intervals. The place
        // (Source) keeps the path as given, for messages.
        var document = Assert.Single(new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"t\"}\n")), path).ReadAll()).Doc();

        Assert.Equal("corpus.jsonl:1", document.Id);
        Assert.Equal(path, document.Source.File);
        Assert.True(Framing.Scoring.DocumentSample.OwnId(document).IsEmpty);
    }

    [Fact]
    public void BlankLinesAreSkippedButCounted()
    {
        var items = ReadString("\n  \n{\"outlet\":\"o\",\"text\":\"one\"}\n\t\r\n\n{\"outlet\":\"o\",\"text\":\"two\"}\n\n");

        Assert.Equal(2, items.Count);
        Assert.Equal(3, items[0].Doc().Source.Line);
        Assert.Equal(6, items[1].Doc().Source.Line);
    }

    [Theory]
    [InlineData(false, "\n")]
    [InlineData(true, "\n")]
    [InlineData(false, "\r\n")]
    [InlineData(true, "\r\n")]
    public void Utf16WithoutAByteOrderMarkHasOneRejectedRecordPerLineAndNoneForItsLineBreaks(bool bigEndian, string lineBreak)
    {
        Utf16OrUtf32WithoutAByteOrderMark(new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: false), lineBreak);
        Utf16OrUtf32WithoutAByteOrderMark(new System.Text.UTF32Encoding(bigEndian, byteOrderMark: false), lineBreak);
    }

    [Fact]
    public void ARunOfNulBytesLongerThanALineBreaksTailIsARejectedRecord()
    {
        // A zero-filled tail of a UTF-8 file is no line break's rest: a record, rejected for its NULs and counted.
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"outlet\":\"o\",\"text\":\"one\"}\n").Concat(new byte[20]).Concat("\n"u8.ToArray()).ToArray();
        var items = new JsonLinesCorpusReader(new MemoryStream(bytes), "mem.jsonl").ReadAll();
        Assert.Equal(2, items.Count);
        Assert.Equal(2, Assert.Single(items, i => i.Error is not null).Error!.Location.Line);
    }

    private static void Utf16OrUtf32WithoutAByteOrderMark(System.Text.Encoding e, string lineBreak)
    {
        // Read as bytes and split at 0A, UTF-16 without a mark leaves the NUL half of each line break beside it: before,
        // what followed the last line feed in little-endian order (00) and a blank line in either order (00, or 00 0D 00)
        // were records of their own, rejected for their NULs ("all 4 records were rejected" of 3; 4 or 5 here).
        var text = string.Join(lineBreak, "{\"outlet\":\"o\",\"text\":\"one\"}", "{\"outlet\":\"o\",\"text\":\"two\"}", string.Empty, "{\"outlet\":\"o\",\"text\":\"three\"}") + lineBreak;

        var items = new JsonLinesCorpusReader(new MemoryStream(e.GetBytes(text)), "mem.jsonl").ReadAll();

        Assert.Equal([1, 2, 4], items.Select(i => i.Error!.Location.Line));
        Assert.All(items, i => Assert.Contains("holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does", i.Error!.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ValidJsonNestedTooDeeplyIsRejectedForItsNestingNotAsMalformed()
    {
        // Before: 'malformed JSON: The maximum configured depth of 64 has been exceeded. Cannot read next JSON array (at
        // byte 131)', of a line that is valid JSON. The record is still refused (and counted), at its line.
        static string Nested(int depth) => new string('[', depth) + new string(']', depth);
        var items = ReadString(
            "{\"outlet\":\"o\",\"text\":\"x\",\"meta\":" + Nested(63) + "}\n" +
            "{\"outlet\":\"o\",\"text\":\"x\",\"meta\":" + Nested(64) + "}\n" +
            "{\"outlet\":\"o\",\"m\\u00e9ta\":{\"a\":" + Nested(70) + "},\"text\":\"x\"}\n" +
            "{\"outlet\":\"o\",\"text\":\"x\",\"meta\":" + new string('[', 70) + "}\n");

        Assert.Equal("x", items[0].Doc().Text);
        Assert.Equal(new Diagnostic(new DocumentSource("mem.jsonl", 2), "nesting deeper than 64 levels in field \"meta\""), items[1].Err());
        Assert.Equal(new Diagnostic(new DocumentSource("mem.jsonl", 3), "nesting deeper than 64 levels in field \"méta\""), items[2].Err());
        Assert.StartsWith("nesting deeper than 64 levels", items[3].Err().Message, StringComparison.Ordinal); // too deep before it is malformed
        Assert.Equal(4, items.Count);
    }

    [Fact]
    public void AFormatCharacterInsideAGroupIsTheGroupsOwn()
    {
        // Only a format character first or last is refused (U+200C, the zero-width non-joiner, belongs inside Persian words).
        var items = ReadString("{\"outlet\":\"o\\u200cz\",\"text\":\"x\"}\n");
        Assert.Equal("o\u200Cz", items.Single().Doc().GetField("outlet"));

        // A subdivision flag (🏴, tag letters, the cancel tag U+E007F last) is visible, though its last character is a
        // format character.
        const string scotland = "news \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F";
        var flagged = ReadString("{\"outlet\":\"" + scotland + "\",\"text\":\"x\"}\n");
        Assert.Equal(scotland, flagged.Single().Doc().GetField("outlet"));
    }

    [Theory]
    [InlineData("{\"outlet\":\"o\",\"text\":\"x\"", "malformed JSON: ")]
    [InlineData("not json", "malformed JSON: ")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"x\"} {}", "malformed JSON: ")]
    [InlineData("{\"outlet\":\"o\"}", "missing field \"text\"")]
    [InlineData("{\"outlet\":\"o\",\"text\":5}", "field \"text\" is not a string")]
    [InlineData("{\"outlet\":\"o\",\"text\":null}", "field \"text\" is not a string")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"  \\n\\t \"}", "empty text")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"\"}", "empty text")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"\\u200b\\ufeff\\u180e\\u2060\"}", "empty text")] // only invisible characters: it was a document of 0 tokens
    [InlineData("{\"outlet\":\"o\",\"text\":\" \u200B\u3000\uFE0F\u3164\U000E0020\u00AD\"}", "empty text")] // and white space; a variation selector, a Hangul filler, a tag space, a soft hyphen
    [InlineData("{\"text\":\"x\"}", "missing field \"outlet\"")]
    [InlineData("{\"outlet\":null,\"text\":\"x\"}", "field \"outlet\" is null")]
    [InlineData("{\"outlet\":\" \",\"text\":\"x\"}", "empty field \"outlet\"")]
    [InlineData("{\"outlet\":\"\\u200b\",\"text\":\"x\"}", "field \"outlet\" holds only invisible characters (\"\\u200B\"): a name nobody could read in a table")] // a zero-width space: an invisible label
    [InlineData("{\"outlet\":\"\\ufe0f\",\"text\":\"x\"}", "field \"outlet\" holds only invisible characters (\"\\uFE0F\"): a name nobody could read in a table")] // a variation selector: it was a group
    [InlineData("{\"outlet\":\"\\udb40\\udc20\",\"text\":\"x\"}", "field \"outlet\" holds only invisible characters (\"\\uDB40\\uDC20\"): a name nobody could read in a table")] // a tag space, of another plane
    [InlineData("{\"id\":\" \\u2060\\u200f\",\"outlet\":\"o\",\"text\":\"x\"}", "field \"id\" holds only invisible characters (\" \\u2060\\u200F\"): a name nobody could read in a table")]
    [InlineData("{\"id\":\"\\u200eid-1\",\"outlet\":\"o\",\"text\":\"x\"}", "field \"id\" begins with the invisible character U+200E, which makes \"\\u200Eid-1\" another name than the one it shows as: remove it")]
    [InlineData("{\"outlet\":[1],\"text\":\"x\"}", "field \"outlet\" is not a string, number or boolean")] // a number or boolean is a group ("7", "true")
    [InlineData("{\"outlet\":{\"name\":\"o\"},\"text\":\"x\"}", "field \"outlet\" is not a string, number or boolean")]
    [InlineData("{\"id\":true,\"outlet\":\"o\",\"text\":\"x\"}", "field \"id\" is not a string or number")]
    [InlineData("{\"id\":\"\",\"outlet\":\"o\",\"text\":\"x\"}", "empty field \"id\"")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"x\",\"outlet\":\"p\"}", "duplicate field \"outlet\"")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"x\",\"text\":\"y\"}", "duplicate field \"text\"")]
    [InlineData("{\"outlet\":\"o\",\"text\":null,\"text\":\"y\"}", "duplicate field \"text\"")]
    [InlineData("{\"outlet\":\"o\",\"\\u0074ext\":\"x\",\"text\":\"y\"}", "duplicate field \"text\"")]
    [InlineData("{\"outlet\":\"o\",\"date\":null,\"text\":\"x\",\"date\":\"2016\"}", "duplicate field \"date\"")]
    [InlineData("{\"outlet\":\"o\",\"n\":1,\"text\":\"x\",\"\\u006e\":2}", "duplicate field \"n\"")]
    [InlineData("{\"outlet\":\"o\",\"a\":null,\"b\":null,\"c\":null,\"d\":null,\"e\":null,\"f\":null,\"g\":null,\"h\":null,\"i\":null,\"text\":\"x\",\"e\":null}", "duplicate field \"e\"")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"x\\ud800\"}", "field \"text\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"\\ud800\\u0041\"}", "field \"text\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"\\udc00x\"}", "field \"text\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"\\udbff\",\"text\":\"x\"}", "field \"outlet\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"id\":\"a\\ud800\",\"outlet\":\"o\",\"text\":\"x\"}", "field \"id\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"o\",\"note\":\"\\udfff\",\"text\":\"x\"}", "field \"note\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"o\",\"\\ud800\":1,\"text\":\"x\"}", "a field name has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"o\",\"meta\":{\"k\":\"\\ud800\"},\"text\":\"x\"}", "field \"meta\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")] // nested: it was kept
    [InlineData("{\"outlet\":\"o\",\"meta\":[\"a\",\"\\udc00\"],\"text\":\"x\"}", "field \"meta\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"o\",\"meta\":[{\"\\udbff\":1}],\"text\":\"x\"}", "field \"meta\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":\"o\",\"meta\":[\"\\ud800\\u0041\"],\"text\":\"x\"}", "field \"meta\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\"outlet\":{\"k\":\"\\ud800\"},\"text\":\"x\"}", "field \"outlet\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("[1,2]", "expected a JSON object, found an array: a corpus is JSON Lines, one object per line, not a JSON array: convert the file with jq -c '.[]' in.json > out.jsonl")]
    [InlineData("\"text\"", "expected a JSON object, found a string")]
    public void RejectsBadRecordsWithTheirLineAndKeepsReading(string bad, string expected)
    {
        var items = ReadString("{\"outlet\":\"o\",\"text\":\"first\"}\n\n" + bad + "\n{\"outlet\":\"o\",\"text\":\"last\"}\n");

        Assert.Equal(3, items.Count);
        Assert.Equal("first", items[0].Doc().Text);
        var error = items[1].Err();
        Assert.Equal((SourceLocation)new DocumentSource("mem.jsonl", 3), error.Location);
        if (expected.EndsWith(' '))
        {
            Assert.StartsWith(expected, error.Message);
            Assert.DoesNotContain('\n', error.Message);
            Assert.DoesNotContain("LineNumber", error.Message);
        }
        else
        {
            Assert.Equal(expected, error.Message);
        }

        Assert.Equal("last", items[2].Doc().Text);
        Assert.Equal(4, items[2].Doc().Source.Line);
    }

    [Fact]
    public void ANestedValueWithPairedOrEscapedBackslashEscapesIsKeptAsWritten()
    {
        // A pair (\ud83d\ude00) is text, and "\\ud800" is a backslash and the letters ud800: neither is a bad record.
        const string meta = "{\"k\":[\"\\ud83d\\ude00\",\"\\\\ud800\",\"\\\\\\u0041\"]}";
        var items = ReadString("{\"outlet\":\"o\",\"meta\":" + meta + ",\"text\":\"x\"}\n");
        Assert.Equal(meta, Assert.Single(items).Doc().GetField("meta"));
    }

    [Theory]
    [InlineData("[{\"outlet\":\"o\",\"text\":\"x\"}, {\"outlet\":\"o\",\"text\":\"y\"}]\n", "expected a JSON object, found an array: ")]
    [InlineData("{\"outlet\":\"o\",\"text\":\"x\"}\n[\n  {\"outlet\": \"o\", \"text\": \"x\"}\n]\n", "malformed JSON: the line opens an array; ")]
    [InlineData("  [ {\"outlet\":\"o\",\"text\":\"x\"},\n", "malformed JSON: the line opens an array; ")]
    public void AJsonArrayFileSaysSoAtItsFirstLine(string content, string start)
    {
        // A .json file is read as JSON Lines; an array gave "Expected depth to be zero at the end of the JSON payload".
        var first = ReadString(content).First(i => i.Document is null);
        Assert.Equal($"mem.jsonl:{first.Err().Location.Line}: " + start + "a corpus is JSON Lines, one object per line, not a JSON array: convert the file with jq -c '.[]' in.json > out.jsonl", first.Err().ToString());
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"regime\",}", "a comma before the closing brace (a trailing comma), which JSON does not allow (at byte 40)")]
    [InlineData("{\"outlet\":\"x\",\"tags\":[1, 2 ,\t],\"text\":\"regime\"}", "a comma before the closing bracket (a trailing comma), which JSON does not allow (at byte 30)")]
    [InlineData("{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"regime\"", "the line opens an object that it does not close: JSON Lines needs one object per line (pretty-printed JSON? convert the file with jq -c . in.json > out.jsonl) (at byte 39)")]
    [InlineData("{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"reg", "the line opens an object that it does not close: JSON Lines needs one object per line (pretty-printed JSON? convert the file with jq -c . in.json > out.jsonl) (at byte 35)")]
    [InlineData("{", "the line opens an object that it does not close: JSON Lines needs one object per line (pretty-printed JSON? convert the file with jq -c . in.json > out.jsonl) (at byte 2)")]
    [InlineData("{\"outlet\":\"x\",\"text\":\"regime\"} {", "'{' is invalid after a single JSON value. Expected end of data (at byte 32)")] // closed: the rest is what is wrong
    public void CommonMalformedJsonIsWordedWithoutTheParsersAdvice(string bad, string expected)
    {
        // Before: "The JSON object contains a trailing comma at the end which is not supported in this mode. Change the
        // reader options" and "Expected depth to be zero at the end of the JSON payload. There is an open JSON object
        // or array that should be closed".
        var items = ReadString("{\"outlet\":\"o\",\"text\":\"first\"}\n" + bad + "\n");

        Assert.Equal("mem.jsonl:2: malformed JSON: " + expected, items[1].Err().ToString());
    }

    [Theory]
    [InlineData("{\n  \"outlet\": \"o\",\n  \"text\": \"x\"\n}\n{\n  \"outlet\": \"o\",\n  \"text\": \"y\"\n}\n", 1, "not JSON Lines: the first line opens an object that it does not close, as pretty-printed JSON does; a corpus is JSON Lines, one object per line: convert the file with jq -c . in.json > out.jsonl")]
    [InlineData("\n  \t{ \r\n  \"outlet\": \"o\",\n  \"text\": \"x\"\n}\n", 2, "not JSON Lines: the first line opens an object that it does not close, as pretty-printed JSON does; ")]
    [InlineData("[\n  {\"outlet\": \"o\", \"text\": \"x\"}\n]\n", 1, "not JSON Lines: the first line opens an array; a corpus is JSON Lines, one object per line, not a JSON array: convert the file with jq -c '.[]' in.json > out.jsonl")]
    [InlineData("[{\n  \"outlet\": \"o\", \"text\": \"x\"}\n]\n", 1, "not JSON Lines: the first line opens an array; ")]
    public void APrettyPrintedFileStopsAtItsFirstLine(string content, int line, string expected)
    {
        // Before, each of its lines was a bad record of its own (with --skip-invalid: "all 15 records were rejected"
        // for 3 objects), with the parser's wording.
        var e = Assert.Throws<CorpusException>(() => ReadString(content));

        Assert.Equal((SourceLocation)new DocumentSource("mem.jsonl", line), e.Error.Location);
        Assert.StartsWith(expected, e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningBraceAfterTheFirstLineIsOneBadRecord()
    {
        var items = ReadString("{\"outlet\":\"o\",\"text\":\"x\"}\n{\n\"outlet\": \"o\"}\n");

        Assert.Equal(3, items.Count);
        Assert.StartsWith("mem.jsonl:2: malformed JSON: the line opens an object that it does not close: ", items[1].Err().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonReasonNamesTheBytePosition()
    {
        var error = Assert.Single(ReadString("{\"text\": x}\n")).Err();

        Assert.Equal("mem.jsonl:1: malformed JSON: 'x' is an invalid start of a value (at byte 10)", error.ToString());
    }

    [Fact]
    public void GroupFieldIsOptionalWhenNotRequired()
    {
        var options = new CorpusReaderOptions { RequireGroupField = false };

        var doc = Assert.Single(ReadString("{\"text\":\"x\"}\n", options)).Doc();

        Assert.Null(doc.GetField("outlet"));
    }

    [Fact]
    public void CustomFieldNamesAreUsedInReadingAndMessages()
    {
        var options = new CorpusReaderOptions { TextField = "body", IdField = "uid", GroupField = "source" };

        var items = ReadString("{\"uid\":\"u\",\"source\":\"s\",\"body\":\"b\"}\n{\"text\":\"t\",\"source\":\"s\"}\n{\"body\":\"b\"}\n", options);

        var doc = items[0].Doc();
        Assert.Equal(("u", "b", "s"), (doc.Id, doc.Text, doc.GetField("source")));
        Assert.Equal("missing field \"body\"", items[1].Err().Message);
        Assert.Equal("missing field \"source\"", items[2].Err().Message);
    }

    [Fact]
    public void ByteOrderMarkAndCrLfAreHandled()
    {
        var content = Bytes.Concat(Bytes.Bom, Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"a\"}\r\n\r\n{\"outlet\":\"o\",\"text\":\"b\\r\\n\"}\r\n"));
        var path = _dir.WriteBytes("bom.jsonl", content);

        var items = new JsonLinesCorpusReader(path).ReadAll();

        Assert.Equal(["a", "b\r\n"], items.Select(i => i.Doc().Text));
        Assert.Equal([1, 3], items.Select(i => i.Doc().Source.Line));
    }

    [Fact]
    public void ByteOrderMarkIsOnlyIgnoredAtTheStart()
    {
        var content = Bytes.Concat(Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"a\"}\n"), Bytes.Bom, Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"b\"}\n"));

        var items = new JsonLinesCorpusReader(new MemoryStream(content)).ReadAll();

        Assert.False(items[0].IsRejected);
        Assert.StartsWith("malformed JSON: ", items[1].Err().Message);
    }

    [Fact]
    public void TruncatedLastLineIsRejectedWithItsLineNumber()
    {
        var items = ReadString("{\"outlet\":\"o\",\"text\":\"a\"}\n{\"outlet\":\"o\",\"text\":\"b\"}\n{\"outlet\":\"o\",\"te");

        Assert.Equal(3, items.Count);
        var error = items[2].Err();
        Assert.Equal(3, error.Location.Line);
        Assert.StartsWith("malformed JSON: ", error.Message);
    }

    [Fact]
    public void CompleteLastLineWithoutNewlineIsRead()
    {
        var items = ReadString("{\"outlet\":\"o\",\"text\":\"a\"}\n{\"outlet\":\"o\",\"text\":\"b\"}");

        Assert.Equal("b", items[1].Doc().Text);
        Assert.Equal(2, items[1].Doc().Source.Line);
    }

    [Fact]
    public void InvalidUtf8LineIsRejectedAndItsNeighboursAreRead()
    {
        var content = Bytes.Concat(
            Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"قبل\"}\n{\"outlet\":\"o\",\"text\":\"bad "),
            [0xC3, 0x28, 0xFF],
            Bytes.Utf8("\"}\n{\"outlet\":\"o\",\"text\":\"بعد\"}\n"));
        var path = _dir.WriteBytes("bad.jsonl", content);

        var items = new JsonLinesCorpusReader(path).ReadAll();

        Assert.Equal(3, items.Count);
        Assert.Equal("قبل", items[0].Doc().Text);
        Assert.Equal(new Diagnostic(new DocumentSource(path, 2), "invalid UTF-8"), items[1].Err());
        Assert.Equal("بعد", items[2].Doc().Text);
        Assert.Equal(3, items[2].Doc().Source.Line);
    }

    [Fact]
    public void OverlongEncodingAndLoneSurrogateBytesAreInvalid()
    {
        var content = Bytes.Concat(
            Bytes.Utf8("{\"outlet\":\"o\",\"text\":\""), [0xC0, 0xAF], Bytes.Utf8("\"}\n"),
            Bytes.Utf8("{\"outlet\":\"o\",\"text\":\""), [0xED, 0xA0, 0x80], Bytes.Utf8("\"}\n"));

        var items = new JsonLinesCorpusReader(new MemoryStream(content)).ReadAll();

        Assert.All(items, i => Assert.Equal("invalid UTF-8", i.Err().Message));
        Assert.Equal([1, 2], items.Select(i => i.Err().Location.Line));
    }

    [Theory]
    [InlineData(10)] // decoded by the JSON reader
    [InlineData(400)] // long enough to be decoded into a pooled buffer
    [InlineData(5000)]
    public void ShortAndLongTextsAreUnescapedAndDecodedAlike(int repeats)
    {
        const string escaped = "قال \\\"مصدر\\\"\\nسطر\\t\\u0627\\u0644 \\ud83d\\ude00 \\/ ";
        const string decoded = "قال \"مصدر\"\nسطر\tال \ud83d\ude00 / ";
        var text = string.Concat(Enumerable.Repeat(escaped, repeats));
        var items = ReadString("{\"outlet\":\"o\",\"text\":\"" + text + "\"}\n");
        Assert.Equal(string.Concat(Enumerable.Repeat(decoded, repeats)), items.Single().Doc().Text);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(400)]
    public void InvalidUtf8IsRejectedInShortAndLongTexts(int repeats)
    {
        var padding = Bytes.Utf8(string.Concat(Enumerable.Repeat("كلمة ", repeats)));
        var content = Bytes.Concat(Bytes.Utf8("{\"outlet\":\"o\",\"text\":\""), padding, [0xE2, 0x28, 0xA1], padding, Bytes.Utf8("\"}\n"));
        var items = new JsonLinesCorpusReader(new MemoryStream(content)).ReadAll();
        Assert.Equal("invalid UTF-8", items.Single().Err().Message);
    }

    [Fact]
    public void ReadsAFiveMegabyteLine()
    {
        var big = string.Concat(Enumerable.Repeat("كلمة word ", 5 * 1024 * 1024 / 14));
        var path = _dir.Write("big.jsonl", "{\"outlet\":\"o\",\"text\":\"small\"}\n{\"outlet\":\"o\",\"text\":\"" + big + "\"}\n{\"outlet\":\"o\",\"text\":\"after\"}\n");
        Assert.True(new FileInfo(path).Length > 5 * 1024 * 1024);

        var items = new JsonLinesCorpusReader(path).ReadAll();

        Assert.Equal(3, items.Count);
        Assert.Equal(big, items[1].Doc().Text);
        Assert.Equal("after", items[2].Doc().Text);
        Assert.Equal(3, items[2].Doc().Source.Line);
    }

    [Fact]
    public void SplitsLinesCorrectlyWhenTheStreamDeliversOneByteAtATime()
    {
        var content = Bytes.Concat(Bytes.Bom, Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"أ\"}\r\n\r\n{\"outlet\":\"o\",\"text\":\"b\"}"));

        var items = new JsonLinesCorpusReader(new TrickleStream(content, 1)).ReadAll();

        Assert.Equal(["أ", "b"], items.Select(i => i.Doc().Text));
        Assert.Equal([1, 3], items.Select(i => i.Doc().Source.Line));
    }

    [Fact]
    public void EveryNonBlankLineYieldsExactlyOneItem()
    {
        var lines = new[]
        {
            "{\"outlet\":\"o\",\"text\":\"a\"}", "", "{", "{\"text\":\"x\"}", "[]", "  ", "{\"outlet\":\"o\",\"text\":\"\"}",
            "{\"outlet\":\"o\",\"text\":\"b\",\"id\":7}", "null", "{\"outlet\":\"o\",\"text\":\"c\"}",
        };

        var items = ReadString(string.Join("\n", lines));

        Assert.Equal(lines.Count(l => l.Trim().Length > 0), items.Count);
        Assert.Equal(3, items.Count(i => !i.IsRejected));
        Assert.Equal(5, items.Count(i => i.IsRejected));
        Assert.Equal([1, 3, 4, 5, 7, 8, 9, 10], items.Select(i => i.IsRejected ? i.Error!.Location.Line : i.Document!.Source.Line));
    }

    [Fact]
    public void YieldsTheFirstDocumentBeforeReadingFurther()
    {
        var stream = new FailingAfterFirstReadStream(Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"first\"}\n{\"outlet\""));
        using var enumerator = new JsonLinesCorpusReader(stream).Read().GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Equal("first", enumerator.Current.Doc().Text);
        // A read that fails rejects the corpus, naming it (exit 2 in the tool), not an I/O exception from inside.
        var e = Assert.Throws<CorpusException>(() => enumerator.MoveNext());
        Assert.Equal("-: cannot read: simulated failure after the first read", e.Message);
    }

    [Fact]
    public void StreamReaderUsesItsDisplayNameAndCanBeReadOnlyOnce()
    {
        var reader = new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8("{\"text\":\"x\"}\n")));

        var error = Assert.Single(reader.ReadAll()).Err();

        Assert.Equal("-:1: missing field \"outlet\"", error.ToString());
        Assert.Equal("-", reader.Description);
        Assert.Throws<InvalidOperationException>(() => reader.Read());
    }

    [Fact]
    public void FileReaderCanBeReadTwice()
    {
        var reader = new JsonLinesCorpusReader(_dir.Write("twice.jsonl", "{\"outlet\":\"o\",\"text\":\"x\"}\n"));

        Assert.Single(reader.ReadAll());
        Assert.Single(reader.ReadAll());
    }

    [Fact]
    public void MissingFileThrowsWhenReadIsCalled()
    {
        var path = _dir.File("absent.jsonl");
        var reader = new JsonLinesCorpusReader(path);

        var ex = Assert.Throws<CorpusException>(() => reader.Read());

        Assert.Equal(new Diagnostic(new DocumentSource(path, 0), "no such file or directory"), ex.Error);
    }

    [Fact]
    public void CancellationStopsReading()
    {
        using var cts = new CancellationTokenSource();
        var reader = new JsonLinesCorpusReader(new MemoryStream(Bytes.Utf8("{\"outlet\":\"o\",\"text\":\"a\"}\n{\"outlet\":\"o\",\"text\":\"b\"}\n")));
        using var enumerator = reader.Read(cts.Token).GetEnumerator();

        Assert.True(enumerator.MoveNext());
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => enumerator.MoveNext());
    }

    [Fact]
    public void AFieldNameWithALoneSurrogateMatchesNoPropertyOfTheLine()
    {
        // UTF-8 cannot spell a lone surrogate: such a name is never a record's field (not even one named U+FFFD).
        var options = new CorpusReaderOptions { TextField = "\uD800" };
        var items = ReadString("{\"outlet\":\"o\",\"\uFFFD\":\"hello\"}\n", options);
        Assert.Equal("missing field \"\uD800\"", items.Single().Err().Message);
    }

    [Fact]
    public void OptionsRejectTextFieldEqualToIdField()
    {
        Assert.Throws<ArgumentException>(() => new JsonLinesCorpusReader(new MemoryStream(), "-", new CorpusReaderOptions { IdField = "text" }));
        Assert.Throws<ArgumentException>(() => new CorpusReaderOptions { GroupField = "" });
    }

    [Fact]
    public void TheFastPathReadsAPlainObjectWhateverTheOrderAndKindOfItsFields()
    {
        var rules = new JsonRecordRules(CorpusReaderOptions.Default);
        var line = System.Text.Encoding.UTF8.GetBytes("{\"text\":\"army\",\"id\":\"d1\",\"outlet\":\"a\",\"date\":\"2024\",\"tags\":[\"x\",{\"y\":1}],\"live\":false,\"n\":null}");

        Assert.True(JsonRecordFastPath.TryRead(line, rules, out var record));

        Assert.Equal("army", record.Text);
        Assert.Equal(
            [("date", "2024"), ("id", "d1"), ("live", "false"), ("outlet", "a"), ("tags", "[\"x\",{\"y\":1}]")],
            record.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void TheFastPathGivesUpOnWhatTheReportingPathRejects()
    {
        var rules = new JsonRecordRules(CorpusReaderOptions.Default);

        // A trailing comma, which the reporting path calls malformed.
        Assert.False(JsonRecordFastPath.TryRead(Bytes.Utf8("{\"id\":\"d1\",\"text\":\"army\",}"), rules, out _));

        // Invalid UTF-8 inside an array, which the fast path keeps as it is written.
        var invalid = Bytes.Concat(Bytes.Utf8("{\"id\":\"d1\",\"text\":\"army\",\"tags\":[\""), [0xFF], Bytes.Utf8("\"]}"));
        Assert.False(JsonRecordFastPath.TryRead(invalid, rules, out _));
    }

    [Fact]
    public void TheFastPathKeepsNoTextForATextThatIsNotAString()
    {
        var line = System.Text.Encoding.UTF8.GetBytes("{\"id\":\"d1\",\"text\":5}");

        Assert.True(JsonRecordFastPath.TryRead(line, new JsonRecordRules(CorpusReaderOptions.Default), out var record));
        Assert.Null(record.Text);
    }
}
