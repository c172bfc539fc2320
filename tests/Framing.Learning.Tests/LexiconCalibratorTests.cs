using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Learning.Tests;

public sealed class LexiconCalibratorTests
{
    private static CalibrationReport Calibrate(int parallel = 1, int folds = 0) =>
        new LexiconCalibrator(
            PlantedSignal.Parse().Compile(),
            PlantedSignal.Leanings(),
            PlantedSignal.Sides(),
            new CalibrationOptions { Learning = new LearningOptions { MaxDegreeOfParallelism = parallel, Folds = folds, Replicates = 200 } })
        .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

    private static CalibratedEntry Entry(CalibrationReport report, string pattern) => report.Entries.Single(e => e.Entry.Pattern == pattern);

    [Fact]
    public void ThePlantedEntryGetsALargeWeightAndTheNoiseAboutZero()
    {
        var report = Calibrate();
        var planted = Entry(report, "stalwarts");
        Assert.Equal(CalibrationVerdict.Kept, planted.Verdict);
        Assert.True(planted.CalibratedWeightMilli >= 500, $"planted weight {planted.CalibratedWeightMilli}");
        Assert.True(planted.Coefficient > 0);
        var noise = Entry(report, "weather");
        Assert.Equal(CalibrationVerdict.Zero, noise.Verdict);
        Assert.True(Math.Abs(noise.Coefficient) < 0.05 * planted.Coefficient, $"noise coefficient {noise.Coefficient}");
        var b = Entry(report, "guardians");
        Assert.Equal(CalibrationVerdict.Kept, b.Verdict);
        Assert.True(b.Coefficient < 0);
        Assert.Equal(CalibrationVerdict.Unused, Entry(report, "phantoms").Verdict);
    }

    [Fact]
    public void CalibrationRaisesTheCrossValidatedAucOverNoisyWeights()
    {
        var report = Calibrate();
        var stance = report.Axes.Single(a => a.Id == "stance");
        Assert.True(stance.Calibrated.Auc > stance.Original.Auc, $"{stance.Calibrated.Auc} vs {stance.Original.Auc}");
        Assert.True(stance.Calibrated.Auc > 0.85);
        Assert.NotNull(stance.Calibrated.Low);
        Assert.True(stance.Calibrated.Low <= stance.Calibrated.Auc && stance.Calibrated.Auc <= stance.Calibrated.High);
        Assert.True(report.Folds.IsLeaveOneOutletOut);
        Assert.Equal(6, report.Folds.Count);
        Assert.Equal(24, report.Documents.OtherLeaning);
        Assert.Empty(report.Documents.KnownGroupsNotInCorpus);
    }

    [Fact]
    public void AContradictingEntryDoesNotSetTheScaleOfTheKeptWeights()
    {
        // "stalwarts" listed on the blame pole, though side A uses it: the largest coefficient, pointing the other way.
        // Before, the scale was the largest coefficient of either sign, so the strongest sound entry ("guardians")
        // weighed less than 1 (and a weaker sound entry could fall under --min-weight); now it weighs 1.
        var yaml = PlantedSignal.Lexicon.Replace("pattern: stalwarts, dimension: stance, pole: praise", "pattern: stalwarts, dimension: stance, pole: blame", StringComparison.Ordinal);
        Assert.NotEqual(PlantedSignal.Lexicon, yaml);
        var report = new LexiconCalibrator(
                Lexicon.Parse(yaml, "planted.yaml").Compile(),
                PlantedSignal.Leanings(),
                PlantedSignal.Sides(),
                new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        var stalwarts = Entry(report, "stalwarts");
        var guardians = Entry(report, "guardians");
        Assert.Equal(CalibrationVerdict.Contradicts, stalwarts.Verdict);
        Assert.True(Math.Abs(stalwarts.Coefficient) > Math.Abs(guardians.Coefficient), $"{stalwarts.Coefficient} vs {guardians.Coefficient}: the case needs the contradicting entry to be the larger");
        Assert.Equal((CalibrationVerdict.Kept, 1000), (guardians.Verdict, guardians.CalibratedWeightMilli));
    }

    [Fact]
    public void ACoefficientOfZeroIsZeroWithAMinimumWeightOfZero()
    {
        // With --min-weight 0 an entry whose coefficient is exactly 0 was "contradicts" (relative <= -0 holds for 0), and
        // its note said its coefficient pointed to the other camp ("coefficient 0").
        var report = new LexiconCalibrator(
                PlantedSignal.Parse().Compile(),
                PlantedSignal.Leanings(),
                PlantedSignal.Sides(),
                new CalibrationOptions { MinimumWeight = 0, Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        var weather = Entry(report, "weather");
        Assert.Equal(0, weather.Coefficient);
        Assert.Equal(CalibrationVerdict.Zero, weather.Verdict);
        var note = Lexicon.Parse(CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon), "c.yaml").Entries.Single(e => e.Pattern == "weather").Note;
        Assert.Contains("its fitted weight is about 0", note, StringComparison.Ordinal);
        Assert.DoesNotContain("other camp", note, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWriterRefusesTheTextOfAnotherLexicon()
    {
        // Before: any text was taken as "the original": another lexicon's gave a file with its dimensions around the
        // report's entries (it parsed), and an empty text a file that did not parse; the class's own example did that.
        var report = Calibrate();
        var starter = BuiltInLexicons.TryReadText("starter")!;
        var other = Assert.Throws<ArgumentException>(() => CalibratedLexiconWriter.Write(report, starter));
        Assert.Equal("originalYaml", other.ParamName);
        var starterVersion = Lexicon.Parse(starter, "starter.yaml").Metadata.Version;
        Assert.StartsWith($"originalYaml is not the text of the calibrated lexicon 'planted-signal' 1.0.0 but of 'starter' {starterVersion}", other.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => CalibratedLexiconWriter.Write(report, string.Empty));
        Assert.StartsWith("originalYaml is not the text of the calibrated lexicon 'planted-signal' 1.0.0: it is not a valid lexicon", empty.Message, StringComparison.Ordinal);
        var revised = PlantedSignal.Lexicon.Replace("stalwarts", "stalwart", StringComparison.Ordinal);
        Assert.NotEqual(PlantedSignal.Lexicon, revised);
        Assert.Contains("another revision", Assert.Throws<ArgumentException>(() => CalibratedLexiconWriter.Write(report, revised)).Message, StringComparison.Ordinal);
        Lexicon.Parse(CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon), "calibrated.yaml"); // the right text is written as before
    }

    [Fact]
    public void KnownGroupsWithoutDocumentsAreListed()
    {
        var known = KnownLeanings.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PlantedSignal.Known + "typo-outlet,camp-a\n")), "known.csv");
        var report = new LexiconCalibrator(PlantedSignal.Parse().Compile(), known, PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 50 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        Assert.Equal(["typo-outlet"], report.Documents.KnownGroupsNotInCorpus);
    }

    [Fact]
    public void TheReportIsTheSameForAnyParallelism()
    {
        var one = Calibrate(1);
        var two = Calibrate(2);
        Assert.Equal(one.Entries.Select(e => (e.CalibratedWeightMilli, e.Coefficient)), two.Entries.Select(e => (e.CalibratedWeightMilli, e.Coefficient)));
        Assert.Equal(one.Axes.Select(a => (a.Original, a.Calibrated)), two.Axes.Select(a => (a.Original, a.Calibrated)));
        var yaml = CalibratedLexiconWriter.Write(one, PlantedSignal.Lexicon, "planted.jsonl");
        Assert.Equal(yaml, CalibratedLexiconWriter.Write(two, PlantedSignal.Lexicon, "planted.jsonl"));
    }

    [Fact]
    public void TheFitsDoNotDependOnTheOrderOfTheDocuments()
    {
        // Before, the models were fitted on the documents in corpus order, and the optimiser's sums followed it: the same
        // corpus sorted otherwise gave other coefficients (a calibrated weight off by 0.002, learned coefficients from
        // the sixth digit). Now the documents are fitted in the order of their ids' keys.
        var documents = PlantedSignal.Documents();
        var reversed = documents.Reverse().ToList();
        var options = new LearningOptions { Replicates = 50 };
        CalibrationReport Calibrated(IReadOnlyList<Document> d) =>
            new LexiconCalibrator(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = options })
                .Calibrate(d, x => x.GetField("outlet")!);
        ClassifierReport Learned(IReadOnlyList<Document> d) =>
            new SideClassifier(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new ClassifierOptions { Learning = options, MinimumDocuments = 2, ContextLines = 2 })
                .Learn(d, x => x.GetField("outlet")!);

        var (calibrated, calibratedReversed) = (Calibrated(documents), Calibrated(reversed));
        var (learned, learnedReversed) = (Learned(documents), Learned(reversed));

        Assert.Equal(calibrated.Entries.Select(e => e.Coefficient), calibratedReversed.Entries.Select(e => e.Coefficient));
        Assert.Equal(calibrated.Entries.Select(e => e.CalibratedWeightMilli), calibratedReversed.Entries.Select(e => e.CalibratedWeightMilli));
        Assert.Equal(learned.Terms.Select(t => (t.Term, t.Coefficient)), learnedReversed.Terms.Select(t => (t.Term, t.Coefficient)));
        Assert.Equal(learned.Classifier, learnedReversed.Classifier);

        // The context lines of the terms (also those of learn --suggest) came from the first documents of the corpus's
        // order; now from the documents of lowest rank in the fit's order.
        Assert.Contains(learned.Terms, t => t.Context.Count > 0);
        Assert.Equal(learned.Terms.Select(t => string.Join('|', t.Context)), learnedReversed.Terms.Select(t => string.Join('|', t.Context)));

        // Ids given twice (here one id for every document): their keys tie, and the corpus order decided the fit (a
        // coefficient 0.107509 against 0.10751); now the documents' identities (group, id, text) break the tie.
        var sameId = documents.Select(d => new Document("x", d.Fields, d.Text, d.Source)).ToList();
        var sameIdReversed = sameId.AsEnumerable().Reverse().ToList();
        Assert.Equal(Calibrated(sameId).Entries.Select(e => e.Coefficient), Calibrated(sameIdReversed).Entries.Select(e => e.Coefficient));

        // Long texts of one length with one head and tail that differ only in the middle: a hash of the length, head and
        // tail alone (DocumentSample's identity) tied them; the whole text breaks the tie.
        const string Edge = "Filed from the desk of the evening edition, with the usual caveats. ";
        Assert.All(documents, d => Assert.True(d.Text.Length <= 700));
        var sameEdges = documents.Select(d => new Document("x", d.Fields, Edge + d.Text.PadRight(700) + Edge, d.Source)).ToList();
        var sameEdgesReversed = sameEdges.AsEnumerable().Reverse().ToList();
        Assert.Equal(Calibrated(sameEdges).Entries.Select(e => e.Coefficient), Calibrated(sameEdgesReversed).Entries.Select(e => e.Coefficient));
    }

    [Fact]
    public void ASideOfOneOutletIsRefused()
    {
        // Before, a side of one outlet was accepted, and the folds that held it out were fitted on the other side's
        // documents alone. Now both verbs refuse it, saying how many outlets each side has.
        var documents = PlantedSignal.Documents().Where(d => d.GetField("outlet") is not ("b2" or "b3")).ToList();
        var calibrator = new LexiconCalibrator(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } });
        var classifier = new SideClassifier(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new ClassifierOptions { Learning = new LearningOptions { Replicates = 0 } });

        var calibration = Assert.Throws<LearningInputException>(() => calibrator.Calibrate(documents, d => d.GetField("outlet")!));
        var learning = Assert.Throws<LearningInputException>(() => classifier.Learn(documents, d => d.GetField("outlet")!));

        Assert.Equal("calibration needs at least two outlets on each side to cross-validate by outlet (side A 3, side B 1)", calibration.Message);
        Assert.Equal("learning needs at least two outlets on each side to cross-validate by outlet (side A 3, side B 1)", learning.Message);
        Assert.Equal(["b1"], calibration.Documents.OutletsB);
    }

    [Fact]
    public void TheCalibratedFileIsALexiconWithTheFittedWeights()
    {
        var report = Calibrate(folds: 3);
        Assert.False(report.Folds.IsLeaveOneOutletOut);
        var yaml = CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon, "planted.jsonl");
        var calibrated = Lexicon.Parse(yaml, "calibrated.yaml");
        Assert.Equal("planted-signal-calibrated", calibrated.Id);
        Assert.Equal(report.Lexicon.Entries.Count, calibrated.Entries.Count);
        var stalwarts = calibrated.Entries.Single(e => e.Pattern == "stalwarts");
        Assert.Equal(PoleSide.A, stalwarts.Side);
        Assert.Equal(Entry(report, "stalwarts").CalibratedWeightMilli, stalwarts.WeightMilli);
        var weather = calibrated.Entries.Single(e => e.Pattern == "weather");
        Assert.Equal(PoleSide.Neutral, weather.Side);
        Assert.Contains("moved it from pole praise to neutral", weather.Note, StringComparison.Ordinal);
        Assert.Equal(["weather report"], weather.Exclusions);
        Assert.NotNull(calibrated.FindDimension("stance")!.Neutral);
        Assert.Equal(LexiconValidationStatus.NotValidated, calibrated.Metadata.Validation.Status);
        Assert.Contains(calibrated.Metadata.Validation.Figures, f => f.StartsWith("stance: grouped-CV document AUC", StringComparison.Ordinal));

        // It scores: the calibrated lexicon's document shares separate the sides.
        var scorer = calibrated.Compile().CreateScorer();
        var doc = PlantedSignal.Documents().First(d => d.Text.Contains("stalwarts", StringComparison.Ordinal));
        Assert.True(scorer.Score(doc.Id, doc.Text, "en").Counts.WeightMilli(0, PoleSide.A, Framing.Scoring.VoiceSelection.All) > 0);
    }
}

public sealed class CalibratedLexiconWriterTests
{
    [Fact]
    public void TheFindingIsANewSentenceAfterTheEntrysOwnNote()
    {
        // Before, the finding was appended after one space whatever the note's end: a note without a final full stop
        // ("planted noise", as every note 'framing lexicons import' writes) ran on into it ("planted noise Calibration
        // moved it …"). A note that ends a sentence is followed by one space, as before.
        var yaml = PlantedSignal.Lexicon.Replace("note: \"planted on side B\"", "note: \"planted on side B.\"", StringComparison.Ordinal);
        var report = new LexiconCalibrator(Lexicon.Parse(yaml, "p.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

        var written = Lexicon.Parse(CalibratedLexiconWriter.Write(report, yaml), "c.yaml");

        Assert.StartsWith("planted noise. Calibration moved it from pole praise to neutral", written.Entries.Single(e => e.Pattern == "weather").Note, StringComparison.Ordinal);
        Assert.StartsWith("used by nobody. Calibration: no document", written.Entries.Single(e => e.Pattern == "phantoms").Note, StringComparison.Ordinal);
        Assert.StartsWith("planted on side B. Calibrated: weight", written.Entries.Single(e => e.Pattern == "guardians").Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Framing.Scoring.VoiceSelection.Quoted, "outlet", "fitted on: voice quoted; outlets by field 'outlet'; known leanings known.csv")]
    [InlineData(Framing.Scoring.VoiceSelection.All, "source", "fitted on: voice all; outlets by field 'source'; known leanings known.csv")]
    [InlineData(Framing.Scoring.VoiceSelection.Editorial, null, "fitted on: voice editorial; known leanings known.csv")]
    public void TheValidationSectionSaysWhatTheWeightsWereFittedOn(Framing.Scoring.VoiceSelection voices, string? groupField, string figure)
    {
        // The section recorded neither --voice nor the grouping field nor the known leanings: weights fitted on quoted
        // speech did not say so.
        var report = new LexiconCalibrator(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0, Voices = voices } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        Assert.Equal("known.csv", report.LeaningsSource);

        var written = Lexicon.Parse(CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon, "planted.jsonl", groupField), "c.yaml");

        Assert.Equal(figure, written.Metadata.Validation.Figures[1]);
        var field = new LexiconCalibrator(PlantedSignal.Parse().Compile(), KnownLeanings.FromField("leaning"), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } });
        Assert.Equal("field 'leaning'", field.Calibrate(PlantedSignal.Documents().Where(d => d.GetField("outlet") != "w1").Select(d => new Framing.Corpus.Document(d.Id, new Dictionary<string, string>(d.Fields) { ["leaning"] = d.GetField("outlet")![0] == 'a' ? "camp-a" : "camp-b" }, d.Text, d.Source)), d => d.GetField("outlet")!).LeaningsSource);
    }

    [Fact]
    public void AFoldedTitleAnOldValidationSectionAndAFlowDimensionAreHandled()
    {
        // The planted lexicon rewritten: a title folded over two lines, a validation section, and the dimension as a
        // flow mapping (where the neutral category goes after the id's value).
        var yaml = PlantedSignal.Lexicon
            .Replace("title: Planted signal\n", "title: >\n  Planted\n  signal\n", StringComparison.Ordinal)
            .Replace("entries:\n", "validation:\n  status: not-validated\n  note: old\nentries:\n", StringComparison.Ordinal);
        var report = new LexiconCalibrator(Lexicon.Parse(yaml, "p.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        var written = Lexicon.Parse(CalibratedLexiconWriter.Write(report, yaml), "c.yaml");
        Assert.Equal("Planted signal (calibrated)", written.Metadata.Title);
        Assert.Equal(LexiconValidationStatus.NotValidated, written.Metadata.Validation.Status);
        Assert.NotEqual("old", written.Metadata.Validation.Note);

        var flow = yaml.Replace(
            "  - id: stance\n    description: How the defenders are named.\n    poles:\n      a: { id: praise, label: Praise, description: Praise. }\n      b: { id: blame, label: Blame, description: Blame. }\n",
            "  - { id: stance, description: How the defenders are named., poles: { a: { id: praise, label: Praise, description: Praise. }, b: { id: blame, label: Blame, description: Blame. } } }\n",
            StringComparison.Ordinal);
        Assert.NotEqual(yaml, flow);
        var fromFlow = Lexicon.Parse(CalibratedLexiconWriter.Write(report, flow), "c.yaml");
        Assert.Equal(PoleSide.Neutral, fromFlow.Entries.Single(e => e.Pattern == "weather").Side);
        Assert.NotNull(fromFlow.FindDimension("stance")!.Neutral);
    }

    public static TheoryData<string, string> Layouts() => new()
    {
        // Each once left "weather", which calibration moves to neutral, on its pole at weight 0.001 ("the dimension has no
        // neutral category in this file"), because the dimension was looked for as a line "- id: stance" and nothing else.
        { "a comment on the id's line", "  - id: stance   # the only dimension\n" },
        { "a quoted id", "  - id: 'stance'\n" },
        { "a double-quoted id and a comment", "  - id: \"stance\" # quoted\n" },
        { "the id not the first key", "  - description: How the defenders are named.\n    id: stance\n" },
        { "a wider indentation", "  -   id: stance\n" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ADimensionGetsItsNeutralCategoryWhateverItsLayout(string layout, string idLines)
    {
        var original = "  - id: stance\n    description: How the defenders are named.\n";
        var yaml = PlantedSignal.Lexicon.Replace(original, idLines.Contains("description", StringComparison.Ordinal) ? idLines : idLines + "    description: How the defenders are named.\n", StringComparison.Ordinal);
        if (idLines.StartsWith("  -   ", StringComparison.Ordinal))
        {
            yaml = yaml.Replace("    description: How the defenders are named.\n    poles:\n      a:", "      description: How the defenders are named.\n      poles:\n        a:", StringComparison.Ordinal)
                .Replace("\n      b: { id: blame", "\n        b: { id: blame", StringComparison.Ordinal);
        }

        Assert.NotEqual(PlantedSignal.Lexicon, yaml);
        AssertMovedToNeutral(yaml, layout);
    }

    [Fact]
    public void ADimensionGetsItsNeutralCategoryWhenTheEntriesComeFirst()
    {
        // With the entries before the dimensions, the category was added but the entries had been written already, at
        // weight 0.001 on their pole, with a note saying the file had no neutral category.
        var dimensions = PlantedSignal.Lexicon[PlantedSignal.Lexicon.IndexOf("dimensions:", StringComparison.Ordinal)..PlantedSignal.Lexicon.IndexOf("entries:", StringComparison.Ordinal)];
        var yaml = PlantedSignal.Lexicon.Replace(dimensions, string.Empty, StringComparison.Ordinal) + "\n" + dimensions;

        AssertMovedToNeutral(yaml, "entries first");
        AssertMovedToNeutral(yaml.Replace("\n", "\r\n", StringComparison.Ordinal), "entries first, CRLF");
    }

    private static void AssertMovedToNeutral(string yaml, string layout)
    {
        var report = new LexiconCalibrator(Lexicon.Parse(yaml, "p.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        Assert.True(report.Entries.Single(e => e.Entry.Pattern == "weather").MovedToNeutral, layout);

        var written = Lexicon.Parse(CalibratedLexiconWriter.Write(report, yaml), "c.yaml");

        var weather = written.Entries.Single(e => e.Pattern == "weather");
        Assert.True(weather.Side == PoleSide.Neutral, layout);
        Assert.DoesNotContain("keeps its pole", weather.Note, StringComparison.Ordinal);
        Assert.NotNull(written.FindDimension("stance")!.Neutral);
        Assert.Equal(report.Lexicon.Entries.Count, written.Entries.Count);
    }
}

public sealed class CalibratedLexiconLineEndTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ALexiconWithAnyLineEndTheParserAcceptsGivesALoadableCalibratedFile(string lineEnd)
    {
        // A lexicon with classic Mac line ends (bare CR) loads, but was split at LF only: its whole text was one line,
        // so the calibrated file kept the old entries and validation after the new ones and did not load
        // ("Duplicate key validation"), while 'framing calibrate' exited 0.
        var yaml = PlantedSignal.Lexicon.Replace("\n", lineEnd, StringComparison.Ordinal);
        var report = new LexiconCalibrator(Lexicon.Parse(yaml, "p.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

        var written = CalibratedLexiconWriter.Write(report, yaml);

        var calibrated = Lexicon.Parse(written, "c.yaml");
        Assert.Equal("planted-signal-calibrated", calibrated.Id);
        Assert.Equal(report.Lexicon.Entries.Count, calibrated.Entries.Count);
        Assert.Equal(CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon), written);
    }
}

public sealed class CalibratedHeaderCommentTests
{
    [Theory]
    [InlineData("corp\nid: x.jsonl")]
    [InlineData("corp\u2028id: x.jsonl")]
    [InlineData("nul\u0000 and bom \uFEFF.jsonl")]
    public void ACorpusNameCannotEndTheHeaderCommentOfTheCalibratedLexiconOrTheCandidates(string corpusName)
    {
        // The corpus's file name went raw into the first comment line: a name holding a line break made the calibrated
        // lexicon unloadable ('framing calibrate' still exited 0), and the candidates of 'framing learn --suggest' too.
        var report = new LexiconCalibrator(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

        var calibrated = Lexicon.Parse(CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon, corpusName), "c.yaml");

        Assert.Equal("planted-signal-calibrated", calibrated.Id);
        Assert.Equal([corpusName], calibrated.Metadata.Validation.Corpora);
        var header = YamlText.Comment(corpusName);
        Assert.DoesNotContain('\n', header);
        Assert.DoesNotContain('\u2028', header);
        Assert.DoesNotContain('\u0000', header);
    }
}

public sealed class CalibrationScaleTests
{
    // The planted lexicon with "guardians" in a dimension of its own, and a composite of both dimensions.
    private static readonly string TwoDimensions = PlantedSignal.Lexicon
        .Replace(
            "entries:\n",
            "  - id: tone\n    description: Blame.\n    poles:\n      a: { id: soft, label: Soft, description: Soft. }\n      b: { id: harsh, label: Harsh, description: Harsh. }\ncomposites:\n  - id: overall\n    description: Both.\n    components:\n      - { dimension: stance, sign: 1 }\n      - { dimension: tone, sign: 1 }\nentries:\n",
            StringComparison.Ordinal)
        .Replace("pattern: guardians, dimension: stance, pole: blame", "pattern: guardians, dimension: tone, pole: harsh", StringComparison.Ordinal);

    private static CalibrationReport Calibrate(CalibrationScale scale) =>
        new LexiconCalibrator(
            Lexicon.Parse(TwoDimensions, "two.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(),
            new CalibrationOptions { Scale = scale, Learning = new LearningOptions { Replicates = 0 } })
        .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

    [Fact]
    public void ACompositeScaleGivesItsDimensionsOneScale()
    {
        var perDimension = Calibrate(CalibrationScale.Dimension).Entries;
        var perComposite = Calibrate(CalibrationScale.Composite).Entries;
        int Weight(IReadOnlyList<CalibratedEntry> entries, string pattern) => entries.Single(e => e.Entry.Pattern == pattern).CalibratedWeightMilli;

        // Each dimension's strongest entry weighs 1 on its own scale ...
        Assert.Equal(1000, Weight(perDimension, "stalwarts"));
        Assert.Equal(1000, Weight(perDimension, "guardians"));

        // ... and on the composite's one scale only the stronger of the two does.
        Assert.Equal(1000, Math.Max(Weight(perComposite, "stalwarts"), Weight(perComposite, "guardians")));
        Assert.InRange(Math.Min(Weight(perComposite, "stalwarts"), Weight(perComposite, "guardians")), 300, 999);
        Assert.Equal(CalibrationVerdict.Zero, perComposite.Single(e => e.Entry.Pattern == "weather").Verdict);
    }
}
