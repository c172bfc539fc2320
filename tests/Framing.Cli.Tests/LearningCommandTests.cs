using System.Text;
using System.Text.Json;
using Framing.Learning.Tests;

namespace Framing.Cli.Tests;

/// <summary><c>framing calibrate</c> and <c>framing learn</c> on the invented corpus of <see cref="PlantedSignal"/>.</summary>
public sealed class LearningCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _lexicon;
    private readonly string _corpus;
    private readonly string _known;

    public LearningCommandTests()
    {
        _lexicon = _temp.Write("planted.yaml", PlantedSignal.Lexicon);
        var corpus = new StringBuilder();
        foreach (var d in PlantedSignal.Documents())
        {
            corpus.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = d.Id, ["outlet"] = d.GetField("outlet")!, ["text"] = d.Text })).Append('\n');
        }

        _corpus = _temp.Write("planted.jsonl", corpus.ToString());
        _known = _temp.Write("known.csv", PlantedSignal.Known);
    }

    public void Dispose() => _temp.Dispose();

    private CliRunner.Result Calibrate(string output, params string[] extra) =>
        CliRunner.Run(["calibrate", _corpus, "-l", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "-o", output, "--bootstrap", "200", .. extra]);

    private CliRunner.Result Learn(params string[] extra) =>
        CliRunner.Run(["learn", _corpus, "-l", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "--bootstrap", "200", "--ngrams", "1..3", "--top", "30", .. extra]);

    [Fact]
    public void CalibrateWritesALexiconThatValidatesAndScores()
    {
        var calibrated = Path.Combine(_temp.Path, "calibrated.yaml");
        var result = Calibrate(calibrated, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("dimension,kind,documents_a,documents_b,outlets_a,outlets_b,folds,auc_original", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith("stance,dimension,72,72,3,3,6,", result.OutLines[1], StringComparison.Ordinal);
        Assert.Contains("1 moved to neutral", result.Error, StringComparison.Ordinal);

        var check = CliRunner.Run("lexicons", "validate", calibrated);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("ok (planted-signal-calibrated", check.Out + check.Error, StringComparison.Ordinal);

        var score = CliRunner.Run("score", _corpus, "-l", calibrated, "--bootstrap", "0", "--format", "csv", "-q");
        Assert.Equal(0, score.ExitCode);
        var header = score.OutLines[0].Split(',');
        var a1 = score.OutLines.Single(l => l.StartsWith("a1,stance,", StringComparison.Ordinal)).Split(',');
        var b1 = score.OutLines.Single(l => l.StartsWith("b1,stance,", StringComparison.Ordinal)).Split(',');
        var column = Array.IndexOf(header, "score");
        Assert.True(double.Parse(a1[column], System.Globalization.CultureInfo.InvariantCulture) > 0.5);
        Assert.True(double.Parse(b1[column], System.Globalization.CultureInfo.InvariantCulture) < -0.5);
    }

    [Fact]
    public void CalibratePerEntryShowsTheVerdicts()
    {
        var result = Calibrate(Path.Combine(_temp.Path, "c.yaml"), "--per-entry", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal("lang,pattern,dimension,pole,weight,calibrated_pole,calibrated_weight,verdict,coefficient,documents_a,documents_b,outlets,line", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => l.StartsWith("en,weather,stance,praise,1,neutral,,zero,0,", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("en,stalwarts,stance,praise,0.2,praise,1,kept,", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.StartsWith("en,phantoms,stance,blame,1,blame,1,unused,0,0,0,0,", StringComparison.Ordinal));
    }

    [Fact]
    public void OutputIsTheSameForAnyParallelism()
    {
        var one = Path.Combine(_temp.Path, "one.yaml");
        var two = Path.Combine(_temp.Path, "two.yaml");
        var r1 = Calibrate(one, "--parallel", "1", "--folds", "3");
        var r2 = Calibrate(two, "--parallel", "2", "--folds", "3");
        Assert.Equal(r1.Out, r2.Out);
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        Assert.Equal(Learn("--parallel", "1", "--format", "csv").Out, Learn("--parallel", "2", "--format", "csv").Out);
    }

    [Fact]
    public void LearnMarksThePlantedPhraseAndTheBylineAndSuggestsCandidates()
    {
        var suggest = Path.Combine(_temp.Path, "candidates.yaml");
        var result = Learn("--format", "csv", "--suggest", suggest);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("side,rank,term,coefficient,mark,lexicon,inside_entries,documents_a,documents_b,outlets,top_outlet,top_outlet_share,top_outlet_coverage", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => l.StartsWith("a,", StringComparison.Ordinal) && l.Contains(",brave defenders,", StringComparison.Ordinal) && l.Contains(",not-in-lexicon,", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains(",quentin marlow,", StringComparison.Ordinal) && l.Contains(",outlet-specific,", StringComparison.Ordinal) && l.Contains(",a1,", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains(",stalwarts,", StringComparison.Ordinal) && l.Contains(",in-lexicon,stance/praise,", StringComparison.Ordinal));
        Assert.Contains("framing: classifier (", result.Error, StringComparison.Ordinal);
        Assert.Contains("; not used: 24 of other leanings (wire), 0 without a known leaning;", result.Error, StringComparison.Ordinal); // named, so a misspelt leaning shows

        var yaml = File.ReadAllText(suggest);
        Assert.Contains("    pattern: \"brave defenders\"\n    dimension: \"\"\n    pole: \"\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("[brave defenders]", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("marlow", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("\"stalwarts\"", yaml, StringComparison.Ordinal);
        var parsed = new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, List<Dictionary<string, object>>>>(yaml);
        Assert.All(parsed["candidates"], c => Assert.Equal(3, ((List<object>)c["kwic"]).Count));
    }

    [Fact]
    public void LearnSummaryComparesTheClassifierWithEachAxis()
    {
        var result = Learn("--summary", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("model,axis,kind,documents_a,documents_b,outlets_a,outlets_b,folds,auc,ci_low,ci_high,captured,features", result.OutLines[0]);
        Assert.StartsWith("classifier,,,72,72,3,3,6,", result.OutLines[1], StringComparison.Ordinal);
        Assert.StartsWith("lexicon,stance,dimension,72,72,3,3,6,", result.OutLines[2], StringComparison.Ordinal);
        Assert.Equal(3, result.OutLines.Length);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void OutputIsCultureInvariant(string culture)
    {
        var calibrated = Path.Combine(_temp.Path, "calibrated.yaml");
        var expected = CultureInvarianceTests.WithCulture(System.Globalization.CultureInfo.InvariantCulture, () => (Calibrate(calibrated, "--format", "json").Out, Learn("--format", "json").Out));
        var expectedYaml = File.ReadAllText(calibrated);
        var actual = CultureInvarianceTests.WithCulture(System.Globalization.CultureInfo.GetCultureInfo(culture), () => (Calibrate(calibrated, "--format", "json").Out, Learn("--format", "json").Out));
        Assert.Equal(expected, actual);
        Assert.Equal(expectedYaml, File.ReadAllText(calibrated));
        using var json = JsonDocument.Parse(actual.Item2);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public void ParquetGoesToAFile()
    {
        var noFile = Calibrate(Path.Combine(_temp.Path, "c.yaml"), "--format", "parquet");
        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains("--report FILE", noFile.Error, StringComparison.Ordinal);
        var report = Path.Combine(_temp.Path, "r.parquet");
        Assert.Equal(0, Calibrate(Path.Combine(_temp.Path, "c.yaml"), "--format", "parquet", "--report", report, "-q").ExitCode);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(report)[..4]);
        var terms = Path.Combine(_temp.Path, "t.parquet");
        Assert.Equal(0, Learn("--format", "parquet", "-o", terms, "-q").ExitCode);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(terms)[..4]);
    }

    /// <summary>
    /// With no n-gram inside --min-df and --max-df the classifier has no feature and its AUC of 0.5 is no evidence: a
    /// warning says so, even with -q; with features, no such warning.
    /// </summary>
    [Fact]
    public void NoFeatureIsAWarningEvenWhenQuiet()
    {
        var none = Learn("--min-df", "1", "--max-df", "0.001", "--summary", "--format", "csv", "-q");
        Assert.Equal(0, none.ExitCode);
        Assert.Equal("framing: warning: no n-gram is in at least 1 document (--min-df) and at most 0.001 of them (--max-df): the classifier has no feature, and its AUC of 0.5 says nothing; lower --min-df or raise --max-df", Assert.Single(none.ErrorLines));
        var some = Learn("--summary", "--format", "csv", "-q");
        Assert.Equal(0, some.ExitCode);
        Assert.Empty(some.ErrorLines);
    }

    /// <summary>
    /// <c>--scale composite</c> with a lexicon that has no composite would fit every dimension on its own scale while the
    /// calibrated file's note said "one scale per composite": a usage error instead.
    /// </summary>
    [Fact]
    public void ScaleCompositeWithoutACompositeIsAUsageError()
    {
        var output = Path.Combine(_temp.Path, "composite.yaml");
        var result = Calibrate(output, "--scale", "composite");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: --scale composite: lexicon 'planted-signal' has no composite, so every dimension would be fitted on its own scale: use --scale dimension", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(output));
    }

    /// <summary>The summary line and the calibrated file's note count entries in the singular when there is one.</summary>
    [Fact]
    public void OneEntryReweightedIsSingular()
    {
        // Without the planted entry of side B, one entry (the planted entry of side A) is kept.
        var lexicon = _temp.Write("one-kept.yaml", string.Join('\n', PlantedSignal.Lexicon.Split('\n').Where(l => !l.Contains("guardians", StringComparison.Ordinal))));
        var output = Path.Combine(_temp.Path, "one.yaml");
        var result = CliRunner.Run(["calibrate", _corpus, "-l", lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "-o", output, "--bootstrap", "200", "--per-entry", "--format", "csv"]);
        Assert.Equal(0, result.ExitCode);
        var kept = result.OutLines.Count(l => l.Split(',')[7] == "kept");
        Assert.Equal(1, kept);
        Assert.Contains(": 1 entry reweighted, ", result.Error, StringComparison.Ordinal);
        Assert.Contains("(1 entry reweighted, ", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.DoesNotContain("1 entries", result.Error + File.ReadAllText(output), StringComparison.Ordinal);
    }

    /// <summary>
    /// A JSON lexicon (it loads: JSON is YAML) gave exit 0 and a calibrated file that did not load (the JSON unchanged and
    /// a validation block after its closing brace); a quoted <c>"entries":</c> exit 0 and a file with the original
    /// entries. Now the first is refused before the corpus is read (exit 2, one line naming the lexicon and what to do,
    /// no file), and the second is calibrated.
    /// </summary>
    [Fact]
    public void ALexiconLayoutTheWriterCannotRewriteIsRefusedAndAQuotedKeyIsCalibrated()
    {
        var json = _temp.Write("planted.json.yaml", "{\"id\": \"planted-signal\", \"version\": \"1.0.0\", \"title\": \"T\", \"description\": \"D\", \"license\": \"CC0-1.0\", \"authors\": [\"A\"], \"languages\": [\"en\"],\n"
            + " \"dimensions\": [{\"id\": \"stance\", \"description\": \"S\", \"poles\": {\"a\": {\"id\": \"praise\", \"label\": \"P\", \"description\": \"P\"}, \"b\": {\"id\": \"blame\", \"label\": \"B\", \"description\": \"B\"}}}],\n"
            + " \"entries\": [{\"lang\": \"en\", \"pattern\": \"stalwarts\", \"dimension\": \"stance\", \"pole\": \"praise\", \"note\": \"n\"}, {\"lang\": \"en\", \"pattern\": \"guardians\", \"dimension\": \"stance\", \"pole\": \"blame\", \"note\": \"n\"}]}\n");
        Assert.Equal(0, CliRunner.Run("lexicons", "validate", json).ExitCode);
        var output = Path.Combine(_temp.Path, "from-json.yaml");
        var refused = CliRunner.Run(["calibrate", _corpus, "-l", json, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "-o", output, "--bootstrap", "0"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
            $"framing: error: {json}: the calibrated lexicon cannot be written from its text: its top level is a flow mapping ('{{ … }}', as JSON writes it); write the lexicon as block YAML, each top-level key at the start of its line ('id: …', 'entries:'), and calibrate that file",
            Assert.Single(refused.ErrorLines));
        Assert.False(File.Exists(output));

        var quoted = _temp.Write("quoted.yaml", PlantedSignal.Lexicon.Replace("entries:\n", "\"entries\":\n", StringComparison.Ordinal).Replace("id: planted-signal\n", "\"id\" : planted-signal\n", StringComparison.Ordinal));
        var calibrated = Path.Combine(_temp.Path, "quoted-calibrated.yaml");
        var result = CliRunner.Run(["calibrate", _corpus, "-l", quoted, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "-o", calibrated, "--bootstrap", "0", "-q"]);
        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(calibrated);
        Assert.Contains("\nid: planted-signal-calibrated\n", text, StringComparison.Ordinal);
        Assert.Contains("pattern: \"weather\", dimension: stance, pole: neutral,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pole: praise, weight: 0.2,", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A dimension that its composite takes with sign -1 ("guardians", side B's word, on its pole a): the default
    /// <c>--scale dimension</c> moved every fitted entry of it to neutral as contradicting its pole. Now it is fitted as
    /// the composite orients it; composites that disagree are a warning, shown even with -q.
    /// </summary>
    [Fact]
    public void CalibrateOrientsADimensionAsItsCompositeDoes()
    {
        string Lexicon(string components) => PlantedSignal.Lexicon
            .Replace("entries:\n", "  - id: tone\n    description: Blame.\n    poles:\n      a: { id: harsh, label: Harsh, description: Harsh. }\n      b: { id: soft, label: Soft, description: Soft. }\ncomposites:\n" + components + "entries:\n", StringComparison.Ordinal)
            .Replace("pattern: guardians, dimension: stance, pole: blame", "pattern: guardians, dimension: tone, pole: harsh", StringComparison.Ordinal);
        const string Overall = "  - id: overall\n    description: Both.\n    components:\n      - { dimension: stance, sign: 1 }\n      - { dimension: tone, sign: -1 }\n";
        var reversed = _temp.Write("reversed.yaml", Lexicon(Overall));
        var disagreeing = _temp.Write("disagreeing.yaml", Lexicon(Overall + "  - id: other\n    description: Other.\n    components:\n      - { dimension: tone, sign: 1 }\n"));
        CliRunner.Result Run(string lexicon) => CliRunner.Run(["calibrate", _corpus, "-l", lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "-o", Path.Combine(_temp.Path, "o.yaml"), "--bootstrap", "0", "--per-entry", "--format", "csv", "-q"]);

        var oriented = Run(reversed);
        Assert.Equal(0, oriented.ExitCode);
        Assert.Contains(oriented.OutLines, l => l.StartsWith("en,guardians,tone,harsh,0.5,harsh,1,kept,", StringComparison.Ordinal));
        Assert.Empty(oriented.ErrorLines);

        var ambiguous = Run(disagreeing);
        Assert.Equal(0, ambiguous.ExitCode);
        Assert.Contains(ambiguous.OutLines, l => l.StartsWith("en,guardians,tone,harsh,0.5,neutral,,contradicts,", StringComparison.Ordinal));
        Assert.Equal(
            "framing: warning: dimension 'tone' enters composite 'overall' with sign -1 and composite 'other' with sign 1, so which camp its poles belong to is ambiguous: it is fitted with pole a 'harsh' as side A's framing, as the sides name it; check its entries' verdicts, and the composites' signs",
            Assert.Single(ambiguous.ErrorLines));
    }

    /// <summary>The calibrated file's validation section did not record --voice, --by nor the known leanings: weights
    /// fitted on quoted speech did not say so.</summary>
    [Fact]
    public void TheCalibratedFileSaysTheVoiceTheGroupFieldAndTheKnownLeanings()
    {
        var output = Path.Combine(_temp.Path, "quoted.yaml");
        var result = Calibrate(output, "--voice", "quoted", "--by", "outlet", "-q");
        Assert.Equal(0, result.ExitCode);
        var figures = Framing.Lexicons.Lexicon.Load(output).Metadata.Validation.Figures;
        Assert.Equal($"fitted on: voice quoted; outlets by field 'outlet'; known leanings {_known}", figures[1]);

        var byField = Path.Combine(_temp.Path, "field.yaml");
        var leanings = new StringBuilder();
        foreach (var line in File.ReadAllLines(_corpus))
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(line)!;
            fields["camp"] = fields["outlet"][0] switch { 'a' => "camp-a", 'b' => "camp-b", _ => "wire" };
            leanings.Append(JsonSerializer.Serialize(fields)).Append('\n');
        }

        var corpus = _temp.Write("with-camp.jsonl", leanings.ToString());
        Assert.Equal(0, CliRunner.Run(["calibrate", corpus, "-l", _lexicon, "--known-field", "camp", "--side-a", "camp-a", "--side-b", "camp-b", "-o", byField, "--bootstrap", "0", "-q"]).ExitCode);
        Assert.Equal("fitted on: voice all; outlets by field 'outlet'; known leanings field 'camp'", Framing.Lexicons.Lexicon.Load(byField).Metadata.Validation.Figures[1]);
    }

    [Theory]
    [InlineData("calibrate")]
    [InlineData("learn")]
    public void BadInputIsOneLineAndExitTwo(string command)
    {
        var output = new[] { "-o", Path.Combine(_temp.Path, "x.yaml") };
        var extra = command == "calibrate" ? output : [];
        var noSideB = CliRunner.Run([command, _corpus, "-l", _lexicon, "--known", _known, "--side-a", "camp-a", .. extra]);
        Assert.Equal(2, noSideB.ExitCode);
        Assert.Contains("needs --side-b", noSideB.Error, StringComparison.Ordinal);
        var typo = CliRunner.Run([command, _corpus, "-l", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-x", .. extra]);
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("no row has leaning 'camp-x'", typo.Error, StringComparison.Ordinal);
        var empty = _temp.Write("empty.jsonl", string.Empty);
        var none = CliRunner.Run([command, empty, "-l", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", .. extra]);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no documents in", none.Error, StringComparison.Ordinal);
        var bad = _temp.Write("bad.jsonl", File.ReadAllText(_corpus) + "{not json\n");
        var rejected = CliRunner.Run([command, bad, "-l", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", .. extra]);
        Assert.Equal(2, rejected.ExitCode);
        Assert.Contains("bad.jsonl:", rejected.Error, StringComparison.Ordinal);
        Assert.Single(rejected.ErrorLines);
        var skipped = CliRunner.Run([command, bad, "-l", _lexicon, "--known", _known, "--side-a", "camp-a", "--side-b", "camp-b", "--skip-invalid", "--bootstrap", "0", .. extra]);
        Assert.Equal(0, skipped.ExitCode);
        Assert.Contains("rejected 1", skipped.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJsonOutputsNameTheOutletsOfEachFoldAndLearnsPerFoldAuc()
    {
        // The folds were never written: a reader could not check that no outlet is in training and test, and learn
        // computed each fold's AUC and dropped it. Three folds of the six outlets: each holds one of each side.
        using var learn = JsonDocument.Parse(Learn("--format", "json", "--summary", "--folds", "3", "-q").Out);
        var perFold = learn.RootElement.GetProperty("per_fold").EnumerateArray().ToList();
        Assert.Equal(3, perFold.Count);
        Assert.Equal([1, 2, 3], perFold.Select(f => f.GetProperty("fold").GetInt32()));
        var outletsA = perFold.SelectMany(f => f.GetProperty("outlets_a").EnumerateArray().Select(o => o.GetString()!)).Order(StringComparer.Ordinal);
        var outletsB = perFold.SelectMany(f => f.GetProperty("outlets_b").EnumerateArray().Select(o => o.GetString()!)).Order(StringComparer.Ordinal);
        Assert.Equal(["a1", "a2", "a3"], outletsA);
        Assert.Equal(["b1", "b2", "b3"], outletsB);
        Assert.All(perFold, f => Assert.Equal((1, 1), (f.GetProperty("outlets_a").GetArrayLength(), f.GetProperty("outlets_b").GetArrayLength())));
        Assert.All(perFold, f => Assert.InRange(f.GetProperty("auc").GetDouble(), 0, 1));

        // Leave one outlet out: a fold of one side has no AUC (null).
        using var loo = JsonDocument.Parse(Learn("--format", "json", "-q").Out);
        var single = loo.RootElement.GetProperty("per_fold").EnumerateArray().ToList();
        Assert.Equal(6, single.Count);
        Assert.All(single, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("auc").ValueKind));

        // calibrate: the same folds for the same seed, without AUCs (its per-fold AUCs are per axis, in the lexicon's figures).
        using var calibrate = JsonDocument.Parse(Calibrate(Path.Combine(_temp.Path, "folds.yaml"), "--format", "json", "--folds", "3", "-q").Out);
        var calibrateFolds = calibrate.RootElement.GetProperty("per_fold").EnumerateArray().ToList();
        Assert.Equal(perFold.Select(f => (f.GetProperty("outlets_a").ToString(), f.GetProperty("outlets_b").ToString())), calibrateFolds.Select(f => (f.GetProperty("outlets_a").ToString(), f.GetProperty("outlets_b").ToString())));
        Assert.False(calibrateFolds[0].TryGetProperty("auc", out _));
    }
}
