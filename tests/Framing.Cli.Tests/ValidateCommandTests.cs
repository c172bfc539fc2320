using System.Globalization;
using System.Text;
using System.Text.Json;
using Framing.Statistics.Tests;

namespace Framing.Cli.Tests;

/// <summary><c>framing validate</c> on the invented corpus of <see cref="PlantedCorpus"/>, whose answers are known.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _lexicon;
    private readonly string _corpus;
    private readonly string _known;

    public ValidateCommandTests()
    {
        _lexicon = _temp.Write("planted.yaml", PlantedCorpus.Lexicon);
        var corpus = new StringBuilder();
        foreach (var (id, outlet, text) in PlantedCorpus.Records())
        {
            var leaning = PlantedCorpus.Leanings.FirstOrDefault(p => p.Key == outlet).Value;
            var fields = new Dictionary<string, string> { ["id"] = id, ["outlet"] = outlet, ["text"] = text };
            if (leaning is not null)
            {
                fields["leaning"] = leaning;
            }

            corpus.Append(JsonSerializer.Serialize(fields)).Append('\n');
        }

        _corpus = _temp.Write("planted.jsonl", corpus.ToString());

        // The shape of a table shared by several corpora: a corpus column, extra columns, rows of other corpora (one
        // of them gives a1 another leaning there) and of outlets this corpus lacks.
        var known = new StringBuilder("corpus,outlet,leaning,country\n");
        foreach (var (outlet, leaning) in PlantedCorpus.Leanings)
        {
            known.Append("planted.jsonl,").Append(outlet).Append(',').Append(leaning).Append(",nowhere\n");
        }

        known.Append("other.jsonl,a1,camp-b,elsewhere\nplanted.jsonl,absent-outlet,camp-c,nowhere\n");
        _known = _temp.Write("known.csv", known.ToString());
    }

    public void Dispose() => _temp.Dispose();

    private CliRunner.Result Run(params string[] extra) =>
        CliRunner.Run(["validate", _corpus, "--lexicon", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", .. extra]);

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    [Fact]
    public void SummaryHasOneRowPerDimensionAndComposite()
    {
        var result = Run("--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "dimension,kind,documents_a,documents_b,outlets_a,outlets_b,auc,ci_low,ci_high,no_match_a,no_match_b,outlets_ordered,margin,lowest_outlet_a,highest_outlet_b,spearman,voice,ci_note,out_of_scope_a,out_of_scope_b",
            result.OutLines[0]);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(["labels", "places", "alignment"], rows.Select(r => r["dimension"]));
        Assert.Equal(["dimension", "dimension", "composite"], rows.Select(r => r["kind"]));
        Assert.Equal("0.916667", rows[0]["auc"]); // 132 / 144, as computed by hand in LexiconValidatorTests
        Assert.Equal("1", rows[2]["auc"]);
        Assert.Equal(("12", "12", "3", "3"), (rows[0]["documents_a"], rows[0]["documents_b"], rows[0]["outlets_a"], rows[0]["outlets_b"]));
        Assert.Equal(("TRUE", "a1", "b2", "all"), (rows[0]["outlets_ordered"], rows[0]["lowest_outlet_a"], rows[0]["highest_outlet_b"], rows[0]["voice"]));
        Assert.Equal("0.5", rows[1]["no_match_a"]);
        Assert.True(Number(rows[0]["ci_low"]) <= 0.916667 && 0.916667 <= Number(rows[0]["ci_high"]));

        Assert.Equal(
            "framing: validated planted on " + _corpus + ": 32 documents scored; side A 12 in 3 outlets, side B 12 in 3 outlets; not compared: 4 of other leanings (wire 4), 4 without a known leaning (groups u1); rejected 0",
            result.ErrorLines[0]);
        Assert.StartsWith("framing: alignment: document AUC 1 (95% interval 1 to 1); every side-A outlet above every side-B outlet, margin ", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Empty(Run("--format", "csv", "-q").Error);
    }

    [Fact]
    public void EntriesGetTheirVerdictsWithTheirLines()
    {
        var result = Run("--entries", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "lang,pattern,dimension,pole,weight,line,documents_a,documents_b,outlets_a,outlets_b,count_a,count_b,rate_a,rate_b,log_odds_ratio,ci_low,ci_high,verdict,note",
            result.OutLines[0]);
        var rows = Csv.Parse(result.Out).ToDictionary(r => r["pattern"]);
        Assert.Equal("agrees", rows["brutes"]["verdict"]);
        Assert.Equal("agrees", rows["رفاق"]["verdict"]);
        Assert.Equal("contradicts", rows["villains"]["verdict"]);
        Assert.Equal("contradicts", rows["أبطال"]["verdict"]);
        Assert.Equal(("unclear", "used by one outlet only"), (rows["heroes"]["verdict"], rows["heroes"]["note"]));
        Assert.Equal("unused", rows["ghosts"]["verdict"]);
        Assert.Equal("neutral", rows["people"]["verdict"]);
        Assert.Equal("agrees", rows["scare marker + night-brigade"]["verdict"]);

        var lines = File.ReadAllLines(_lexicon);
        Assert.Contains("pattern: brutes,", lines[int.Parse(rows["brutes"]["line"], CultureInfo.InvariantCulture) - 1], StringComparison.Ordinal);
        Assert.Contains("pattern: أبطال,", lines[int.Parse(rows["أبطال"]["line"], CultureInfo.InvariantCulture) - 1], StringComparison.Ordinal);
        Assert.Equal(("6", "0", "3", "0"), (rows["brutes"]["documents_a"], rows["brutes"]["documents_b"], rows["brutes"]["outlets_a"], rows["brutes"]["outlets_b"]));
    }

    [Fact]
    public void LeaveOneOutletOutHasOneRowPerDimensionAndOutlet()
    {
        var rows = Csv.Parse(Run("--cv", "outlets", "--format", "csv", "-q").Out);
        Assert.Equal(3 * 6, rows.Count);
        var b1 = rows.Single(r => r["dimension"] == "labels" && r["outlet"] == "b1");
        Assert.Equal(("b", "camp-b", "4", "-0.5"), (b1["side"], b1["leaning"], b1["documents"], b1["score"]));
        Assert.Equal(("1", "0.875", "0.916667", "1"), (b1["auc_outlet"], b1["auc_without"], b1["auc_all"], b1["beats_other_side"]));
    }

    [Fact]
    public void JsonHasMetadataTheSelectedRowsAndTheSummary()
    {
        using var json = JsonDocument.Parse(Run("--entries", "--format", "json", "-q").Out);
        var root = json.RootElement;
        Assert.Equal("planted", root.GetProperty("lexicon").GetProperty("id").GetString());
        Assert.Equal("not-stated", root.GetProperty("lexicon").GetProperty("validation").GetString());
        Assert.Equal(_known, root.GetProperty("known").GetString());
        Assert.Equal("camp-a", root.GetProperty("side_a")[0].GetString());
        Assert.Equal(12, root.GetProperty("documents_side_b").GetInt64());
        Assert.Equal(4, root.GetProperty("documents_other_leaning").GetInt64());
        Assert.Equal(4, root.GetProperty("documents_without_leaning").GetInt64());
        Assert.Equal(4, root.GetProperty("documents_by_leaning").GetProperty("wire").GetInt64());
        Assert.Equal("u1", root.GetProperty("groups_without_leaning")[0].GetString());
        Assert.Equal(2000, root.GetProperty("bootstrap").GetProperty("replicates").GetInt64());
        Assert.Equal(12, root.GetProperty("rows").GetArrayLength());
        Assert.Equal("agrees", root.GetProperty("rows")[0].GetProperty("verdict").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetArrayLength());
        Assert.Equal(0.916667, summary[0].GetProperty("auc").GetDouble());
        Assert.Equal(JsonValueKind.True, summary[0].GetProperty("outlets_ordered").ValueKind);
    }

    [Fact]
    public void TableShowsTheSummaryBeforeTheSelectedTable()
    {
        var result = Run("--entries", "-q");
        Assert.Equal(0, result.ExitCode);
        var auc = result.Out.IndexOf("auc", StringComparison.Ordinal);
        var verdict = result.Out.IndexOf("verdict", StringComparison.Ordinal);
        Assert.True(auc >= 0 && verdict > auc);
        Assert.Contains("contradicts", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("| dimension |", Run("--format", "markdown", "-q").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaningsFromADocumentFieldGiveTheSameResult()
    {
        var byTable = Run("--format", "csv", "-q").Out;
        var byField = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known-field", "leaning", "--side-a", "camp-a", "--side-b", "camp-b", "--format", "csv", "-q");
        Assert.Equal(0, byField.ExitCode);
        Assert.Equal(byTable, byField.Out);
    }

    [Theory]
    [InlineData("--format", "csv")]
    [InlineData("--entries", "--format", "csv")]
    [InlineData("--cv", "outlets", "--format", "csv")]
    [InlineData("--entries", "--format", "json")]
    public void OutputIsTheSameForEveryParallelism(params string[] options)
    {
        var one = Run([.. options, "--parallel", "1", "-q"]);
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, Run([.. options, "--parallel", "3", "-q"]).Out);
        Assert.Equal(one.Out, Run([.. options, "--parallel", "8", "-q"]).Out);
    }

    [Fact]
    public void TheSeedDecidesTheIntervals()
    {
        var seeded = Run("--entries", "--format", "csv", "--seed", "7", "-q").Out;
        Assert.Equal(seeded, Run("--entries", "--format", "csv", "--seed", "7", "-q").Out);
        Assert.Equal(Run("--entries", "--format", "csv", "--seed", "1", "-q").Out, Run("--entries", "--format", "csv", "-q").Out);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void OutputIsTheSameUnderEveryCulture(string culture)
    {
        foreach (var options in new[] { new[] { "--format", "csv" }, ["--entries", "--format", "csv"], ["--cv", "outlets", "--format", "json"] })
        {
            var invariant = CultureInvarianceTests.WithCulture(CultureInfo.InvariantCulture, () => Run([.. options, "-q"]).Out);
            var local = CultureInvarianceTests.WithCulture(CultureInfo.GetCultureInfo(culture), () => Run([.. options, "-q"]).Out);
            Assert.Equal(invariant, local);
        }

        var invariantError = CultureInvarianceTests.WithCulture(CultureInfo.InvariantCulture, () => Run("--format", "csv").Error);
        Assert.Equal(invariantError, CultureInvarianceTests.WithCulture(CultureInfo.GetCultureInfo(culture), () => Run("--format", "csv").Error));
    }

    [Fact]
    public void FailUnderExitsOneWhenACompositeOrANamedDimensionIsBelow()
    {
        Assert.Equal(0, Run("--fail-under", "0.99", "-q", "--format", "csv").ExitCode); // the composite's AUC is 1

        var labels = Run("--fail-under", "labels=0.95", "-q", "--format", "csv");
        Assert.Equal(1, labels.ExitCode);
        Assert.Equal(["framing: validate: dimension labels: document AUC 0.916667 is below --fail-under 0.95"], labels.ErrorLines);
        Assert.NotEmpty(labels.Out); // the report is written all the same

        Assert.Equal(0, Run("--fail-under", "labels=0.9", "--fail-under", "1", "-q").ExitCode);
        var places = Run("--fail-under", "places=0.9", "-q");
        Assert.Equal(1, places.ExitCode);
        Assert.Contains("dimension places: document AUC 0.875", places.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FailUnderGivenTwiceForTheSameAxisWritesOneLine()
    {
        // "--fail-under 0.95 --fail-under labels-and-places=0.95" (or one threshold repeated) wrote the same line twice.
        var result = Run("--fail-under", "labels=0.95", "--fail-under", "labels=0.95", "--fail-under", "places=0.9", "--fail-under", "labels=0.95", "-q", "--format", "csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["framing: validate: dimension labels: document AUC 0.916667 is below --fail-under 0.95", "framing: validate: dimension places: document AUC 0.875 is below --fail-under 0.9"],
            result.ErrorLines);
    }

    [Fact]
    public void FailUnderWritesAnAucJustBelowItsThresholdInFull()
    {
        // 909 side-A documents (908 'terrorists', 1 'rebels') against 1,091 side-B ones (217 'terrorists', 874 'rebels'):
        // the AUC is 0.89999990, which six digits write as 0.9; the line said "document AUC 0.9 is below --fail-under 0.9".
        using var temp = new TempFolder();
        var records = new List<string>();
        void Add(int count, string outlet, string text)
        {
            for (var i = 0; i < count; i++)
            {
                records.Add($"{{\"id\":\"d{records.Count}\",\"outlet\":\"{outlet}\",\"text\":\"{text}\"}}");
            }
        }

        Add(454, "a1", "The terrorists.");
        Add(454, "a2", "The terrorists.");
        Add(1, "a1", "The rebels.");
        Add(217, "b1", "The terrorists.");
        Add(874, "b2", "The rebels.");
        var corpus = temp.Write("c.jsonl", string.Join('\n', records) + "\n");
        var known = temp.Write("known.csv", "outlet,leaning\na1,a\na2,a\nb1,b\nb2,b\n");
        var result = CliRunner.Run("validate", corpus, "--lexicon", "starter", "--known", known, "--side-a", "a", "--side-b", "b", "--bootstrap", "0", "--format", "csv", "-q", "--fail-under", "armed-opposition=0.9");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: validate: dimension armed-opposition: document AUC 0.899999899", line, StringComparison.Ordinal);
        Assert.EndsWith(" is below --fail-under 0.9", line, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("validate", corpus, "--lexicon", "starter", "--known", known, "--side-a", "a", "--side-b", "b", "--bootstrap", "0", "--format", "csv", "-q", "--fail-under", "armed-opposition=0.8999998").ExitCode);
    }

    [Fact]
    public void FailUnderAppliesToDimensionsWhenTheLexiconHasNoComposite()
    {
        var withoutComposite = _temp.Write(
            "no-composite.yaml",
            string.Join('\n', PlantedCorpus.Lexicon.Split('\n').Where(l => !l.Contains("alignment", StringComparison.Ordinal) && !l.Contains("composites:", StringComparison.Ordinal) && !l.Contains("components:", StringComparison.Ordinal) && !l.Contains("{ dimension: labels, sign", StringComparison.Ordinal) && !l.Contains("{ dimension: places, sign", StringComparison.Ordinal) && !l.Contains("description: Both dimensions.", StringComparison.Ordinal))));
        var result = CliRunner.Run("validate", _corpus, "--lexicon", withoutComposite, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "--fail-under", "0.9", "-q", "--format", "csv");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["framing: validate: dimension places: document AUC 0.875 is below --fail-under 0.9"], result.ErrorLines);
    }

    [Fact]
    public void TheLeaningsListedInAnErrorShowNoControlCharacter()
    {
        // Before, the file's leanings were listed as they were: ESC in one reached the terminal as an escape sequence,
        // and a line break split the one-line error.
        var known = _temp.Write("known-control.csv", "outlet,leaning\nx,\"\u001b[32mcamp\nnext\"\n");

        var result = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known", known, "--side-a", "camp-a", "--side-b", "camp-b");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {known}: no row has leaning 'camp-a' (from --side-a); the file's leanings: \\u001B[32mcamp\\u000Anext", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("no side-B", "--side-b", "camp-c")]
    [InlineData("no row has leaning 'camp-z' (from --side-a)", "--side-a", "camp-z")]
    [InlineData("needs --side-b", "--side-b", null)]
    [InlineData("--entries and --cv", "--entries", "--cv")]
    [InlineData("--fail-under must be an AUC", "--fail-under", "high")]
    [InlineData("has no dimension or composite 'label'", "--fail-under", "label=0.8")]
    [InlineData("is on both sides", "--side-b", "camp-a")]
    public void BadOptionsExitTwoWithOneLine(string expected, string option, string? value)
    {
        var args = new List<string> { "validate", _corpus, "--lexicon", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b" };
        var at = args.IndexOf(option);
        if (at >= 0 && value is null)
        {
            args.RemoveRange(at, 2);
        }
        else if (at >= 0)
        {
            args[at + 1] = value!;
        }
        else
        {
            args.Add(option);
            args.AddRange(value == "--cv" ? ["--cv", "outlets"] : [value!]);
        }

        var result = CliRunner.Run([.. args]);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void ALeaningWithACommaInThisCorpusRowsIsAnErrorAtItsLine()
    {
        // No --side-a could name it (the list splits at commas), and the error said "no row has leaning 'gov'". A row
        // of another corpus of a shared table is left out first, so its comma does no harm.
        var comma = _temp.Write("comma.csv", File.ReadAllText(_known).Replace("planted.jsonl,a2,camp-a", "planted.jsonl,a2,\"camp,a\"", StringComparison.Ordinal));
        var result = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known", comma, "--side-a", "camp-a", "--side-b", "camp-b");
        Assert.Equal(2, result.ExitCode);
        var line = Array.FindIndex(File.ReadAllLines(comma), l => l.StartsWith("planted.jsonl,a2,", StringComparison.Ordinal)) + 1;
        Assert.Equal($"framing: error: {comma}:{line}: leaning 'camp,a' holds a comma, which separates the leanings of a side (--side-a, --side-b): rename it", Assert.Single(result.ErrorLines));

        var other = _temp.Write("other-comma.csv", File.ReadAllText(_known) + "other.jsonl,z9,\"centre, left\",elsewhere\n");
        Assert.Equal(0, CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known", other, "--side-a", "camp-a", "--side-b", "camp-b", "-q").ExitCode);
    }

    [Fact]
    public void ALeaningThatDiffersFromASideOnlyInCaseIsAnErrorNamingIt()
    {
        // Before, a2's documents ('Camp-A' in the file, --side-a camp-a) fell outside both sides, counted among
        // "other leanings" in the summary but easy to miss. Leanings are compared exactly, as group names are, so
        // the near miss is an error that names it.
        var known = _temp.Write("case.csv", File.ReadAllText(_known).Replace("planted.jsonl,a2,camp-a", "planted.jsonl,a2,Camp-A", StringComparison.Ordinal));

        var result = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known", known, "--side-a", "camp-a", "--side-b", "camp-b");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"framing: error: {known}:{Array.FindIndex(File.ReadAllLines(known), l => l.StartsWith("planted.jsonl,a2,", StringComparison.Ordinal)) + 1}: leaning 'Camp-A' (group 'a2') differs only in case from 'camp-a' (--side-a); leanings are compared exactly, as group names are: write them the same way",
            Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);

        // A row of another corpus of a shared table (its corpus column) is not this run's: its spelling is no near miss.
        var shared = _temp.Write("case-shared.csv", File.ReadAllText(_known) + "other.jsonl,z9,Camp-A,elsewhere\n");
        var other = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known", shared, "--side-a", "camp-a", "--side-b", "camp-b", "--format", "csv");
        Assert.True(other.ExitCode == 0, other.Error);
    }

    [Fact]
    public void AGroupWithSpacesAroundItsNameGetsItsLeaningFromTheTable()
    {
        // The table's names are read without the spaces around them, the corpus's groups as they are: before, the
        // corpus group "a " (a CSV cell with a trailing space) never got the leaning of the row "a " (quoted, even),
        // and the note named 'a' as a group without documents. Invented corpus.
        var corpus = _temp.Write("spaces.csv", "id,outlet,text\n1,a ,the terrorists attacked\n2,b,the rebels advanced\n3,c,the terrorists\n4,d,the rebels\n");
        var known = _temp.Write("spaces-known.csv", "outlet,leaning\n\"a \",x\nb,y\nc,x\nd,y\n");

        var result = CliRunner.Run("validate", corpus, "--known", known, "--side-a", "x", "--side-b", "y", "--bootstrap", "0", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"framing: validated starter on {corpus}: 4 documents scored; side A 2 in 2 outlets, side B 2 in 2 outlets; not compared: 0 of other leanings, 0 without a known leaning", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("note:", StringComparison.Ordinal));
    }

    [Fact]
    public void AFolderCorpusGivenWithATrailingSlashPicksItsRowsOfASharedTable()
    {
        // Before, 'arts/' (as shell completion writes a folder) had the file name "", so no row of the table's corpus
        // column named it, every row was read, and the other corpus's row for 'a' was an error. Invented corpus.
        foreach (var (outlet, text) in new[] { ("a", "the terrorists attacked"), ("b", "the rebels advanced"), ("c", "the terrorists"), ("d", "the rebels") })
        {
            _temp.Write($"arts/{outlet}/1.txt", text);
        }

        var known = _temp.Write("shared.csv", "corpus,folder,leaning\narts,a,x\narts,b,y\narts,c,x\narts,d,y\nother,a,y\n");
        var folder = Path.Combine(_temp.Path, "arts") + Path.DirectorySeparatorChar;

        var result = CliRunner.Run("validate", folder, "--by", "folder", "--known", known, "--side-a", "x", "--side-b", "y", "--bootstrap", "0", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("side A 2 in 2 outlets, side B 2 in 2 outlets", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void BadKnownLeaningsExitTwoWithOneLineNamingTheFile()
    {
        var missing = Path.Combine(_temp.Path, "missing.csv");
        AssertOneError(RunKnown(missing), missing + ": no such file or directory");

        var noLeaning = _temp.Write("no-leaning.csv", "outlet,camp\na1,camp-a\n");
        AssertOneError(RunKnown(noLeaning), noLeaning + ":1: missing column \"leaning\" (the file has \"outlet\", \"camp\")");

        var headerOnly = _temp.Write("header-only.csv", "outlet,leaning\n");
        AssertOneError(RunKnown(headerOnly), headerOnly + ":1: no rows after the header: no group has a known leaning");

        var clash = _temp.Write("clash.csv", "outlet,leaning\na1,camp-a\nb1,camp-b\na1,camp-b\n");
        AssertOneError(RunKnown(clash), clash + ":4: group 'a1' has leaning 'camp-b' here and 'camp-a' on line 2");

        var none = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--side-a", "camp-a", "--side-b", "camp-b");
        AssertOneError(none, "needs the known leanings: --known FILE or --known-field FIELD");

        var unknownField = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known-field", "leaning", "--side-a", "camp-a", "--side-b", "camp-x");
        AssertOneError(unknownField, _corpus + ": no document has leaning 'camp-x' in field \"leaning\" (from --side-b); leanings found: camp-a, camp-b, wire");
    }

    [Fact]
    public void AKnownGroupWithoutDocumentsIsNotedWithTheSummary()
    {
        // The known-leanings table names 'absent-outlet' for this corpus, which has no such outlet (a typing mistake
        // looks the same); the rows of other.jsonl are not this corpus's, so they are not named.
        var result = Run("--bootstrap", "20", "-f", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"framing: note: {_known}: 1 group with a known leaning has no document in {_corpus} (check for a typing mistake): 'absent-outlet'", result.ErrorLines[^1]);

        Assert.DoesNotContain(Run("--bootstrap", "20", "-f", "csv", "-q").ErrorLines, l => l.Contains("note:", StringComparison.Ordinal));
        var fromField = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known-field", "leaning", "--side-a", "camp-a", "--side-b", "camp-b", "--bootstrap", "20", "-f", "csv");
        Assert.DoesNotContain(fromField.ErrorLines, l => l.Contains("note:", StringComparison.Ordinal));
    }

    private CliRunner.Result RunKnown(string known) =>
        CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known", known, "--side-a", "camp-a", "--side-b", "camp-b");

    [Fact]
    public void ALeaningFieldHoldingACommaIsAnInputError()
    {
        // In a --known file such a leaning is refused at its line; from --known-field it was listed among the leanings
        // found ("gov,x, opp, wire"), which no reader could split.
        var corpus = _temp.Write("comma.jsonl", File.ReadAllText(_corpus).Replace("\"camp-a\"", "\"camp-a,x\"", StringComparison.Ordinal));
        var result = CliRunner.Run("validate", corpus, "--lexicon", _lexicon, "--known-field", "leaning", "--side-a", "camp-a", "--side-b", "camp-b");
        AssertOneError(result, corpus + ": leaning 'camp-a,x' in field \"leaning\" holds a comma, which separates the leanings of a side (--side-a, --side-b): rename it");
    }

    [Fact]
    public void ARowNamingTheCorpusInAnotherCaseIsAnInputError()
    {
        // With "PLANTED.JSONL" in its corpus column, a row was left out as another corpus's, without a word.
        var known = _temp.Write("case.csv", File.ReadAllText(_known) + "PLANTED.JSONL,b9,camp-b,nowhere\n");
        var result = CliRunner.Run("validate", _corpus, "--lexicon", _lexicon, "--known", known, "--side-a", "camp-a", "--side-b", "camp-b");
        var lines = File.ReadAllLines(known).Length;
        AssertOneError(result, known + ":" + lines.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": corpus 'PLANTED.JSONL' differs from 'planted.jsonl' (named on other rows) only in case");
    }

    private static void AssertOneError(CliRunner.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
