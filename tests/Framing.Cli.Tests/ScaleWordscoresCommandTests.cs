using System.Globalization;
using Framing.Cli.Tests.Check;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing scale wordscores</c> on invented corpora. The library's numbers are checked against quanteda and R in
/// Framing.Statistics.Tests (Scaling); here the expected values are worked out by hand from the Wordscores formulas.
/// </summary>
public sealed class ScaleWordscoresCommandTests
{
    // Invented: "left" uses alpha, "right" gamma, both beta; the virgin outlets mix them. delta occurs only in a virgin.
    private const string English =
        """
        {"id":"l1","outlet":"left","text":"Alpha alpha beta."}
        {"id":"r1","outlet":"right","text":"Beta gamma gamma."}
        {"id":"v1","outlet":"mixed","text":"alpha GAMMA gamma delta"}
        {"id":"v2","outlet":"leftish","text":"alpha alpha alpha gamma"}
        {"id":"v3","outlet":"mixed","text":"beta"}
        """;

    private const string Positions = "outlet,position\nleft,-1\nright,1\n";

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static CliRunner.Result Scale(TempFolder temp, string corpus, string references, params string[] options) =>
        CliRunner.Run(["scale", "wordscores", temp.Write("corpus.jsonl", corpus), "--reference", temp.Write("refs.csv", references), "-q", .. options.Contains("--format") ? options : [.. options, "--format", "csv"]]);

    [Fact]
    public void VirginOutletsGetTheirRawScoresStandardErrorsAndIntervals()
    {
        using var temp = new TempFolder();
        var result = Scale(temp, English, Positions);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("group,kind,documents,words,scored_words,position,score,se,ci_low,ci_high", result.OutLines[0]);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(["leftish", "mixed"], rows.Select(r => r["group"]));
        Assert.All(rows, r => Assert.Equal("virgin", r["kind"]));
        Assert.All(rows, r => Assert.Equal(string.Empty, r["position"]));

        // Word scores: alpha −1, beta 0, gamma +1, delta none. mixed = alpha gamma gamma (delta dropped) + beta.
        var mixed = rows.Single(r => r["group"] == "mixed");
        Assert.Equal(("2", "5", "4"), (mixed["documents"], mixed["words"], mixed["scored_words"]));
        var score = (-1 + 1 + 1 + 0) / 4.0;
        var se = Math.Sqrt(((1 / 4.0 * Math.Pow(score + 1, 2)) + (2 / 4.0 * Math.Pow(score - 1, 2)) + (1 / 4.0 * Math.Pow(score, 2))) / 4);
        Assert.Equal(score, D(mixed["score"]), 5);
        Assert.Equal(se, D(mixed["se"]), 5);
        Assert.Equal(score - (1.959964 * se), D(mixed["ci_low"]), 5);
        Assert.Equal(score + (1.959964 * se), D(mixed["ci_high"]), 5);
        Assert.Equal(-0.5, D(rows.Single(r => r["group"] == "leftish")["score"]), 12);
    }

    [Fact]
    public void RescalingsAddTheirColumns()
    {
        using var temp = new TempFolder();
        var rows = Csv.Parse(Scale(temp, English, Positions, "--rescaling", "all").Out);
        Assert.Equal(
            ["group", "kind", "documents", "words", "scored_words", "position", "score", "se", "ci_low", "ci_high", "score_lbg", "ci_low_lbg", "ci_high_lbg", "score_mv", "se_mv", "ci_low_mv", "ci_high_mv"],
            rows[0].Keys);

        // Two virgin texts at −0.5 and 0.25: LBG keeps their mean and gives them the spread of the positions (sd √2).
        var raw = rows.Select(r => D(r["score"])).ToArray();
        var lbg = rows.Select(r => D(r["score_lbg"])).ToArray();
        Assert.Equal(raw.Average(), lbg.Average(), 5);
        Assert.Equal(2, Math.Abs(lbg[1] - lbg[0]), 5); // sd of two values is |a − b| / √2; sd of the positions is √2

        // MV: the references' own raw scores are −2/3 and +2/3, mapped to −1 and +1.
        Assert.Equal(-0.5 * 1.5, D(rows[0]["score_mv"]), 5);
        Assert.Equal(D(rows[0]["se"]) * 1.5, D(rows[0]["se_mv"]), 5);
        Assert.DoesNotContain("score_mv", Csv.Parse(Scale(temp, English, Positions, "--rescaling", "lbg").Out)[0].Keys);
    }

    [Fact]
    public void IncludedReferencesComeFirstAndMvAnchorsThemOnTheirPositions()
    {
        using var temp = new TempFolder();
        var result = Scale(temp, English, Positions, "--include-references", "--rescaling", "mv");
        var rows = Csv.Parse(result.Out);
        Assert.Equal(["left", "right", "leftish", "mixed"], rows.Select(r => r["group"]));
        Assert.Equal(["reference", "reference", "virgin", "virgin"], rows.Select(r => r["kind"]));
        Assert.Equal(("-1", "1"), (rows[0]["position"], rows[1]["position"]));
        Assert.Equal(-2 / 3.0, D(rows[0]["score"]), 5);
        Assert.Equal("-1", rows[0]["score_mv"]);
        Assert.Equal("1", rows[1]["score_mv"]);
    }

    [Fact]
    public void ABackwardMvScaleIsWarnedOfAndItsIntervalOrdered()
    {
        // The reference text at the highest position scores lowest in raw terms (the other four pull the word scores the
        // other way): se_mv was -0.544331 and ci_low_mv 1.400203 above ci_high_mv -0.733536, without a word.
        using var temp = new TempFolder();
        const string Corpus = """
            {"id":"h","outlet":"H","text":"bee"}
            {"id":"l2","outlet":"L2","text":"bee"}
            {"id":"l3","outlet":"L3","text":"bee"}
            {"id":"l","outlet":"L","text":"sea"}
            {"id":"m","outlet":"M","text":"sea"}
            {"id":"m2","outlet":"M2","text":"sea"}
            {"id":"v","outlet":"V","text":"bee sea bee"}
            """;
        var result = CliRunner.Run("scale", "wordscores", temp.Write("corpus.jsonl", Corpus), "--reference", temp.Write("refs.csv", "outlet,position\nH,1\nL2,-0.9\nL3,-0.8\nL,-1\nM,0.9\nM2,0.8\n"), "--rescaling", "mv", "-f", "csv");
        Assert.Equal(0, result.ExitCode);
        var row = Csv.Parse(result.Out).Single(r => r["group"] == "V");
        Assert.Equal("0.333333", row["score_mv"]);
        Assert.Equal("0.544331", row["se_mv"]);
        Assert.Equal("-0.733536", row["ci_low_mv"]);
        Assert.Equal("1.400203", row["ci_high_mv"]);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("framing: warning: the MV scale runs backwards: \"H\" (position 1) has a lower raw score (-0.233333) than \"L\" (position -1, raw 0.233333)", StringComparison.Ordinal));
    }

    [Fact]
    public void PerDocumentScoresEachVirginDocumentInCorpusOrder()
    {
        using var temp = new TempFolder();
        var rows = Csv.Parse(Scale(temp, English, Positions, "--per-document").Out);
        Assert.Equal(["v1", "v2", "v3"], rows.Select(r => r["id"]));
        Assert.Equal(["mixed", "leftish", "mixed"], rows.Select(r => r["group"]));
        Assert.Equal(1 / 3.0, D(rows[0]["score"]), 5);
        Assert.Equal(("4", "3"), (rows[0]["words"], rows[0]["scored_words"]));
        Assert.Equal(0, D(rows[2]["score"]), 12);
        Assert.Equal("0", rows[2]["se"]);

        var all = Csv.Parse(Scale(temp, English, Positions, "--per-document", "--include-references").Out);
        Assert.Equal(["l1", "r1", "v1", "v2", "v3"], all.Select(r => r["id"]));
        Assert.Equal("reference", all[0]["kind"]);
        Assert.Equal("-1", all[0]["position"]);
    }

    [Fact]
    public void ReferencesCanBeDocuments()
    {
        using var temp = new TempFolder();
        var byId = "id,position,note\nl1,-1,invented\nr1,1,invented\n";
        var documents = Csv.Parse(Scale(temp, English, byId, "--per-document").Out);
        Assert.Equal(["v1", "v2", "v3"], documents.Select(r => r["id"]));
        Assert.Equal(1 / 3.0, D(documents[0]["score"]), 5);

        // Without --per-document the virgin texts are the groups of the other documents.
        var groups = Csv.Parse(Scale(temp, English, byId).Out);
        Assert.Equal(["leftish", "mixed"], groups.Select(r => r["group"]));
        Assert.Equal(0.25, D(groups[1]["score"]), 5);
    }

    [Fact]
    public void IncludedDocumentReferencesNeedPerDocument()
    {
        // Before, --include-references with references by id pooled l1 into a virgin row "left" (and r1 into "right"), so
        // adding the option changed the virgin scores. Per group, a document's row would stand among group rows under its
        // id: the combination asks for --per-document, where the reference documents are rows of their own.
        using var temp = new TempFolder();
        var byId = "id,position\nl1,-1\nr1,1\n";
        var refused = Scale(temp, English, byId, "--include-references");
        Assert.Equal(2, refused.ExitCode);
        Assert.EndsWith("scores them as documents: add --per-document", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);

        var without = Csv.Parse(Scale(temp, English, byId, "--per-document").Out);
        var with = Csv.Parse(Scale(temp, English, byId, "--per-document", "--include-references").Out);
        Assert.Equal(["l1", "r1", "v1", "v2", "v3"], with.Select(r => r["id"]));
        Assert.Equal(["reference", "reference", "virgin", "virgin", "virgin"], with.Select(r => r["kind"]));
        Assert.Equal(without.Select(r => (r["id"], r["score"])), with.Skip(2).Select(r => (r["id"], r["score"])));
    }

    [Fact]
    public void AReferenceIdOfTwoDocumentsIsAnErrorAtItsLine()
    {
        // Before, both documents were pooled into one reference text under one position, with no word.
        using var temp = new TempFolder();
        var twice = English + "\n{\"id\":\"l1\",\"outlet\":\"other\",\"text\":\"gamma gamma\"}";
        var result = Scale(temp, twice, "id,position\nl1,-1\nr1,1\n");
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(
            "refs.csv:2: reference text \"l1\" is the id of more than one document (" + Path.Combine(temp.Path, "corpus.jsonl") + ":1 and " + Path.Combine(temp.Path, "corpus.jsonl") + ":6): one position cannot name two texts; give each document its own id",
            Assert.Single(result.ErrorLines),
            StringComparison.Ordinal);
    }

    [Fact]
    public void WhenMvCannotBeComputedItsColumnsAreEmptyAndTheRestIsWritten()
    {
        // Both end references use the same words in another order: equal raw scores, no MV rescaling. The run failed
        // (exit 2, nothing written) with --rescaling all; now MV is empty with a warning, as LBG is when it cannot be.
        using var temp = new TempFolder();
        const string same = "{\"id\":\"a\",\"outlet\":\"A\",\"text\":\"war peace\"}\n{\"id\":\"b\",\"outlet\":\"B\",\"text\":\"talks rebels\"}\n{\"id\":\"c\",\"outlet\":\"C\",\"text\":\"peace war\"}\n{\"id\":\"e\",\"outlet\":\"E\",\"text\":\"war rebels talks\"}";
        var result = CliRunner.Run("scale", "wordscores", temp.Write("c.jsonl", same), "--reference", temp.Write("r.csv", "outlet,position\nA,-1\nB,0\nC,1\n"), "--rescaling", "all", "-q", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var row = Assert.Single(Csv.Parse(result.Out));
        Assert.Equal("E", row["group"]);
        Assert.NotEqual(string.Empty, row["score"]);
        Assert.Equal(string.Empty, row["score_mv"]);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("framing: warning: the MV rescaling cannot be computed: the reference texts at the lowest and highest positions have the same raw score", StringComparison.Ordinal));

        // Two references sharing the highest position: no MV either, the same way.
        var tie = Scale(temp, English, "outlet,position\nleft,-1\nright,1\nmixed,1\n", "--rescaling", "mv");
        Assert.Equal(0, tie.ExitCode);
        Assert.Contains(tie.ErrorLines, l => l.Contains("reference texts \"right\" and \"mixed\" share the highest position", StringComparison.Ordinal));
        Assert.All(Csv.Parse(tie.Out), r => Assert.Equal(string.Empty, r["score_mv"]));
    }

    [Fact]
    public void InvalidUtf8InTheReferenceFileIsAtItsLine()
    {
        using var temp = new TempFolder();
        var refs = temp.WriteBytes("refs.csv", [.. System.Text.Encoding.UTF8.GetBytes("outlet,position\nleft,-1\n"), 0xFF, 0xFE, .. System.Text.Encoding.UTF8.GetBytes(",1\n")]);
        var result = CliRunner.Run("scale", "wordscores", temp.Write("corpus.jsonl", English), "--reference", refs, "-q");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {refs}:3: invalid UTF-8", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void AGroupWithWhiteSpaceAroundItsNameIsNamedInTheError()
    {
        using var temp = new TempFolder();
        var spaced = English.Replace("\"outlet\":\"left\"", "\"outlet\":\"left \"", StringComparison.Ordinal);
        var result = Scale(temp, spaced, Positions);
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith("refs.csv:2: reference group \"left\" has no documents in " + Path.Combine(temp.Path, "corpus.jsonl") + " (it has \"left \", with white space around the name, which a reference file cannot name: its cells are trimmed; trim the corpus's names)", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void SmoothingScoresWordsOnlyVirginTextsUse()
    {
        using var temp = new TempFolder();
        var rows = Csv.Parse(Scale(temp, English, Positions, "--smooth", "1").Out);
        var mixed = rows.Single(r => r["group"] == "mixed");
        Assert.Equal(mixed["words"], mixed["scored_words"]);

        // Smoothed, each word score moves towards the middle: the leftish outlet is less extreme than unsmoothed (−0.5).
        var leftish = D(rows.Single(r => r["group"] == "leftish")["score"]);
        Assert.InRange(leftish, -0.5 + 1e-6, 0);

        // Per document the first pass collects the virgin vocabulary, so the scores agree with the grouped run.
        var perDocument = Csv.Parse(Scale(temp, English, Positions, "--smooth", "1", "--per-document").Out);
        Assert.Equal(leftish, D(perDocument.Single(r => r["id"] == "v2")["score"]), 6);
    }

    [Fact]
    public void ArabicSpellingVariantsScaleAsOneWord()
    {
        // Invented Arabic: the same sentence in two spellings (hamza, taa marbuta, article and proclitic variants).
        const string arabic =
            """
            {"id":"a1","outlet":"pro","text":"حرر الجيش المدينة من الإرهابيين. الجيش يلاحق الإرهابيين."}
            {"id":"a2","outlet":"anti","text":"سيطرت قوات النظام على المدينة. الثوار يقاتلون قوات النظام."}
            {"id":"a3","outlet":"canonical","text":"الجيش يلاحق الإرهابيين في المدينة"}
            {"id":"a4","outlet":"variant","text":"والجيش يلاحق للارهابيين في المدينه"}
            """;
        using var temp = new TempFolder();
        var rows = Csv.Parse(Scale(temp, arabic, "outlet,position\npro,-1\nanti,1\n").Out);
        var canonical = rows.Single(r => r["group"] == "canonical");
        var variant = rows.Single(r => r["group"] == "variant");
        Assert.Equal(canonical["score"], variant["score"]);
        Assert.Equal(canonical["se"], variant["se"]);
        Assert.Equal(("5", "4"), (variant["words"], variant["scored_words"]));
        Assert.True(D(variant["score"]) < 0);
    }

    [Fact]
    public void JsonHasTheModelAndRows()
    {
        using var temp = new TempFolder();
        var result = Scale(temp, English, Positions, "--rescaling", "lbg", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("scored_features").GetInt64());
        Assert.Equal(5, root.GetProperty("documents_read").GetInt64());
        Assert.Equal(-1, root.GetProperty("references").GetProperty("left").GetProperty("position").GetDouble());
        Assert.Equal(Math.Sqrt(2), root.GetProperty("lbg").GetProperty("sd_positions").GetDouble(), 5);
        Assert.Equal("left", root.GetProperty("mv").GetProperty("low").GetString());
        Assert.Equal(2, root.GetProperty("rows").GetArrayLength());
        Assert.Equal("virgin", root.GetProperty("rows")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void WordScoresAreWrittenByScore()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "ws.csv");
        Assert.Equal(0, Scale(temp, English, Positions, "--word-scores", path).ExitCode);
        Assert.Equal("feature,score\nalpha,-1\nbeta,0\ngamma,1\n", File.ReadAllText(path));
    }

    [Fact]
    public void StandardInputWorksForGroups()
    {
        using var temp = new TempFolder();
        var refs = temp.Write("refs.csv", Positions);
        var piped = CliRunner.RunWithInput(English, "scale", "wordscores", "-", "--reference", refs, "--format", "csv", "-q");
        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(Scale(temp, English, Positions).Out, piped.Out);
    }

    [Fact]
    public void SummaryAndNotesGoToStandardError()
    {
        using var temp = new TempFolder();
        var three = English + "\n{\"id\":\"c1\",\"outlet\":\"centre\",\"text\":\"beta beta alpha gamma\"}";
        var result = CliRunner.Run("scale", "wordscores", temp.Write("c.jsonl", three), "--reference", temp.Write("r.csv", "outlet,position\nleft,-1\ncentre,0\nright,1\n"), "--rescaling", "mv", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("framing: note: the MV rescaling uses only", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("framing: scaled 2 texts against 3 reference texts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("group,score\nleft,-1\n", ":1: missing column \"position\"")]
    [InlineData("name,position\nleft,-1\nright,1\n", ":1: no column naming the reference texts: expected \"outlet\" or \"group\" (groups) or \"id\" (documents) beside \"position\" (columns: \"name\", \"position\")")]
    [InlineData("outlet,position\nleft,-1e308\nright,1e308\n", ":2: position \"-1e308\" is out of range: positions must lie within ±1e100")]
    [InlineData("outlet,position\nleft,-1\nright,1e101\n", ":3: position \"1e101\" is out of range")]
    // Squared, 1e-170 underflows to 0: the standard error was 0 and every MV-rescaled score the same.
    [InlineData("outlet,position\nleft,-1e-170\nright,1e-170\n", ":2: position \"-1e-170\" is out of range: a nonzero position must be at least 1e-100 in magnitude")]
    [InlineData("outlet,id,position\nleft,l1,-1\nright,r1,1\n", ":1: both a group column")]
    [InlineData("group,outlet,position\nleft,right,-1\nright,left,1\n", ":1: both \"outlet\" and \"group\" name the reference texts: keep one of the two columns")] // read by outlet, group ignored
    [InlineData("outlet,position\nleft,-1\nright,far\n", ":3: position \"far\" is not a number")]
    [InlineData("outlet,position\nleft,-1\nright,\n", ":3: position \"\" is not a number")]
    [InlineData("outlet,position\nleft,-1\nright,NaN\n", ":3: position \"NaN\" is not a number")]
    [InlineData("outlet,position\nleft,-1,x\nright,1\n", ":2: expected 2 fields, found 3")]
    [InlineData("outlet,position\nleft,-1\n", ": Wordscores needs at least two reference texts, found 1")]
    [InlineData("outlet,position\nleft,1\nright,1\n", ": every reference text has position 1")]
    [InlineData("outlet,position\nleft,-1\nleft,1\n", ":3: \"left\" is listed twice (first on line 2)")]
    [InlineData("outlet,position\nleft,-1\n\nnowhere,1\n", ":4: reference group \"nowhere\" has no documents in")]
    [InlineData("id,position\nl1,-1\nx9,1\n", ":3: reference document \"x9\" has no documents in")]
    // Before, the reference's name went into the error as it was: its ESC reached the terminal, its line break split the line.
    [InlineData("outlet,position\nleft,-1\n\"no\u001b[33mwhere\nz\",1\n", ":3: reference group \"no\\u001B[33mwhere\\u000Az\" has no documents in")]
    [InlineData("outlet,position\n\"left,-1\nright,1\n", ":2: unterminated quoted field")]
    // Before, these were read without a word: "1"0 as position 10, a second position column ignored, and lines
    // ending in a bare CR run together into one header ('missing column "position"'). They now fail as the corpus's
    // CSV reader fails on them.
    [InlineData("outlet,position\nleft,-1\nright,\"1\"0\n", ":3: unexpected character after a closing quote")]
    [InlineData("outlet,position,position\nleft,-1,1\nright,1,-1\n", ":1: duplicate column \"position\"")]
    [InlineData("outlet,position\rleft,-1\rright,1\r", ":1: line breaks are bare CR (\\r); use \\n or \\r\\n")]
    public void BadReferenceFilesGiveOneLineNamingTheFileAndLine(string references, string message)
    {
        using var temp = new TempFolder();
        var result = Scale(temp, English, references, "--rescaling", "mv");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: " + Path.Combine(temp.Path, "refs.csv"), line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("'framing scale wordscores' needs --reference FILE")]
    [InlineData("--confidence must be a number between 0 and 1, not '1.5'", "--confidence", "1.5")]
    [InlineData("--smooth must be a number from 0 to 1e12, not '-1'", "--smooth", "-1")]
    [InlineData("--smooth must be a number from 0 to 1e12, not '1e13'", "--smooth", "1e13")] // 1e308 overflowed every word score
    [InlineData("--rescaling", "--rescaling", "zscore")]
    [InlineData("--per-document reads the corpus twice", "-", "--per-document")]
    public void BadOptionsAreUsageErrors(string message, params string[] options)
    {
        using var temp = new TempFolder();
        var refs = options.Length == 0 ? [] : new[] { "--reference", temp.Write("refs.csv", Positions) };
        var result = CliRunner.RunWithInput(English, ["scale", "wordscores", .. refs, .. options]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void TheScaleDispatcherHasHelpAndRefusesUnknownMethods()
    {
        var bare = CliRunner.Run("scale");
        Assert.Equal(2, bare.ExitCode);
        Assert.Contains("framing scale wordscores", bare.Error, StringComparison.Ordinal); // a usage error: help on standard error
        Assert.Equal(0, CliRunner.Run("scale", "--help").ExitCode);
        var unknown = CliRunner.Run("scale", "wordfish");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown scaling method 'wordfish'", unknown.Error, StringComparison.Ordinal);

        var help = CliRunner.Run("scale", "wordscores", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage: framing scale wordscores", help.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", help.Out, StringComparison.Ordinal);
        Assert.Contains("score_lbg", help.Out, StringComparison.Ordinal);
        Assert.Contains("scale wordscores", CliRunner.Run("--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BadRecordsStopOrAreCountedWithSkipInvalid()
    {
        using var temp = new TempFolder();
        var broken = English + "\n{\"id\":\"bad\",\"outlet\":\"mixed\",\"text\":";
        var stopped = Scale(temp, broken, Positions);
        Assert.Equal(2, stopped.ExitCode);
        Assert.Contains("corpus.jsonl:6:", stopped.Error, StringComparison.Ordinal);

        var skipped = CliRunner.Run("scale", "wordscores", temp.Write("b.jsonl", broken), "--reference", temp.Write("r.csv", Positions), "--per-document", "--skip-invalid", "--format", "csv");
        Assert.Equal(0, skipped.ExitCode);
        Assert.Single(skipped.ErrorLines, l => l.StartsWith("framing: warning: skipped", StringComparison.Ordinal));
        Assert.Contains("5 documents read, rejected 1", skipped.Error, StringComparison.Ordinal);
        Assert.Equal(3, Csv.Parse(skipped.Out).Count);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void OutputIsTheSameUnderEveryCulture(string culture)
    {
        using var temp = new TempFolder();
        var corpus = English + "\n{\"id\":\"t1\",\"outlet\":\"Istanbul desk\",\"text\":\"ISTANBUL alpha Gamma gamma\"}";
        var refs = "outlet,position\nleft,-1.5\nright,0.75\n";
        string[] options = ["--rescaling", "all", "--confidence", "0.9", "--smooth", "0.5", "--include-references"];
        var invariant = CheckHelpers.WithCulture(string.Empty, () => Scale(temp, corpus, refs, options).Out);
        var local = CheckHelpers.WithCulture(culture, () => Scale(temp, corpus, refs, options).Out);
        Assert.Equal(invariant, local);
        Assert.Contains(",-1.5,", invariant, StringComparison.Ordinal);
        Assert.Contains("Istanbul desk,virgin", invariant, StringComparison.Ordinal);
        var json = CheckHelpers.WithCulture(culture, () => Scale(temp, corpus, refs, [.. options, "--format", "json"]).Out);
        Assert.Equal(CheckHelpers.WithCulture(string.Empty, () => Scale(temp, corpus, refs, [.. options, "--format", "json"]).Out), json);
    }
}
