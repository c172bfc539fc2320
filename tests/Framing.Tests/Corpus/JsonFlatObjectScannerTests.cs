using System.Text;
using System.Text.Json;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// The JSON Lines fast path reads flat objects with <see cref="JsonFlatObjectScanner"/> and must return, for every
/// line, exactly what reading it with <see cref="Utf8JsonReader"/> returns: the same acceptance and the same record.
/// The differential tests compare the two on many thousands of generated lines, valid flat objects and near-misses of
/// every JSON rule; the focused tests pin each rule.
/// </summary>
public sealed class JsonFlatObjectScannerTests
{
    private static readonly CorpusReaderOptions[] OptionSets =
    [
        CorpusReaderOptions.Default,
        new() { TextField = "t\u00e9", IdField = "i\"d", GroupField = "outlet" },
        new() { TextField = "\uFFFD", RequireGroupField = false },
        new() { TextField = "\uD800", GroupField = "n" },
    ];

    private static readonly string[] Names =
    [
        "id", "text", "outlet", "date", "n", "tags", "", "t\u00e9", "t\\u00e9", "t\\u00C9", "te\\u0078t", "\\u0074ext",
        "i\\u0064", "text ", "TEXT", "i\\\"d", "\\ufffd", "\uFFFD", "\\ud83d\\ude00",
        "\u0627\u0644", "a\\nb", "\\/", "o\\u0075tlet",
    ];

    private static readonly string[] RareNames = ["i\"d", "\\ud800", "\\udc00", "\\ud800\\u0041", "a\\x", "\\u004"];

    private static readonly string[] Pieces =
    [
        "army", " ", "liberated", "\u0642\u0648\u0627\u062A", "\U0001F600", "\u00e9", "\u00A0", "\\n", "\\\"", "\\\\",
        "\\/", "\\b\\f\\r\\t", "\\u00e9", "\\u00E9", "\\u0627", "\\u0000", "\\ud83d\\ude00", "\\uD83D\\uDE00", "\\ufffd",
    ];

    private static readonly string[] RarePieces = ["\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud83d\\n\\ude00", "\\u12", "\\x", "\\'", "\\U0041", "\t", "\u001f", "\\"];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "123", "1.5", "-0.25", "1e5", "1E+5", "1e-5", "0.0e0", "12345678901234567890123", "1.0",
        "9E09",
    ];

    private static readonly string[] BadNumbers = ["01", "1.", "-", ".5", "+1", "1e", "1e+", "-a", "0x1", "1.2.3", "NaN", "Infinity", "- 1", "00", "-01", "1.e5"];

    private static readonly string[] Literals = ["true", "false", "null"];

    private static readonly string[] BadLiterals = ["tru", "True", "nul", "nulll", "falsey", "FALSE", "t"];

    private static readonly string[] Nested = ["[]", "{}", "[1,\"a\",{\"y\":null}]", "{\"a\":[1,2]}", "[1,]", "{\"a\":1,}", "[\"\\u00e9\"]", "{\"a\"}"];

    private static readonly string[] Spaces = [" ", "\t", "\n", "\r", "\r\n", "  "];

    private static readonly string[] BadSpaces = ["\u00A0", "\f", "\v", "\0", "\u0085", "\u2028"];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xC3], [0xF0, 0x9F, 0x98],
    ];

    private static readonly byte[] Interesting = "\"\\,:{}[]0-.eE+ tfn\n\r\t"u8.ToArray().Concat(new byte[] { 0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF, 0x0C }).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TheScannerReadsEveryGeneratedLineAsTheJsonReaderDoes(int seed)
    {
        var random = new Random(seed);
        int flat = 0, nested = 0, readerOnly = 0, rejected = 0;
        for (var i = 0; i < 15_000; i++)
        {
            var line = Line(random);
            var options = OptionSets[i % OptionSets.Length];
            var outcome = Compare(line, new JsonRecordRules(options));
            flat += outcome == Outcome.Flat ? 1 : 0;
            nested += outcome == Outcome.Flat && (line.Contains((byte)'[') || line.Count(b => b == (byte)'{') > 1) ? 1 : 0;
            readerOnly += outcome == Outcome.ReaderOnly ? 1 : 0;
            rejected += outcome == Outcome.Rejected ? 1 : 0;
        }

        // The generator makes both kinds of line in numbers: objects the scanner reads (nested values among them) and
        // lines both give up on. (Lines only the JSON reader reads would be allowed, but none has been seen.)
        var counts = $"{flat} read by the scanner ({nested} with nested values), {readerOnly} only by the JSON reader, {rejected} rejected";
        Assert.True(flat > 3_500, counts);
        Assert.True(nested > 300, counts);
        Assert.True(rejected > 3_000, counts);
    }

    [Fact]
    public void EveryOneByteChangeOfAFlatObjectIsReadAsTheJsonReaderReadsIt()
    {
        var line = Encoding.UTF8.GetBytes("{\"id\": \"d\\u00e91\", \"text\":\"a\\n\u0642 \\ud83d\\ude00\",\"n\":-1.5e+3,\"t\":true,\"f\":false,\"z\":null}");
        var rules = new JsonRecordRules(CorpusReaderOptions.Default);
        Assert.Equal(Outcome.Flat, Compare(line, rules));
        var rejected = 0;
        for (var at = 0; at <= line.Length; at++)
        {
            if (at < line.Length)
            {
                Assert.NotEqual(Outcome.Flat, Compare(line[..at], rules));
            }

            foreach (var b in Interesting)
            {
                rejected += Compare([.. line[..at], b, .. line[at..]], rules) == Outcome.Rejected ? 1 : 0;
                if (at < line.Length)
                {
                    var changed = (byte[])line.Clone();
                    changed[at] = b;
                    rejected += Compare(changed, rules) == Outcome.Rejected ? 1 : 0;
                }
            }

            if (at < line.Length)
            {
                rejected += Compare([.. line[..at], .. line[(at + 1)..]], rules) == Outcome.Rejected ? 1 : 0;
            }
        }

        Assert.True(rejected > line.Length * Interesting.Length / 2, $"{rejected} rejected changes");
    }

    [Theory]
    [InlineData("{\"id\":\"d1\",\"text\":\"army\"}")]
    [InlineData(" \t\r\n{ \"id\" : \"d1\" ,\n\"text\"\t:\r\"army\" } \r\n")]
    [InlineData("{}")]
    [InlineData("{\"text\":\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9\\uD83D\\ude00\"}")]
    [InlineData("{\"n\":0,\"m\":-0,\"o\":-12.50,\"p\":1e5,\"q\":1E-5,\"r\":0.5e+10}")]
    [InlineData("{\"t\":true,\"f\":false,\"z\":null,\"text\":null}")]
    [InlineData("{\"te\\u0078t\":\"escaped name of the text field\"}")]
    [InlineData("{\"a\":\"\u0642\u0648\u0627\u062A \U0001F600\"}")]
    [InlineData("{\"n\":9,\"m\":-9,\"o\":90.9e9,\"p\":19}")] // numbers that begin with the last digit
    public void AFlatObjectIsReadByTheScanner(string json) => Assert.Equal(Outcome.Flat, Compare(Encoding.UTF8.GetBytes(json), new JsonRecordRules(CorpusReaderOptions.Default)));

    [Theory]
    [InlineData("{\"tags\":[\"x\",{\"y\":1}],\"text\":\"a\"}")]
    [InlineData("{\"text\":\"a\",\"meta\":{ } , \"n\":[ 1 ,\"\\u00e9\" ]}")]
    public void ANestedValueIsSkippedByTheJsonReaderAndKeptAsWritten(string json) => Assert.Equal(Outcome.Flat, Compare(Encoding.UTF8.GetBytes(json), new JsonRecordRules(CorpusReaderOptions.Default)));

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void ANestedValueMayBeAsDeepAsTheJsonReaderReadsItInsideTheObject(int depth, bool read)
    {
        var line = Encoding.UTF8.GetBytes("{\"text\":\"a\",\"deep\":" + new string('[', depth) + new string(']', depth) + "}");
        Assert.Equal(read ? Outcome.Flat : Outcome.Rejected, Compare(line, new JsonRecordRules(CorpusReaderOptions.Default)));
    }

    [Theory]
    [InlineData("{\"text\":\"a\u0001b\"}")] // a control byte in a string
    [InlineData("{\"text\":\"a\tb\"}")]
    [InlineData("{\"text\":\"a\\xb\"}")] // a bad escape
    [InlineData("{\"text\":\"a\\u00e\"}")] // \u with three hex digits
    [InlineData("{\"text\":\"a\\u00eg\"}")]
    [InlineData("{\"text\":\"\\ud800\"}")] // unpaired escaped surrogates
    [InlineData("{\"text\":\"\\udc00\"}")]
    [InlineData("{\"\\ud800\":\"a\"}")]
    [InlineData("{\"n\":01}")] // a leading zero
    [InlineData("{\"n\":1.}")]
    [InlineData("{\"n\":-}")]
    [InlineData("{\"n\":+1}")]
    [InlineData("{\"n\":.5}")]
    [InlineData("{\"n\":1e}")]
    [InlineData("{\"n\":1e+}")]
    [InlineData("{\"t\":tru}")]
    [InlineData("{\"t\":True}")]
    [InlineData("{\"t\":nulll}")]
    [InlineData("{\"id\":\"d1\",\"text\":\"army\",}")] // a trailing comma
    [InlineData("{\"id\":\"d1\" \"text\":\"army\"}")] // a missing comma
    [InlineData("{\"id\" \"d1\"}")] // a missing colon
    [InlineData("{\"id\":\"d1\",,\"text\":\"a\"}")]
    [InlineData("{,\"id\":\"d1\"}")]
    [InlineData("{:\"d1\"}")] // a member without a name
    [InlineData("{\"id\":\"d1\",:\"a\"}")]
    [InlineData("{\"id\":\"d1\",\"id\":\"d2\"}")] // a repeated field, also with null and written with escapes
    [InlineData("{\"id\":null,\"id\":\"d2\"}")]
    [InlineData("{\"text\":null,\"text\":\"a\"}")]
    [InlineData("{\"text\":\"a\",\"te\\u0078t\":\"b\"}")]
    [InlineData("{\"text\":\"a\"} x")] // trailing bytes
    [InlineData("{\"text\":\"a\"}{}")]
    [InlineData("{\"text\":\"a\"}\0")]
    [InlineData("{\"text\":\"a\"")] // truncated
    [InlineData("{\"text\":\"a")]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[1]")] // not an object
    [InlineData("\"text\"")]
    [InlineData("{\"text\":\u00A0\"a\"}")] // white space JSON does not have
    [InlineData("{\"text\":\f\"a\"}")]
    [InlineData("{\"text\":\"a\"}\u00A0")]
    [InlineData("\u00A0{\"text\":\"a\"}")]
    [InlineData("{\"text\":'a'}")]
    [InlineData("{text:\"a\"}")]
    [InlineData("{\"text\":\"a\"/*c*/}")]
    public void ANearMissIsRejectedByBoth(string json) => Assert.Equal(Outcome.Rejected, Compare(Encoding.UTF8.GetBytes(json), new JsonRecordRules(CorpusReaderOptions.Default)));

    [Theory]
    [InlineData("{\"text\":\"a\u0001b\"}")]
    [InlineData("{\"text\":\"a\\xb\"}")]
    [InlineData("{\"text\":\"a\\'b\"}")]
    [InlineData("{\"text\":\"a\\U0041\"}")]
    [InlineData("{\"text\":\"a\\u00e\"}")]
    [InlineData("{\"text\":\"a\\u00eg\"}")]
    [InlineData("{\"text\":\"a\\u\"}")]
    [InlineData("{\"text\":\"a\\\"}")]
    [InlineData("{\"n\":01}")]
    [InlineData("{\"n\":1.}")]
    [InlineData("{\"n\":-}")]
    [InlineData("{\"n\":1e}")]
    [InlineData("{\"n\":1.e5}")]
    [InlineData("{\"t\":tru}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\":1 \"b\":2}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\":1} x")]
    [InlineData("{\"a\":1}\f")]
    [InlineData("{\"a\":1")]
    public void TheScannerItselfRejectsMalformedJson(string json)
    {
        // Not only through decoding: the scanner does not complete on JSON the JSON reader rejects.
        var scanner = new JsonFlatObjectScanner(Encoding.UTF8.GetBytes(json));
        while (scanner.MoveNext())
        {
        }

        Assert.False(scanner.Completed);
        var valid = new JsonFlatObjectScanner("{\"text\":\"a\\u00E9\\n\",\"n\":-0.5E-3}"u8);
        while (valid.MoveNext())
        {
        }

        Assert.True(valid.Completed);
    }

    /// <summary>A member is given only with its whole value: a line that ends after the colon, or a misspelt literal,
    /// ends the walk at that member (the members before it are given).</summary>
    [Theory]
    [InlineData("{\"a\":", 0)]
    [InlineData("{\"a\": \t", 0)]
    [InlineData("{\"t\":tru}", 0)]
    [InlineData("{\"n\":1,\"f\":fals,\"x\":1}", 1)]
    [InlineData("{\"s\":\"x\",\"z\":nul}", 1)]
    [InlineData("{\"s\":\"x\",\"z\":", 1)]
    public void AMemberWithoutAWholeValueIsNotGiven(string json, int members)
    {
        var scanner = new JsonFlatObjectScanner(Encoding.UTF8.GetBytes(json));
        var given = 0;
        while (scanner.MoveNext())
        {
            given++;
        }

        Assert.Equal(members, given);
        Assert.False(scanner.Completed);
    }

    [Theory]
    [InlineData("{\"text\":\"a", "\"}")] // invalid UTF-8 in a value
    [InlineData("{\"", "\":\"a\"}")] // in a name
    [InlineData("{\"te", "xt\":\"a\"}")]
    [InlineData("{\"text\":\"a\\n", "\"}")] // in an escaped value
    [InlineData("{\"i\\u0064", "\":\"a\"}")] // in an escaped name
    [InlineData("", "{\"text\":\"a\"}")] // outside strings
    public void InvalidUtf8IsRejectedByBoth(string before, string after)
    {
        var rules = new JsonRecordRules(CorpusReaderOptions.Default);
        foreach (var invalid in InvalidUtf8)
        {
            Assert.Equal(Outcome.Rejected, Compare([.. Encoding.UTF8.GetBytes(before), .. invalid, .. Encoding.UTF8.GetBytes(after)], rules));
        }
    }

    [Fact]
    public void AByteOrderMarkIsNotWhiteSpace() =>
        Assert.Equal(Outcome.Rejected, Compare([.. Bytes.Bom, .. "{\"text\":\"a\"}"u8], new JsonRecordRules(CorpusReaderOptions.Default)));

    [Fact]
    public void LongValuesAreDecodedAsTheJsonReaderDecodesThem()
    {
        // Either side of the lengths where decoding changes buffers: 128 bytes (stack), 256 (the JSON reader's own
        // decoding), and the lent text's limit (1 MiB).
        var rules = new JsonRecordRules(CorpusReaderOptions.Default);
        foreach (var length in (int[])[127, 128, 129, 255, 256, 257, LentText.MaxBytes - 1, LentText.MaxBytes, LentText.MaxBytes + 1])
        {
            foreach (var piece in (string[])["a", "\\n", "\u0642", "\\u00e9"])
            {
                var value = new StringBuilder();
                var bytes = 0;
                for (; bytes + Encoding.UTF8.GetByteCount(piece) <= length; bytes += Encoding.UTF8.GetByteCount(piece))
                {
                    value.Append(piece);
                }

                value.Append('b', length - bytes);

                foreach (var field in (string[])["text", "title", "te\\u0078t"])
                {
                    var line = Encoding.UTF8.GetBytes("{\"id\":\"d1\",\"" + field + "\":\"" + value + "\",\"" + (field == "title" ? "text" : "title") + "\":\"t\"}");
                    Assert.Equal(Outcome.Flat, Compare(line, rules));
                    Assert.Equal(Outcome.Rejected, Compare([.. line[..^3], 0xFF, .. line[^3..]], rules));
                }
            }
        }
    }

    [Fact]
    public void TheScannerGivesEachMembersRawBytesAndKind()
    {
        var scanner = new JsonFlatObjectScanner("{ \"a\\\"b\" : -1.5e+3 ,\"c\":\"x\\ny\", \"d\":\"\u00e9\",\"e\":true,\"f\":null}"u8);
        var members = new List<string>();
        while (scanner.MoveNext())
        {
            members.Add($"{Encoding.UTF8.GetString(scanner.Name)}|{scanner.NameEscaped}|{scanner.Kind}|{Encoding.UTF8.GetString(scanner.Value)}|{scanner.ValueEscaped}");
        }

        Assert.True(scanner.Completed);
        Assert.Equal(
            ["a\\\"b|True|Number|-1.5e+3|False", "c|False|String|x\\ny|True", "d|False|String|\u00e9|False", "e|False|True|true|False", "f|False|Null|null|False"],
            members);
        Assert.False(scanner.MoveNext());
    }

    [Fact]
    public void TheScannerGivesANestedValueAsWrittenAndStopsAtAMalformedOne()
    {
        var scanner = new JsonFlatObjectScanner("{\"a\":1,\"b\":[1, {\"x\":null}] ,\"c\":[1,],\"d\":2}"u8);
        Assert.True(scanner.MoveNext());
        Assert.True(scanner.MoveNext());
        Assert.Equal(JsonValueKind.Array, scanner.Kind);
        Assert.Equal("[1, {\"x\":null}]", Encoding.UTF8.GetString(scanner.Value));
        Assert.False(scanner.MoveNext());
        Assert.False(scanner.Completed);
        Assert.False(scanner.MoveNext());
    }

    private enum Outcome
    {
        Flat,
        ReaderOnly,
        Rejected,
    }

    // Reads the line both ways, without and with a lent buffer, asserts that they agree, and says which way read it.
    private static Outcome Compare(byte[] line, JsonRecordRules rules)
    {
        Outcome? outcome = null;
        foreach (var lend in (bool[])[false, true])
        {
            LentText? oldLent = lend ? new LentText() : null, newLent = lend ? new LentText() : null, flatLent = lend ? new LentText() : null;
            var expected = Describe(JsonRecordFastPath.TryReadWithUtf8JsonReader(line, rules, out var oldRecord, oldLent), oldRecord);
            var actual = Describe(JsonRecordFastPath.TryRead(line, rules, out var newRecord, newLent), newRecord);
            var flatRead = JsonRecordFastPath.TryReadFlat(line, rules, out var flatRecord, flatLent);
            var flat = Describe(flatRead, flatRecord);
            var shown = Show(line);
            Assert.True(expected == actual, $"line {shown}: Utf8JsonReader {expected}, TryRead {actual}");
            Assert.True(!flatRead || expected == flat, $"line {shown}: Utf8JsonReader {expected}, scanner {flat}");
            var now = flatRead ? Outcome.Flat : expected == "rejected" ? Outcome.Rejected : Outcome.ReaderOnly;
            Assert.True(outcome is null || outcome == now, $"line {shown}: read differently with a lent buffer");
            outcome = now;
        }

        return outcome!.Value;
    }

    private static string Describe(bool read, JsonRecord record) =>
        !read ? "rejected"
        : "fields " + string.Join(", ", record.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => Show(f.Key) + "=" + Show(f.Value)))
            + "; text " + (record.Text is null ? "null" : Show(record.Text))
            + "; lent " + (record.Lent is null ? "none" : Show(record.Lent.Span.ToString()))
            + $"; kinds {record.TextKind} {record.IdKind} {record.GroupKind}";

    // Every code unit shown exactly (lone surrogates included), long strings by their length and ends.
    private static string Show(string s)
    {
        var shown = new StringBuilder("\"");
        foreach (var c in s.Length > 300 ? s[..150] + "~" + s.Length + "~" + s[^150..] : s)
        {
            _ = c is >= ' ' and < (char)0x7F and not '\\' and not '"' ? shown.Append(c) : shown.Append($"\\u{(int)c:X4}");
        }

        return shown.Append('"').ToString();
    }

    private static string Show(byte[] line) =>
        line.Length > 400 ? $"({line.Length} bytes) " + Convert.ToHexString(line[..200]) : Convert.ToHexString(line);

    // A line: mostly a flat object of generated members, with the near-misses of every rule mixed in, then, one line in
    // two, one or two byte-level changes.
    private static byte[] Line(Random r)
    {
        var b = new List<byte>();
        switch (r.Next(60))
        {
            case 0:
                return [];
            case 1:
                return Encoding.UTF8.GetBytes(Pick(r, Spaces));
            case 2:
                Add(b, "[1,\"a\"]");
                return [.. b];
            case 3:
                b.AddRange(Bytes.Bom);
                break;
        }

        Space(r, b);
        Add(b, "{");
        Space(r, b);
        var members = r.Next(6);
        for (var i = 0; i < members; i++)
        {
            if (i > 0)
            {
                Add(b, r.Next(80) == 0 ? "" : r.Next(80) == 0 ? ",," : ",");
                Space(r, b);
            }

            Add(b, "\"" + (r.Next(30) == 0 ? Pick(r, RareNames) : Pick(r, Names)) + "\"");
            Space(r, b);
            Add(b, r.Next(80) == 0 ? "" : ":");
            Space(r, b);
            Value(r, b);
            Space(r, b);
        }

        if (r.Next(40) == 0)
        {
            Add(b, ",");
        }

        Add(b, "}");
        Space(r, b);
        if (r.Next(40) == 0)
        {
            Add(b, Pick(r, ["x", "{}", ",", " 1", "\0", "}", "\"\""]));
        }

        var changes = r.Next(3) != 0 ? 0 : r.Next(1, 3);
        for (var i = 0; i < changes; i++)
        {
            Change(r, b);
        }

        return [.. b];
    }

    private static void Value(Random r, List<byte> b)
    {
        var roll = r.Next(100);
        if (roll < 55)
        {
            var value = new StringBuilder();
            var pieces = r.Next(12) == 0 ? r.Next(60, 200) : r.Next(8);
            for (var i = 0; i < pieces; i++)
            {
                value.Append(r.Next(200) == 0 ? Pick(r, RarePieces) : Pick(r, Pieces));
            }

            Add(b, "\"" + value + "\"");
        }
        else if (roll < 70)
        {
            Add(b, r.Next(15) == 0 ? Pick(r, BadNumbers) : Pick(r, Numbers));
        }
        else if (roll < 85)
        {
            Add(b, r.Next(15) == 0 ? Pick(r, BadLiterals) : Pick(r, Literals));
        }
        else if (roll < 97)
        {
            Add(b, Pick(r, Nested));
        }
        else
        {
            // Nested around the JSON reader's depth limit of 64, the object itself included.
            var depth = r.Next(60, 66);
            Add(b, new string('[', depth) + new string(']', depth));
        }
    }

    private static void Space(Random r, List<byte> b)
    {
        var roll = r.Next(100);
        if (roll < 1)
        {
            Add(b, Pick(r, BadSpaces));
        }
        else if (roll < 30)
        {
            Add(b, Pick(r, Spaces));
        }
    }

    private static void Change(Random r, List<byte> b)
    {
        var at = r.Next(b.Count + 1);
        switch (r.Next(5))
        {
            case 0:
                b.RemoveRange(at, b.Count - at);
                break;
            case 1 when at < b.Count:
                b.RemoveAt(at);
                break;
            case 2:
                b.Insert(at, Interesting[r.Next(Interesting.Length)]);
                break;
            case 3 when at < b.Count:
                b[at] = Interesting[r.Next(Interesting.Length)];
                break;
            default:
                b.InsertRange(at, InvalidUtf8[r.Next(InvalidUtf8.Length)]);
                break;
        }
    }

    private static void Add(List<byte> b, string s) => b.AddRange(Encoding.UTF8.GetBytes(s));

    private static string Pick(Random r, string[] choices) => choices[r.Next(choices.Length)];
}
