namespace Framing.Cli.Tests;

/// <summary>
/// Options that a run would accept and then ignore are refused (exit 2, one line), and an option named on purpose
/// is not replaced by a default: what the user asked for is done, or the run says why not.
/// </summary>
public sealed class IgnoredOptionTests
{
    private const string Corpus = "{\"id\":\"d1\",\"outlet\":\"A\",\"text\":\"rebels attacked\"}\n{\"id\":\"d2\",\"outlet\":\"B\",\"text\":\"terrorists attacked\"}\n";

    private static void AssertUsageError(CliRunner.Result result, string text)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
        Assert.Contains(text, line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("--format", "csv")]
    [InlineData("-f", "markdown")]
    [InlineData("--voice", "editorial")]
    [InlineData("--confidence", "0.9")]
    [InlineData("--min-documents", "2")]
    public void TheStateOnStandardOutputTakesNoOptionOfThePrintedScores(string option, string value)
    {
        // --format parquet -o x.parquet --save-state - wrote the JSON state into x.parquet, exit 0.
        var name = option == "-f" ? "format" : option[2..];
        AssertUsageError(CliRunner.RunWithInput(Corpus, "score", "-", "--save-state", "-", option, value), $"--save-state - writes the state to standard output instead of the scores, so --{name} does not apply here");
    }

    [Fact]
    public void TheStateOnStandardOutputTakesNoOutputFile()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "x.parquet");
        AssertUsageError(CliRunner.RunWithInput(Corpus, "score", "-", "--save-state", "-", "-o", output), "so --output does not apply here");
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--seed", "9")]
    [InlineData("--confidence", "0.5")]
    [InlineData("--min-documents", "1")]
    [InlineData("--bootstrap", "7")]
    public void PerDocumentRowsTakeNoIntervalOption(string option, string value) =>
        AssertUsageError(CliRunner.RunWithInput(Corpus, "score", "-", "--per-document", option, value), $"{option} sets the intervals of group rows; --per-document rows have none");

    [Fact]
    public void PerDocumentRowsTakeNoBootstrapButNone()
    {
        var result = CliRunner.RunWithInput(Corpus, "score", "-", "--per-document", "--bootstrap", "0", "-f", "csv", "-q");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(CliRunner.RunWithInput(Corpus, "score", "-", "--per-document", "-f", "csv", "-q").Out, result.Out);
    }

    [Fact]
    public void OutputDashIsStandardOutput()
    {
        // -o - wrote a file named "-" in the working folder and printed nothing.
        var dash = Path.Combine(Directory.GetCurrentDirectory(), "-");
        Assert.False(File.Exists(dash));
        var result = CliRunner.RunWithInput(Corpus, "score", "-", "-o", "-", "-f", "csv", "-q");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(CliRunner.RunWithInput(Corpus, "score", "-", "-f", "csv", "-q").Out, result.Out);
        Assert.False(File.Exists(dash));
    }

    [Fact]
    public void ACommaSeparatedFileNamedTsvIsSaidToBeOneAndHowToReadIt()
    {
        // Before: 'missing column "text" (the file has id,outlet,text)': one column named "id,outlet,text" read as three.
        using var temp = new TempFolder();
        var tsv = temp.Write("commas.tsv", "id,outlet,text\nd1,A,terrorists\n");
        AssertUsageError(
            CliRunner.Run("score", tsv),
            $"{tsv}:1: missing column \"text\" (the file has \"id,outlet,text\": one column, so the file seems to be separated by commas, not tabs); read it as CSV with --corpus-format csv");
        var read = CliRunner.Run("score", tsv, "--corpus-format", "csv", "-f", "csv", "-q");
        Assert.True(read.ExitCode == 0, read.Error);

        var csv = temp.Write("tabs.csv", "id\toutlet\ttext\nd1\tA\tterrorists\n");
        AssertUsageError(
            CliRunner.Run("score", csv),
            $"{csv}:1: missing column \"text\" (the file has \"id\\u0009outlet\\u0009text\": one column, so the file seems to be separated by tabs, not commas); read it as TSV with --corpus-format tsv");
    }

    [Fact]
    public void ASemicolonSeparatedFileIsSaidToBeOneAndHowToReadIt()
    {
        // Before: only 'missing column "text" (the file has "id;outlet;text")', for the CSV Excel saves in German or French.
        using var temp = new TempFolder();
        var csv = temp.Write("semi.csv", "id;outlet;text\nd1;A;terrorists\n");
        AssertUsageError(
            CliRunner.Run("score", csv),
            $"{csv}:1: missing column \"text\" (the file has \"id;outlet;text\": one column, so the file seems to be separated by semicolons, as Excel saves CSV in some languages (de, fr), not commas); read it with --csv-delimiter ';'");
    }

    [Fact]
    public void AnIdFieldNamedOnPurposeMustBeThere()
    {
        // --id-field doc_id on a file whose column is docid was accepted: every id became the record's place.
        using var temp = new TempFolder();
        var csv = temp.Write("ids.csv", "docid,outlet,text\nd1,A,terrorists\nd2,A,rebels\n");
        AssertUsageError(CliRunner.Run("score", csv, "--id-field", "doc_id"), $"{csv}:1: missing column \"doc_id\" (the file has \"docid\", \"outlet\", \"text\")");
        var named = CliRunner.Run("score", csv, "--id-field", "docid", "--per-document", "-f", "csv", "-q");
        Assert.True(named.ExitCode == 0, named.Error);
        Assert.Equal(["d1", "d2"], Csv.Parse(named.Out).Select(row => row["id"]).Distinct());

        var jsonl = temp.Write("ids.jsonl", Corpus);
        var missing = CliRunner.Run("score", jsonl, "--id-field", "nope", "--skip-invalid", "--allow-empty", "-f", "csv");
        Assert.Equal(0, missing.ExitCode);
        Assert.Contains($"{jsonl}:1: missing field \"nope\"", missing.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 2", missing.Error, StringComparison.Ordinal);

        // Not named: a record without the default id field is still known by its place.
        var defaulted = CliRunner.RunWithInput("{\"outlet\":\"A\",\"text\":\"rebels\"}\n", "score", "-", "--per-document", "-f", "csv", "-q");
        Assert.Equal("-:1", Csv.Parse(defaulted.Out)[0]["id"]);
    }

    [Fact]
    public void StatesThatTogetherScoredNoDocumentFailTheMergeAsTheWholeRunFails()
    {
        // Every record rejected: the whole run fails (exit 2), and so do shard 1/1 and the merge of the shards, which
        // exited 0 with an empty table.
        using var temp = new TempFolder();
        var corpus = temp.Write("allbad.jsonl", "{\"id\":\"a\",\"outlet\":\"s\",\"text\":\"\"}\n{\"id\":\"b\",\"outlet\":\"s\",\"text\":\"\"}\n{\"id\":\"c\",\"outlet\":\"s\",\"text\":\"\"}\n");
        var whole = CliRunner.Run("score", corpus, "--skip-invalid");
        Assert.Equal(2, whole.ExitCode);
        Assert.Contains("all 3 records were rejected", whole.Error, StringComparison.Ordinal);
        var single = CliRunner.Run("score", corpus, "--skip-invalid", "--shard", "1/1");
        Assert.Equal(2, single.ExitCode);
        Assert.Contains("all 3 records were rejected", single.Error, StringComparison.Ordinal);

        var states = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            var state = Path.Combine(temp.Path, $"s{i}.json");
            var shard = CliRunner.Run("score", corpus, "--skip-invalid", "--shard", $"{i}/2", "--save-state", state, "-q");
            Assert.True(shard.ExitCode == 0, shard.Error); // a shard cannot know that the others scored nothing either
            states.Add(state);
        }

        var merged = CliRunner.Run(["merge", .. states, "--format", "csv"]);
        Assert.Equal(2, merged.ExitCode);
        Assert.Equal($"framing: error: no documents in {corpus}: all 3 records were rejected (use --allow-empty when an empty corpus is expected)", Assert.Single(merged.ErrorLines, l => l.StartsWith("framing: error:", StringComparison.Ordinal)));
        Assert.Empty(merged.Out);
        var allowed = CliRunner.Run(["merge", .. states, "--format", "csv", "--allow-empty", "-q"]);
        Assert.True(allowed.ExitCode == 0, allowed.Error);
        Assert.Equal(CliRunner.Run("score", corpus, "--skip-invalid", "--allow-empty", "--format", "csv", "-q").Out, allowed.Out);
    }

    [Fact]
    public void OutputDashIsNeverAFileNorAWayToSendParquetToATerminal()
    {
        // -o - let Parquet through to standard output, and calibrate -o - wrote a file named "-".
        var dash = Path.Combine(Directory.GetCurrentDirectory(), "-");
        AssertUsageError(CliRunner.RunWithInput(Corpus, "score", "-", "-f", "parquet", "-o", "-"), "Parquet is never written to standard output");
        using var temp = new TempFolder();
        var known = temp.Write("known.csv", "outlet,leaning\nA,a\nB,b\n");
        var calibrate = CliRunner.RunWithInput(Corpus, "calibrate", "-", "--known", known, "--side-a", "a", "--side-b", "b", "-o", "-");
        Assert.Equal(2, calibrate.ExitCode);
        Assert.Contains("the calibrated lexicon is written to a file: '-' (standard output, where the report goes) is not accepted for it", calibrate.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dash));
    }

    [Fact]
    public void MergeWithTheStateOnStandardOutputPrintsOnlyTheState()
    {
        // merge --save-state - printed the state and then the score table on standard output.
        var state = CliRunner.RunWithInput(Corpus, "score", "-", "--save-state", "-", "-q").Out;
        var merged = CliRunner.RunWithInput(state, "merge", "-", "--save-state", "-", "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        var line = Assert.Single(merged.OutLines);
        Assert.StartsWith("{\"format\":\"framing-state\"", line, StringComparison.Ordinal);
        var again = CliRunner.RunWithInput(line + "\n", "merge", "-", "-f", "csv", "-q");
        Assert.Equal(CliRunner.RunWithInput(Corpus, "score", "-", "-f", "csv", "-q").Out, again.Out);
        AssertUsageError(CliRunner.RunWithInput(state, "merge", "-", "--save-state", "-", "-f", "csv"), "--save-state - writes the merged state to standard output instead of the scores, so --format does not apply here");
    }

    [Fact]
    public void AnIdFieldIsRefusedForAFolderOfTextFiles()
    {
        using var temp = new TempFolder();
        temp.Write("f/a/1.txt", "rebels");
        AssertUsageError(CliRunner.Run("score", Path.Combine(temp.Path, "f"), "--id-field", "doc_id"), "--id-field names a field, and a folder of .txt files has none");
    }

    [Theory]
    [InlineData("score", "--text-field", "body", "--text-field names a field, and a folder of .txt files has none: its documents' texts are their files' contents")]
    [InlineData("check", "--text-field", "body", "--text-field names a field, and a folder of .txt files has none")]
    [InlineData("score", "--language-field", "lang", "--language-field names the field 'lang', and a folder of .txt files has none but its group (--by outlet): give its documents' language with --language")]
    [InlineData("validate", "--known-field", "leaning", "--known-field names the field 'leaning', and a folder of .txt files has none but its group (--by outlet): give its groups' leanings with --known FILE")]
    public void AnotherFieldOptionIsRefusedForAFolderOfTextFiles(string command, string option, string value, string expected)
    {
        // Before, --text-field and --language-field were accepted and ignored (as --id-field is not), and --known-field
        // found no leaning in any document.
        using var temp = new TempFolder();
        temp.Write("f/a/1.txt", "rebels");
        string[] extra = command switch
        {
            "validate" => ["--side-a", "a", "--side-b", "b"],
            "check" => ["--editorial-pole", "armed-opposition/terrorism"],
            _ => [],
        };
        AssertUsageError(CliRunner.Run([command, Path.Combine(temp.Path, "f"), option, value, .. extra]), expected);
    }

    [Fact]
    public void AFolderGivesItsGroupToALanguageFieldOfTheSameName()
    {
        // Folders named by language: the group field is the one field a folder's documents have.
        using var temp = new TempFolder();
        temp.Write("f/fr/1.txt", "les rebelles");
        temp.Write("f/en/1.txt", "the rebels");
        var result = CliRunner.Run("score", Path.Combine(temp.Path, "f"), "--by", "lang", "--language-field", "lang", "-f", "csv", "-q");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fr/1.txt: field \"lang\" names a language the run does not analyze: \"fr\"", result.Error, StringComparison.Ordinal); // read, and the lexicon has no fr
    }

    [Fact]
    public void AnEmptyCsvOrManifestIsAnEmptyCorpus()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("empty.csv", string.Empty);
        foreach (var format in new[] { "csv", "manifest", "tsv" })
        {
            var refused = CliRunner.Run("score", empty, "--corpus-format", format);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains($"no documents in {empty}", refused.Error, StringComparison.Ordinal);
            Assert.Equal(0, CliRunner.Run("score", empty, "--corpus-format", format, "--allow-empty", "-q").ExitCode);
        }
    }
}
