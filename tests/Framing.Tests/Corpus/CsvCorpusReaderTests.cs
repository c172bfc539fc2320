using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class CsvCorpusReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<CorpusItem> ReadString(string content, CorpusReaderOptions? options = null, char delimiter = ',') =>
        new CsvCorpusReader(new MemoryStream(Bytes.Utf8(content)), "mem.csv", options, delimiter).ReadAll();

    [Fact]
    public void ReadsQuotedFieldsWithNewlinesCommasAndEscapedQuotes()
    {
        var path = _dir.Write("news.csv",
            "id,outlet,text,date\n" +
            "a1,aljazeera,\"قصف، الاحتلال\nعلى غزة\",2024-01-02\n" +
            "b2,bbc,\"He said \"\"ceasefire\"\", then, left\",\n" +
            "c3,\"cnn\",plain text,2024-02-03\n");

        var items = new CsvCorpusReader(path).ReadAll();

        Assert.Equal(3, items.Count);
        var ar = items[0].Doc();
        Assert.Equal("a1", ar.Id);
        Assert.Equal("قصف، الاحتلال\nعلى غزة", ar.Text);
        Assert.Equal("aljazeera", ar.GetField("outlet"));
        Assert.Equal("2024-01-02", ar.GetField("date"));
        Assert.Null(ar.GetField("text"));
        Assert.Equal(new DocumentSource(path, 2), ar.Source);

        var en = items[1].Doc();
        Assert.Equal("He said \"ceasefire\", then, left", en.Text);
        Assert.Equal("", en.GetField("date"));
        Assert.Equal(4, en.Source.Line);

        Assert.Equal(("cnn", "plain text", 5), (items[2].Doc().GetField("outlet"), items[2].Doc().Text, items[2].Doc().Source.Line));
    }

    [Fact]
    public void CrLfLineEndingsAreStrippedOutsideQuotesAndKeptInside()
    {
        var items = ReadString("outlet,text\r\no,\"one\r\ntwo\"\r\np,three\r\n");

        Assert.Equal(["one\r\ntwo", "three"], items.Select(i => i.Doc().Text));
        Assert.Equal("p", items[1].Doc().GetField("outlet"));
        Assert.Equal([2, 4], items.Select(i => i.Doc().Source.Line));
    }

    [Fact]
    public void ByteOrderMarkIsNotPartOfTheFirstColumnName()
    {
        var content = Bytes.Concat(Bytes.Bom, Bytes.Utf8("outlet,text\nبي بي سي,نص\n"));

        var doc = Assert.Single(new CsvCorpusReader(new MemoryStream(content)).ReadAll()).Doc();

        Assert.Equal("بي بي سي", doc.GetField("outlet"));
        Assert.Equal("نص", doc.Text);
    }

    [Fact]
    public void TabDelimiterReadsTsv()
    {
        var items = ReadString("outlet\ttext\tid\nbbc\ta, b, c\t9\n\"x\ty\"\t\"q\"\"\"\t10\n", delimiter: '\t');

        Assert.Equal(("bbc", "a, b, c", "9"), (items[0].Doc().GetField("outlet"), items[0].Doc().Text, items[0].Doc().Id));
        Assert.Equal(("x\ty", "q\""), (items[1].Doc().GetField("outlet"), items[1].Doc().Text));
    }

    [Fact]
    public void MissingIdColumnFallsBackToFileAndLine()
    {
        var items = ReadString("outlet,text\n\no,a\no,b\n");

        Assert.Equal(["mem.csv:3", "mem.csv:4"], items.Select(i => i.Doc().Id));
    }

    [Fact]
    public void EmptyLinesBetweenRecordsAreSkippedButCounted()
    {
        var items = ReadString("\noutlet,text\n\n\no,a\n\no,b");

        Assert.Equal([5, 7], items.Select(i => i.Doc().Source.Line));
        Assert.Equal("b", items[1].Doc().Text);
    }

    [Fact]
    public void UnterminatedQuoteAtEndOfFileIsRejectedAtTheRecordStart()
    {
        var items = ReadString("outlet,text\no,fine\no,\"never\nclosed,\nat all\n");

        Assert.Equal(2, items.Count);
        Assert.Equal("fine", items[0].Doc().Text);
        Assert.Equal(new Diagnostic(new DocumentSource("mem.csv", 3), "unterminated quoted field: the quote opened on line 3 is never closed and swallowed the 2 lines after it, to the end of the file"), items[1].Err());
    }

    [Fact]
    public void UnterminatedQuoteSaysWhereItOpenedAndHowManyLinesItSwallowed()
    {
        // The record starts on line 2; its second field's quote opens on line 3 and swallows the records of lines 4-8.
        var items = ReadString("id,outlet,text\n1,o,\"two\nlines\",\"open\n2,o,b\n3,o,c\n\n4,o,d\n5,o,e\n");

        var error = Assert.Single(items).Err();
        Assert.Equal("mem.csv:2: unterminated quoted field: the quote opened on line 3 is never closed and swallowed the 5 lines after it, to the end of the file", error.ToString());
    }

    [Fact]
    public void UnterminatedQuoteSwallowingOneLine()
    {
        var error = ReadString("outlet,text\no,\"open\no,next\n").Single().Err();

        Assert.Equal("mem.csv:2: unterminated quoted field: the quote opened on line 2 is never closed and swallowed the 1 line after it, to the end of the file", error.ToString());
    }

    [Fact]
    public void UnterminatedQuoteOnTheLastLineWithoutNewline()
    {
        var error = ReadString("outlet,text\no,\"open").Single().Err();

        Assert.Equal("mem.csv:2: unterminated quoted field: the quote opened on line 2, the last line, is never closed", error.ToString());
    }

    [Fact]
    public void FieldCountMismatchIsRejectedWithTheCounts()
    {
        var items = ReadString("id,outlet,text\n1,o,a\n2,o\n3,o,c,extra\n4,o,\"multi\nline\",x\n5,o,e\n");

        Assert.Equal("a", items[0].Doc().Text);
        Assert.Equal(new Diagnostic(new DocumentSource("mem.csv", 3), "expected 3 fields, found 2"), items[1].Err());
        Assert.Equal(new Diagnostic(new DocumentSource("mem.csv", 4), "expected 3 fields, found 4"), items[2].Err());
        Assert.Equal(new Diagnostic(new DocumentSource("mem.csv", 5), "expected 3 fields, found 4"), items[3].Err());
        Assert.Equal(("5", 7), (items[4].Doc().Id, items[4].Doc().Source.Line));
    }

    [Fact]
    public void InvalidUtf8RejectsOnlyThatRecord()
    {
        var content = Bytes.Concat(
            Bytes.Utf8("outlet,text\no,قبل\no,\"bad "), [0xFF, (byte)'"', (byte)','], Bytes.Utf8(" more\"\no,بعد\n"));

        var items = new CsvCorpusReader(new MemoryStream(content), "x.csv").ReadAll();

        Assert.Equal(3, items.Count);
        Assert.Equal("قبل", items[0].Doc().Text);
        Assert.Equal(new Diagnostic(new DocumentSource("x.csv", 3), "invalid UTF-8"), items[1].Err());
        Assert.Equal(("بعد", 4), (items[2].Doc().Text, items[2].Doc().Source.Line));
    }

    [Fact]
    public void InvalidUtf8OnALaterLineOfAMultiLineRecordNamesThatLine()
    {
        var content = Bytes.Concat(Bytes.Utf8("outlet,text\no,\"line one\nline "), [0xC3], Bytes.Utf8(" two\"\no,ok\n"));

        var items = new CsvCorpusReader(new MemoryStream(content), "x.csv").ReadAll();

        Assert.Equal("x.csv:2: invalid UTF-8 (line 3)", items[0].Err().ToString());
        Assert.Equal(("ok", 4), (items[1].Doc().Text, items[1].Doc().Source.Line));
    }

    [Theory]
    [InlineData("o,\"   \"", "empty text")]
    [InlineData("o,", "empty text")]
    [InlineData("o,\u200B\uFEFF \u180E\u2060\u3000", "empty text")] // only white space and invisible characters: it was a document of 0 tokens
    [InlineData(" ,t", "empty field \"outlet\"")]
    [InlineData("\u200B\uFEFF,t", "field \"outlet\" holds only invisible characters (\"\\u200B\\uFEFF\"): a name nobody could read in a table")]
    [InlineData("\uFEFFo,t", "field \"outlet\" begins with the invisible character U+FEFF (a byte-order mark: files joined with cat?), which makes \"\\uFEFFo\" another name than the one it shows as: remove it")] // two Excel CSV files joined: the second's mark made "o" a second group
    [InlineData("o\U000E007F,t", "field \"outlet\" ends with the invisible character U+E007F, which makes \"o\\uDB40\\uDC7F\" another name than the one it shows as: remove it")] // a tag character, two UTF-16 halves
    [InlineData("o\u200B,t", "field \"outlet\" ends with the invisible character U+200B, which makes \"o\\u200B\" another name than the one it shows as: remove it")]
    [InlineData("o,\"a\"b", "unexpected character after a closing quote")]
    public void RejectsBadValues(string row, string expected)
    {
        var items = ReadString("outlet,text\n" + row + "\no,next\n");

        Assert.Equal(new Diagnostic(new DocumentSource("mem.csv", 2), expected), items[0].Err());
        Assert.Equal("next", items[1].Doc().Text);
    }

    [Fact]
    public void EmptyIdCellIsRejected()
    {
        var error = ReadString("id,outlet,text\n,o,t\n").Single().Err();

        Assert.Equal("empty field \"id\"", error.Message);
    }

    [Fact]
    public void QuoteInsideAnUnquotedFieldIsLiteral()
    {
        var doc = ReadString("outlet,text\no,a 5\" screen\n").Single().Doc();

        Assert.Equal("a 5\" screen", doc.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFF")]
    public void AnEmptyFileIsACorpusWithoutDocuments(string content)
    {
        // It was "missing header row" (exit 2 even with --allow-empty), where an empty JSON Lines file is an empty corpus.
        Assert.Empty(ReadString(content));
    }

    [Theory]
    [InlineData("outlet,body\no,t\n", "mem.csv:1: missing column \"text\" (the file has \"outlet\", \"body\")")]
    [InlineData("id,text\n1,t\n", "mem.csv:1: missing column \"outlet\" (the file has \"id\", \"text\")")]
    [InlineData("\n\nid,body\n1,t\n", "mem.csv:3: missing column \"text\" (the file has \"id\", \"body\")")]
    [InlineData("c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12,c13,c14,c15,c16,c17,c18,c19,c20,c21,c22,c23,c24,outlet\n", "mem.csv:1: missing column \"text\" (the file has \"c1\", \"c2\", \"c3\", \"c4\", \"c5\", \"c6\", \"c7\", \"c8\", \"c9\", \"c10\", \"c11\", \"c12\", \"c13\", \"c14\", \"c15\", \"c16\", \"c17\", \"c18\", \"c19\", \"c20\" and 5 more)")]
    [InlineData("outlet,text,outlet\n", "mem.csv:1: duplicate column \"outlet\"")]
    [InlineData("outlet,text,\n", "mem.csv:1: empty column name (column 3)")]
    [InlineData("outlet,\"text\n", "mem.csv:1: header row: unterminated quoted field: the quote opened on line 1, the last line, is never closed")]
    public void UnusableHeaderThrows(string content, string expected)
    {
        var ex = Assert.Throws<CorpusException>(() => ReadString(content));

        Assert.Equal(expected, ex.Error.ToString());
        Assert.Equal(expected, ex.Message);
    }

    [Theory]
    [InlineData('\t', "id,outlet,text\ne1,a,t\n", "mem.csv:1: missing column \"text\" (the file has \"id,outlet,text\": one column, so the file seems to be separated by commas, not tabs)", DiagnosticHint.ReadAsCsv)]
    [InlineData(',', "id\toutlet\ttext\ne1\ta\tt\n", "mem.csv:1: missing column \"text\" (the file has \"id\\u0009outlet\\u0009text\": one column, so the file seems to be separated by tabs, not commas)", DiagnosticHint.ReadAsTsv)]
    [InlineData('\t', "id;outlet;text\ne1;a;t\n", "mem.csv:1: missing column \"text\" (the file has \"id;outlet;text\": one column, so the file seems to be separated by semicolons, as Excel saves CSV in some languages (de, fr), not tabs)", DiagnosticHint.ReadWithSemicolons)]
    [InlineData(',', "id;outlet;text\ne1;a;t\n", "mem.csv:1: missing column \"text\" (the file has \"id;outlet;text\": one column, so the file seems to be separated by semicolons, as Excel saves CSV in some languages (de, fr), not commas)", DiagnosticHint.ReadWithSemicolons)] // it was only "missing column", then advice to save the file with commas
    [InlineData(',', "id;x\touter\n", "mem.csv:1: missing column \"text\" (the file has \"id;x\\u0009outer\": one column, so the file seems to be separated by tabs, not commas)", DiagnosticHint.ReadAsTsv)]
    [InlineData(',', "id;x,outer\n", "mem.csv:1: missing column \"text\" (the file has \"id;x\", \"outer\")", DiagnosticHint.None)]
    [InlineData('\t', "id,x\touter\n", "mem.csv:1: missing column \"text\" (the file has \"id,x\", \"outer\")", DiagnosticHint.None)]
    [InlineData(';', "id,outlet,text\ne1,a,t\n", "mem.csv:1: missing column \"text\" (the file has \"id,outlet,text\": one column, so the file seems to be separated by commas, not semicolons)", DiagnosticHint.None)] // a separator chosen wrongly (--csv-delimiter ';' for a comma file) said only "missing column"
    [InlineData('|', "id\toutlet\ttext\n", "mem.csv:1: missing column \"text\" (the file has \"id\\u0009outlet\\u0009text\": one column, so the file seems to be separated by tabs, not '|')", DiagnosticHint.None)]
    [InlineData(';', "text-less\n", "mem.csv:1: missing column \"text\" (the file has \"text-less\")", DiagnosticHint.None)]
    public void AHeaderOfOneColumnHoldingTheOtherSeparatorSaysSo(char delimiter, string content, string expected, DiagnosticHint hint)
    {
        // Before: 'missing column "text" (the file has id,outlet,text)', a header of one column that read as three.
        var ex = Assert.Throws<CorpusException>(() => ReadString(content, delimiter: delimiter));

        Assert.Equal(expected, ex.Error.ToString());
        Assert.Equal(hint, ex.Error.Hint);
    }

    [Fact]
    public void GroupColumnIsOptionalWhenNotRequired()
    {
        var doc = ReadString("text\nhello\n", new CorpusReaderOptions { RequireGroupField = false }).Single().Doc();

        Assert.Equal("hello", doc.Text);
        Assert.Empty(doc.Fields);
    }

    [Fact]
    public void EveryRecordYieldsExactlyOneItem()
    {
        var items = ReadString("id,outlet,text\n1,o,a\n2,o\n3,o,\"b\nc\"\n\n4,,d\n5,o,\n6,o,e\n7,o,\"f");

        Assert.Equal(7, items.Count);
        Assert.Equal(3, items.Count(i => !i.IsRejected));
        Assert.Equal(4, items.Count(i => i.IsRejected));
        Assert.Equal([2, 3, 4, 7, 8, 9, 10], items.Select(i => i.IsRejected ? i.Error!.Location.Line : i.Document!.Source.Line));
    }

    [Fact]
    public void ReadsAFiveMegabyteQuotedFieldDeliveredInSmallChunks()
    {
        var big = string.Concat(Enumerable.Repeat("سطر, \"line\"\n", 5 * 1024 * 1024 / 16));
        var content = Bytes.Utf8("outlet,text\no,\"" + big.Replace("\"", "\"\"") + "\"\no,after\n");

        var items = new CsvCorpusReader(new TrickleStream(content, 7919)).ReadAll();

        Assert.Equal(big, items[0].Doc().Text);
        Assert.Equal(2 + big.Count(c => c == '\n') + 1, items[1].Doc().Source.Line);
    }

    [Fact]
    public void YieldsTheFirstDocumentBeforeReadingFurther()
    {
        var stream = new FailingAfterFirstReadStream(Bytes.Utf8("outlet,text\no,first\no,sec"));
        using var enumerator = new CsvCorpusReader(stream).Read().GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Equal("first", enumerator.Current.Doc().Text);
        // A read that fails rejects the corpus, naming it (exit 2 in the tool), not an I/O exception from inside.
        var e = Assert.Throws<CorpusException>(() => enumerator.MoveNext());
        Assert.Equal("-: cannot read: simulated failure after the first read", e.Message);
    }

    [Fact]
    public void MissingFileThrowsWhenReadIsCalled()
    {
        var path = _dir.File("absent.csv");

        var ex = Assert.Throws<CorpusException>(() => new CsvCorpusReader(path).Read());

        Assert.Equal("no such file or directory", ex.Error.Message);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\u061B')]
    public void UnusableDelimiterIsRejected(char delimiter)
    {
        Assert.Throws<ArgumentException>(() => new CsvCorpusReader(new MemoryStream(), "-", null, delimiter));
    }

    [Fact]
    public void TheLastAsciiCharacterIsAUsableDelimiterAndARefusalSaysWhatADelimiterMustBe()
    {
        var doc = Assert.Single(ReadString("outlet\u007Ftext\no\u007Fone, two\n", delimiter: '\u007F')).Doc();
        Assert.Equal(("o", "one, two"), (doc.GetField("outlet"), doc.Text));

        var ex = Assert.Throws<ArgumentException>(() => new CsvCorpusReader(new MemoryStream(), "-", null, '\u0080'));
        Assert.StartsWith("The delimiter must be an ASCII character other than a quote or a line break.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("delimiter", ex.ParamName);
    }

    // Records read with a limit of 20 bytes, one a line: "LINE: FIELD|FIELD", then " ! ERROR" and " (too long)".
    private static List<string> Records(string content, int chunk)
    {
        var records = new CsvRecordReader(new Utf8LineReader(new TrickleStream(Bytes.Utf8(content), chunk), 16, maxLineBytes: 20), ',');
        var read = new List<string>();
        while (records.TryRead(out var record))
        {
            read.Add($"{record.Line}: {string.Join("|", record.Fields)}"
                + (record.Error is null ? "" : " ! " + record.Error)
                + (record.IsTooLong ? " (too long)" : ""));
        }

        return read;
    }

    [Theory]
    // A line inside a quoted field is too long: the field is still open after it, and closes on the next line.
    [InlineData("a,\"start\n" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n" + "end\"\nb,c\n", "1 too long", "4: b|c")]
    // The quoted field closes in the line that is too long.
    [InlineData("a,\"start\n" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",tail\n" + "b,c\n", "1 too long", "3: b|c")]
    // A record whose first line is too long opens a quoted field that a second line too long closes.
    [InlineData("a,\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n" + "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"\n" + "b,c\n", "1 too long", "3: b|c")]
    // An empty line inside the open quoted field of a record too long has no quote.
    [InlineData("a,\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n" + "\n" + "end\"\n" + "b,c\n", "1 too long", "4: b|c")]
    // A record of two lines that together go over the limit, after a line too long with an odd number of quotes.
    [InlineData("\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n" + "z\"\n" + "b,\"0123456789\n" + "0123456789\"\n" + "c,d\n", "1 too long", "3 too long", "5: c|d")]
    // A record of two lines of exactly the limit, line feed included, is kept.
    [InlineData("\"abcdefgh\n" + "ijklmnopq\"\n" + "c,d\n", "1: abcdefgh\nijklmnopq", "3: c|d")]
    public void TheRestOfARecordTooLongIsSkippedByTheParityOfItsQuotes(string content, params string[] expected)
    {
        // "N too long" stands for record N returned too long, without fields.
        var tooLong = ":  ! " + RecordMessages.RecordTooLong(20) + " (too long)";
        var want = expected.Select(e => e.EndsWith(" too long", StringComparison.Ordinal) ? e[..e.IndexOf(' ', StringComparison.Ordinal)] + tooLong : e).ToList();
        foreach (var chunk in new[] { 1, 5, 64 })
        {
            Assert.Equal(want, Records(content, chunk));
        }
    }

    [Fact]
    public void TextAfterAClosingQuoteEndsAtTheNextDelimiterSoTheRecordEndsWhereItsFieldsSay()
    {
        // The field after the bad one is quoted and goes on to line 2: the record is lines 1 and 2.
        Assert.Equal(
            ["1: ab|c\nd ! " + RecordMessages.CharacterAfterQuote, "3: x|y"],
            Records("\"a\"b,\"c\nd\"\nx,y\n", 64));
    }
}
