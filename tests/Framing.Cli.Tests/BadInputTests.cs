namespace Framing.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void MissingCorpusIsOneLineAndExitTwo()
    {
        var result = CliRunner.Run("score", "/no/such/corpus.jsonl");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: /no/such/corpus.jsonl", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonLineNamesFileAndLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":2,\"outlet\":\"a\",\"text\":\"rebels\"\n{\"id\":3,\"outlet\":\"b\",\"text\":\"regime\"}\n");
        var result = CliRunner.Run("score", path, "--format", "csv");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(path + ":2:", line, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public void BareCarriageReturnLineEndsInACsvFileAreNamedAsSuch()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cr.csv", "\"id\",\"outlet\",\"text\"\r\"1\",\"a\",\"army\"\r\"2\",\"b\",\"rebels\"\r");
        var result = CliRunner.Run("score", path, "--format", "csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {path}:1: line breaks are bare CR (\\r); use \\n or \\r\\n", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":2,\"outlet\":\"a\",\"text\":\"\\u200b\\ufeff \\u180e\\u2060\"}\n")]
    [InlineData("csv", "id,outlet,text\n1,a,rebels\n2,a,\u200B\uFEFF \u180E\u2060\n")]
    public void AnInvisibleTextOnStandardInputIsAnEmptyText(string format, string input)
    {
        // Before: a text of only invisible characters was scored, a document of 0 tokens.
        var result = CliRunner.RunWithInput(input, "score", "-", "--corpus-format", format, "--per-document", "-f", "csv", "--skip-invalid");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-:" + (format == "csv" ? "3" : "2") + ": empty text", result.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 1", result.Error, StringComparison.Ordinal);
        Assert.Equal(["1"], Csv.Parse(result.Out).Select(row => row["id"]).Distinct()); // one document scored
    }

    [Fact]
    public void SkipInvalidCountsRejectedDocuments()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":2,\"outlet\":\"a\",\"text\":\"\"}\nnot json\n{\"id\":4,\"text\":\"regime\"}\n{\"id\":5,\"outlet\":\"b\",\"text\":\"regime\"}\n");
        var result = CliRunner.Run("score", path, "--format", "csv", "--skip-invalid");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("scored 2 documents", result.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 3", result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":2: empty text", result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":3: malformed JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":4: missing field \"outlet\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsRejectedWithItsLine()
    {
        using var temp = new TempFolder();
        var bytes = new List<byte>();
        bytes.AddRange("{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n"u8.ToArray());
        bytes.AddRange("{\"id\":2,\"outlet\":\"a\",\"text\":\"bad \xff\xfe\"}\n"u8.ToArray().Where(b => b != 0));
        bytes.AddRange([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x33, 0x2C, 0x22, 0x6F, 0x75, 0x74, 0x6C, 0x65, 0x74, 0x22, 0x3A, 0x22, 0x62, 0x22, 0x2C, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A]);
        var path = temp.WriteBytes("c.jsonl", [.. bytes]);
        var result = CliRunner.Run("score", path, "--format", "csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + ":3: invalid UTF-8", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(7, false)]
    [InlineData(31, false)]
    [InlineData(200, false)]
    [InlineData(200, true)]
    public void InvalidUtf8InALongArabicTextIsRejectedWithItsLine(int at, bool perDocument)
    {
        // Texts long enough for the vector decoding of the JSON Lines reader (Utf8Decoder), the bad bytes (a lead byte
        // of a two-byte character followed by another lead byte) at several places of its blocks.
        using var temp = new TempFolder();
        var words = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("قوات النظام والمعارضة المسلحة ", 12)));
        byte[] text = [.. words.AsSpan(0, at), 0xD8, 0xD8, .. words.AsSpan(at)];
        var good = "{\"id\":1,\"outlet\":\"a\",\"text\":\"المعارضة المسلحة\"}\n"u8.ToArray();
        byte[] bad = [.. "{\"id\":2,\"outlet\":\"a\",\"text\":\""u8, .. text, .. "\"}\n"u8];
        var path = temp.WriteBytes("c.jsonl", [.. good, .. bad, .. good]);

        var result = perDocument
            ? CliRunner.Run("score", path, "--format", "json", "--per-document")
            : CliRunner.Run("score", path, "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + ":2: invalid UTF-8", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("kwic")]
    [InlineData("validate")]
    public void AnUnpairedSurrogateEscapeIsRejectedWithItsLineNotAnInternalError(string command)
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":2,\"outlet\":\"a\",\"text\":\"rebels \\ud800\"}\n{\"id\":3,\"outlet\":\"b\",\"text\":\"regime\"}\n");
        var known = temp.Write("known.csv", "outlet,leaning\na,pro\nb,anti\n");
        string[] extra = command == "validate" ? ["--known", known, "--side-a", "pro", "--side-b", "anti"] : [];

        var result = CliRunner.Run([command, path, .. extra]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {path}:2: field \"text\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half) (use --skip-invalid to skip bad records)", Assert.Single(result.ErrorLines));

        var skipped = CliRunner.Run([command, path, .. extra, "--skip-invalid"]);
        Assert.NotEqual(2, skipped.ExitCode);
        Assert.NotEqual(3, skipped.ExitCode);
        Assert.Contains("rejected 1", skipped.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score", "--by", "text")]
    [InlineData("kwic", "--text-field", "outlet")]
    [InlineData("compare", "--text-field", "id")]
    [InlineData("coverage", "--id-field", "text")]
    public void TheTextFieldNamedAsTheIdOrTheGroupIsAUsageError(string command, string option, string value)
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"rebels\"}\n");

        var result = CliRunner.Run(command, path, option, value);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches("^framing: error: --text-field and --(id-field|by) both name the field '(text|outlet|id)': a document's text cannot also be its (id|group)$", line);
    }

    [Fact]
    public void AGzippedTextFileInAFolderIsSaidToBeCompressed()
    {
        // Before: "the file holds NUL bytes, as UTF-16 or UTF-32 without a byte-order mark does: save the file as UTF-8".
        using var temp = new TempFolder();
        using var gzip = new MemoryStream();
        using (var writer = new System.IO.Compression.GZipStream(gzip, System.IO.Compression.CompressionLevel.Optimal))
        {
            writer.Write("the rebels"u8);
        }

        var doc = temp.WriteBytes("f/a/doc.txt", gzip.ToArray());

        var result = CliRunner.Run("score", Path.Combine(temp.Path, "f"), "-f", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {doc}: the file is gzip-compressed, and documents are read as text: decompress it (zcat) (use --skip-invalid to skip bad records)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void APrettyPrintedJsonFileStopsTheRunWithSkipInvalidToo()
    {
        // Before, each of its lines was rejected on its own with the parser's wording ("Expected depth to be zero at the
        // end of the JSON payload", "':' is invalid after a single JSON value"), and the run ended "all 10 records were
        // rejected" for 2 documents.
        using var temp = new TempFolder();
        var path = temp.Write("pretty.jsonl", "{\n  \"id\": \"p0\",\n  \"outlet\": \"x\",\n  \"text\": \"rebels\"\n}\n{\n  \"id\": \"p1\",\n  \"outlet\": \"x\",\n  \"text\": \"rebels\"\n}\n");

        var result = CliRunner.Run("score", path, "--skip-invalid", "-f", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"framing: error: {path}:1: not JSON Lines: the first line opens an object that it does not close, as pretty-printed JSON does; a corpus is JSON Lines, one object per line: convert the file with jq -c . in.json > out.jsonl",
            Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("score", "--language-field", "text", "language")]
    [InlineData("kwic", "--language-field", "text", "language")]
    [InlineData("score", "--language-field", "body", "language", "--text-field", "body")]
    [InlineData("validate", "--known-field", "text", "leaning", "--side-a", "gov", "--side-b", "opp")]
    [InlineData("learn", "--known-field", "text", "leaning", "--side-a", "gov", "--side-b", "opp")]
    [InlineData("calibrate", "--known-field", "text", "leaning", "--side-a", "gov", "--side-b", "opp", "-o", "cal.yaml")]
    [InlineData("report", "--known-field", "text", "leaning", "--side-a", "gov", "--side-b", "opp")]
    public void TheTextFieldNamedAsTheLanguageOrLeaningFieldIsAUsageError(string command, string option, string value, string meaning, params string[] extra)
    {
        // Before, the field was never read (the text field is not among a document's fields): --language-field text left
        // every document to its script, although its field said fr, and --known-field text found no leaning at all.
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"fr\",\"body\":\"fr\"}\n");

        var result = CliRunner.Run([command, path, option, value, .. extra]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: --text-field and {option} both name the field '{value}': a document's text cannot also be its {meaning}", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("score", "", "option --lexicon needs a non-empty value (ID|FILE)", "--lexicon")]
    [InlineData("score", "", "option --output needs a non-empty value (FILE)", "-o")]
    [InlineData("score", "", "option --text-field needs a non-empty value (FIELD)", "--text-field")]
    [InlineData("score", "", "option --by needs a non-empty value (FIELD)", "--by")]
    [InlineData("score", "", "option --save-state needs a non-empty value (FILE)", "--save-state")]
    [InlineData("kwic", "", "option --lexicon needs a non-empty value (ID|FILE)", "--lexicon=")]
    public void AnEmptyOptionValueIsAUsageError(string command, string value, string expected, string option)
    {
        var result = option.EndsWith('=') ? CliRunner.Run(command, option + value) : CliRunner.Run(command, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: " + expected, Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("kwic")]
    [InlineData("merge")]
    [InlineData("lexicons", "show")]
    [InlineData("lexicons", "validate")]
    public void AnEmptyCorpusOrFileArgumentIsAUsageError(params string[] command)
    {
        var result = CliRunner.Run([.. command, ""]);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches("^framing: error: <[a-z|-]+> must not be empty \\(see 'framing [a-z ]+ --help'\\)$", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("EN")]
    [InlineData(" english ")]
    [InlineData("eng")]
    public void LanguageNamesAreReadAsTheLanguageFieldReadsThem(string language)
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"the rebels and the regime\"}\n");

        var named = CliRunner.Run("score", path, "--language", language, "-f", "csv", "-q");
        var code = CliRunner.Run("score", path, "--language", "en", "-f", "csv", "-q");

        Assert.Equal(0, named.ExitCode);
        Assert.Equal(code.Out, named.Out);
        Assert.Contains("a,armed-opposition,1,5,terrorism,opposition,0,1,", code.Out, StringComparison.Ordinal); // English matched
    }

    [Fact]
    public void AnUnknownLanguageIsAUsageError()
    {
        var result = CliRunner.Run("score", "--language", "xx");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: invalid value 'xx' for --language: expected auto, ar, en (or ara, arabic, eng, english); another language needs a lexicon that declares it in 'languages' and 'analysis' (see lexicons/README.md)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void KeynessOfATargetWithoutWordsIsAnInputError()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"... !!! «»\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"the rebels\"}\n");

        var result = CliRunner.Run("keyness", path, "--target", "a");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {path}: group 'a' has 1 document(s) but no terms (words or n-grams) to compare", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void KeynessOfTheOnlyGroupSaysThereIsNothingToCompareItWith()
    {
        // The reference is the rest of the corpus; it used to be named as a group called 'rest'.
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"the rebels\"}\n");

        var result = CliRunner.Run("keyness", path, "--target", "a");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {path}: no documents outside group 'a' to compare it with (groups: a)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void KeynessAgainstARestWithoutWordsNamesTheRest()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"the rebels\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"... !!! «»\"}\n");

        var result = CliRunner.Run("keyness", path, "--target", "a");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {path}: the rest of the corpus (outside group 'a') has 1 document(s) but no terms (words or n-grams) to compare", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("nope", null, "unknown pole 'nope' in lexicon 'starter' (known: terrorism, opposition, neutral, state, regime, liberation, capture)")]
    [InlineData("regime", "armed-opposition", "unknown pole 'regime' in dimension 'armed-opposition' (known: terrorism, opposition, neutral)")]
    public void KwicOfAnUnknownPoleIsAUsageError(string pole, string? dimension, string expected)
    {
        var result = dimension is null ? CliRunner.Run("kwic", "--pole", pole) : CliRunner.Run("kwic", "--pole", pole, "--dimension", dimension);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: " + expected, Assert.Single(result.ErrorLines));
        Assert.Equal(0, CliRunner.Run("kwic", "--pole", "regime", "--dimension", "government-forces", "-q").ExitCode);
    }

    [Fact]
    public void MissingGroupFieldSuggestsBy()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.csv", "id,source,text\n1,a,rebels\n");
        var result = CliRunner.Run("score", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("outlet", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("score", path, "--by", "source", "-q").ExitCode);
    }

    [Theory]
    [InlineData("score", "--no-such-option")]
    [InlineData("score", "--format", "xml")]
    [InlineData("score", "--format")]
    [InlineData("frobnicate")]
    [InlineData("kwic", "--window", "many")]
    [InlineData("lexicons", "nope")]
    [InlineData("score", "a", "b")]
    public void UsageErrorsExitTwoWithOneLine(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLexiconIsAnInputError()
    {
        var result = CliRunner.Run("score", "--lexicon", "no-such-lexicon");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-lexicon: unknown lexicon: not a built-in lexicon (", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidLexiconFileNamesLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.yaml", "id: bad\nversion: 1.0.0\ntitle: t\ndescription: d\nlicense: MIT\nauthors: [me]\nlanguages: [en]\ndimensions:\n  - id: d\n    description: x\n    poles:\n      a: { id: p, label: P, description: p }\n      b: { id: q, label: Q, description: q }\nentries:\n  - { lang: en, pattern: foo, dimension: nope, pole: p, note: n }\n");
        var result = CliRunner.Run("score", "--lexicon", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + ":15:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedCsvQuoteNamesTheLineWhereItOpenedAndWhatItSwallowed()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.csv", "id,outlet,text\n1,a,The rebels advanced.\n2,a,\"The regime said\n3,b,rebels\n4,b,regime\n");

        var result = CliRunner.Run("score", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"framing: error: {path}:3: unterminated quoted field: the quote opened on line 3 is never closed and swallowed the 2 lines after it, to the end of the file (use --skip-invalid to skip bad records)",
            Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("  - { lang: en, pattern: \"terrorist*\", dimension:", "dimension:", "dimenson:", "unknown field 'dimenson' (did you mean 'dimension'?)")]
    [InlineData("dimensions:", "dimensions:", "dimensons:", "unknown field 'dimensons' (did you mean 'dimensions'?)")]
    public void ALexiconTypoIsNamedAtItsLineNotBySymptoms(string lineStart, string key, string typo, string message)
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Path.Combine(Distribute.DistributeSlurmTests.RepositoryRoot(), "lexicons", "starter.yaml"));
        var index = Array.FindIndex(lines, l => l.StartsWith(lineStart, StringComparison.Ordinal));
        Assert.True(index >= 0, lineStart);
        var column = lines[index].IndexOf(key, StringComparison.Ordinal) + 1;
        lines[index] = lines[index][..(column - 1)] + typo + lines[index][(column - 1 + key.Length)..];
        var path = temp.Write("typo.yaml", string.Join('\n', lines) + "\n");

        var score = CliRunner.Run("score", "--lexicon", path);
        var validate = CliRunner.Run("lexicons", "validate", path);

        Assert.Equal(2, score.ExitCode);
        Assert.Equal($"framing: error: {path}:{index + 1}:{column}: {message}", Assert.Single(score.ErrorLines));
        Assert.Equal(1, validate.ExitCode);
        Assert.Equal($"{path}:{index + 1}:{column}: {message}", Assert.Single(validate.OutLines));
        Assert.DoesNotContain("(known: )", score.Error + validate.Out, StringComparison.Ordinal);
    }
}
