using Framing.Corpus;
using Framing.Lexicons;
using Framing.Statistics.Validation;

namespace Framing.Statistics.Tests;

/// <summary><see cref="LexiconValidator"/> on an invented corpus whose answers are known (<see cref="PlantedCorpus"/>).</summary>
public sealed class LexiconValidatorTests
{
    private static readonly SideSelection Sides = SideSelection.Parse("camp-a", "camp-b");

    private static ValidationReport Validate(ValidationOptions? options = null, SideSelection? sides = null) =>
        new LexiconValidator(PlantedCorpus.LoadLexicon().Compile(), KnownLeanings.FromGroups(PlantedCorpus.Leanings), sides ?? Sides, options)
            .Validate(PlantedCorpus.Documents(), d => d.GetField("outlet")!);

    private static EntryValidation Entry(ValidationReport report, string pattern) => report.Entries.Single(e => e.Entry.Pattern == pattern);

    [Fact]
    public void EveryDocumentIsAccountedFor()
    {
        var d = Validate().Documents;
        Assert.Equal(32, d.Scored);
        Assert.Equal(12, d.SideA);
        Assert.Equal(12, d.SideB);
        Assert.Equal(4, d.WithoutLeaning);
        Assert.Equal(["u1"], d.GroupsWithoutLeaning);
        Assert.Equal(4, d.OtherLeaning);
        Assert.Equal([new("camp-a", 12L), new("camp-b", 12L), new("wire", 4L)], d.ByLeaning);
    }

    [Fact]
    public void KnownGroupsWithoutDocumentsAreListedSorted()
    {
        // Two groups of the known leanings have no document ('zz-typo' and 'a0-typo'); the corpus's are not listed.
        var known = KnownLeanings.FromGroups([.. PlantedCorpus.Leanings, new("zz-typo", "camp-a"), new("a0-typo", "camp-b")]);
        var report = new LexiconValidator(PlantedCorpus.LoadLexicon().Compile(), known, Sides).Validate(PlantedCorpus.Documents(), d => d.GetField("outlet")!);
        Assert.Equal(["a0-typo", "zz-typo"], report.Documents.KnownGroupsNotInCorpus);
        Assert.Empty(Validate().Documents.KnownGroupsNotInCorpus);

        // Leanings read from a field name no groups beforehand.
        var fromField = new LexiconValidator(PlantedCorpus.LoadLexicon().Compile(), KnownLeanings.FromField("leaning"), Sides).Validate(PlantedCorpus.Documents(), d => d.GetField("outlet")!);
        Assert.Empty(fromField.Documents.KnownGroupsNotInCorpus);
    }

    [Fact]
    public void DocumentAucEqualsTheHandComputation()
    {
        var report = Validate();

        // labels: side A shares six 1s and six 0.5s; side B two 1/3s (b1), four 0.5s (b2, b3) and six 0s (Arabic).
        // Each 1 beats all 12 (72); each 0.5 beats 1/3 twice and 0 six times and ties 0.5 four times (10, six times: 60).
        var labels = report.Axis("labels");
        Assert.Equal(132.0 / 144, labels.Auc!.Value, 12);
        Assert.Equal((12L, 12L, 3, 3), (labels.DocumentsA, labels.DocumentsB, labels.OutletsA, labels.OutletsB));
        Assert.Equal(0, labels.NoMatchA);
        Assert.False(labels.IsComposite);

        // places: only the English documents have it; the Arabic half ranks at 0.5.
        var places = report.Axis("places");
        Assert.Equal(0.5, places.NoMatchA);
        Assert.Equal(0.5, places.NoMatchB);
        // Side A: six 1s, six 0.5s; side B: six 0s, six 0.5s -> (6*12 + 6*(6 + 3)) / 144.
        Assert.Equal(126.0 / 144, places.Auc!.Value, 12);

        // The composite pools both: every side-A document is above every side-B document.
        var alignment = report.Axis("alignment");
        Assert.True(alignment.IsComposite);
        Assert.Equal(1.0, alignment.Auc);
        Assert.Equal(["labels", "places", "alignment"], report.Axes.Select(a => a.Axis));
    }

    [Fact]
    public void OutletScoresOrderingAndSpearman()
    {
        var labels = Validate().Axis("labels");

        // a*: harsh 6, mild 2 -> 0.5; b1: harsh 2, mild 6 -> -0.5; b2, b3: harsh 2, mild 4 -> -1/3.
        Assert.True(labels.OutletsOrdered);
        Assert.Equal(0.5 - (-1.0 / 3), labels.Margin!.Value, 12);
        Assert.Equal("a1", labels.LowestOutletA);
        Assert.Equal("b2", labels.HighestOutletB);

        // R: cor(c(0.5, 0.5, 0.5, -0.5, -1/3, -1/3), c(1, 1, 1, 0, 0, 0), method = "spearman") -> 0.948683298050514
        Assert.Equal(0.948683298050514, labels.Spearman!.Value, 12);
    }

    [Fact]
    public void LeaveOneOutletOutEqualsTheHandComputation()
    {
        var report = Validate();
        var rows = report.Outlets.Where(o => o.Axis == "labels").ToDictionary(o => o.Outlet);
        Assert.Equal(["a1", "a2", "a3", "b1", "b2", "b3"], report.Outlets.Where(o => o.Axis == "labels").Select(o => o.Outlet));

        // a1: its two 1s beat all 12, its two 0.5s score 10 each: 44 / 48; without it, a2 and a3 are alike.
        Assert.Equal(44.0 / 48, rows["a1"].AucOutlet!.Value, 12);
        Assert.Equal(88.0 / 96, rows["a1"].AucWithout!.Value, 12);

        // b1 (1/3, 1/3, 0, 0): every side-A document is above all four: 1. Without it: 12 side-A documents against
        // b2 and b3 (four 0.5s, four 0s): the 1s beat 8 each (48), the 0.5s beat 4 and tie 4 (6 each, 36): 84 / 96.
        Assert.Equal(1.0, rows["b1"].AucOutlet);
        Assert.Equal(84.0 / 96, rows["b1"].AucWithout!.Value, 12);
        Assert.Equal(42.0 / 48, rows["b2"].AucOutlet!.Value, 12);
        Assert.Equal(132.0 / 144, rows["b2"].AucAll!.Value, 12);

        Assert.Equal(0.5, rows["a2"].Score!.Value, 12);
        Assert.Equal(-0.5, rows["b1"].Score!.Value, 12);
        Assert.Equal(1.0, rows["a3"].BeatsOtherSide);
        Assert.Equal(1.0, rows["b3"].BeatsOtherSide);
        Assert.Equal(KnownSide.B, rows["b3"].Side);
        Assert.Equal(["camp-b"], rows["b3"].Leanings);
        Assert.Equal(4, rows["b3"].Documents);
    }

    [Fact]
    public void PlantedEntriesGetTheirVerdicts()
    {
        var report = Validate(new ValidationOptions { Entries = true });
        Assert.Equal(EntryVerdict.Agrees, Entry(report, "brutes").Verdict);
        Assert.Equal(EntryVerdict.Agrees, Entry(report, "comrades").Verdict);
        Assert.Equal(EntryVerdict.Agrees, Entry(report, "freed").Verdict);
        Assert.Equal(EntryVerdict.Agrees, Entry(report, "seized").Verdict);
        Assert.Equal(EntryVerdict.Agrees, Entry(report, "أشرار").Verdict);
        Assert.Equal(EntryVerdict.Agrees, Entry(report, "رفاق").Verdict);

        var villains = Entry(report, "villains");
        Assert.Equal(EntryVerdict.Contradicts, villains.Verdict);
        Assert.True(villains.Interval.Upper < 0);
        Assert.Equal(EntryVerdict.Contradicts, Entry(report, "أبطال").Verdict);

        var heroes = Entry(report, "heroes");
        Assert.Equal((EntryVerdict.Unclear, "used by one outlet only"), (heroes.Verdict, heroes.Note));
        Assert.Equal((0L, 2L, 0, 1), (heroes.DocumentsA, heroes.DocumentsB, heroes.OutletsA, heroes.OutletsB));

        Assert.Equal(EntryVerdict.Unused, Entry(report, "ghosts").Verdict);
        Assert.Equal(0, Entry(report, "ghosts").LogOddsRatio);

        // Every replicate of an unused entry gives 0 again: no interval rather than [0, 0], which would read as certainty.
        Assert.False(Entry(report, "ghosts").Interval.HasInterval);
        Assert.Equal((IntervalAbsence.NoMatches, "no match on either side"), (Entry(report, "ghosts").Interval.Absence, Entry(report, "ghosts").Interval.Note));
        Assert.Equal(EntryVerdict.Neutral, Entry(report, "people").Verdict);
        Assert.Equal("neutral", Entry(report, "people").Pole);

        // The scare marker is a row of its own, after the entries.
        var scare = report.Entries[^1];
        Assert.True(scare.IsScareMarker);
        Assert.Equal(("scare marker + night-brigade", "harsh", EntryVerdict.Agrees), (scare.Entry.Pattern, scare.Pole, scare.Verdict));
        Assert.Equal(12, report.Entries.Count);
    }

    [Fact]
    public void EntryCountsLeaveOutDocumentsOfNeitherSide()
    {
        var report = Validate(new ValidationOptions { Entries = true });
        var brutes = Entry(report, "brutes");

        // The wire outlet and the outlet of unknown leaning use 'brutes' too; they are not counted.
        Assert.Equal((6L, 0L, 3, 0, 6L, 0L), (brutes.DocumentsA, brutes.DocumentsB, brutes.OutletsA, brutes.OutletsB, brutes.CountA, brutes.CountB));
        Assert.Equal(6L, Entry(report, "villains").CountB);
        Assert.Equal(0L, Entry(report, "villains").CountA);
        Assert.True(brutes.RateA > 0);
        Assert.Equal(0, brutes.RateB);
        Assert.True(brutes.LogOddsRatio > 0);
    }

    [Fact]
    public void LogOddsRatioHasANeutralPrior()
    {
        // ln((3 + 0.25) / (1000 - 3 + 0.25)) - ln((0 + 0.75) / (3000 + 0.75)): the prior of one match is shared 1:3.
        var expected = Math.Log(3.25 / 997.25) - Math.Log(0.75 / 3000.75);
        Assert.Equal(expected, EntryFigures.LogOddsRatio(3, 1000, 0, 3000), 12);

        // Equal sides: 0.5 on each, the usual continuity correction.
        Assert.Equal(Math.Log(5.5 / 995.5) - Math.Log(1.5 / 999.5), EntryFigures.LogOddsRatio(5, 1000, 1, 1000), 12);

        // Unused: exactly 0, whatever the sizes; equal rates on unequal sides: close to 0.
        Assert.Equal(0, EntryFigures.LogOddsRatio(0, 100, 0, 100000));
        Assert.Equal(0, EntryFigures.LogOddsRatio(10, 1000, 30, 3000), 3);
    }

    [Fact]
    public void LogOddsRatioOfASideWithoutTokensIsUndefined()
    {
        // Not 0 for an unused entry: a bootstrap replicate that drew no token of a side has no ratio to place.
        Assert.True(double.IsNaN(EntryFigures.LogOddsRatio(0, 0, 0, 500)));
        Assert.True(double.IsNaN(EntryFigures.LogOddsRatio(0, 0, 2, 500)));
        Assert.True(double.IsNaN(EntryFigures.LogOddsRatio(3, 400, 0, 0)));
    }

    [Fact]
    public void TheBootstrapIsDeterministicForItsSeedAndIndependentOfParallelism()
    {
        ValidationReport Run(ulong seed, int parallelism) =>
            new LexiconValidator(
                    PlantedCorpus.LoadLexicon().Compile(),
                    KnownLeanings.FromGroups(Enumerable.Range(0, 12).Select(o => new KeyValuePair<string, string>("o" + o, o < 6 ? "camp-a" : "camp-b"))),
                    Sides,
                    new ValidationOptions { Entries = true, Seed = seed, Replicates = 500, MaxDegreeOfParallelism = parallelism })
                .Validate(UnevenCorpus(), d => d.GetField("outlet")!);

        var first = Run(42, 1);
        var again = Run(42, 3);
        var other = Run(43, 1);
        Assert.Equal(first.Axes, again.Axes);
        Assert.Equal(first.Entries.Select(e => (e.LogOddsRatio, e.Interval, e.Verdict)), again.Entries.Select(e => (e.LogOddsRatio, e.Interval, e.Verdict)));
        Assert.NotEqual(first.Axes.Select(a => a.AucInterval), other.Axes.Select(a => a.AucInterval));
        Assert.Equal(first.Axes.Select(a => a.Auc), other.Axes.Select(a => a.Auc));
        Assert.All(first.Axes, a => Assert.True(a.AucInterval.Lower <= a.Auc && a.Auc <= a.AucInterval.Upper, a.Axis));
        Assert.True(first.Axis("labels").AucInterval.Lower < first.Axis("labels").AucInterval.Upper);
        Assert.Equal(0.5, first.Axis("places").Auc); // every document 'seized': no separation, and no width
        Assert.Equal(0.5, first.Axis("places").AucInterval.Lower);
    }

    [Fact]
    public void TheIntervalIsTheClusterBootstrapComputedDocumentByDocument()
    {
        // An independent computation: score each document, then for each replicate repeat every drawn outlet's documents
        // as many times as it was drawn and count the pairs directly.
        var compiled = PlantedCorpus.LoadLexicon().Compile();
        var scorer = compiled.CreateScorer();
        var outlets = Enumerable.Range(0, 12).Select(o => "o" + o).ToArray(); // side A o0-o5, side B o6-o11, sorted as the report sorts them
        var shares = outlets.ToDictionary(o => o, _ => new List<double>());
        foreach (var d in UnevenCorpus())
        {
            var counts = scorer.Score(d.Id, d.Text).Counts;
            var (a, b) = (counts.WeightMilli(0, Framing.Lexicons.PoleSide.A), counts.WeightMilli(0, Framing.Lexicons.PoleSide.B));
            shares[d.GetField("outlet")!].Add(a + b == 0 ? 0.5 : (double)a / (a + b));
        }

        Array.Sort(outlets, StringComparer.Ordinal);
        var sideA = outlets.Where(o => int.Parse(o[1..], System.Globalization.CultureInfo.InvariantCulture) < 6).ToArray();
        var sideB = outlets.Except(sideA).ToArray();
        var bootstrap = new ClusterBootstrap(6, 6, 300, 11);
        var replicates = new double[300];
        for (var r = 0; r < 300; r++)
        {
            var m = bootstrap.Multiplicities(r).ToArray();
            var a = sideA.SelectMany((o, i) => Enumerable.Repeat(shares[o], m[i]).SelectMany(x => x)).ToArray();
            var b = sideB.SelectMany((o, i) => Enumerable.Repeat(shares[o], m[6 + i]).SelectMany(x => x)).ToArray();
            replicates[r] = AreaUnderCurve.MannWhitney(a, b);
        }

        var all = AreaUnderCurve.MannWhitney([.. sideA.SelectMany(o => shares[o])], [.. sideB.SelectMany(o => shares[o])]);
        var expected = Framing.Statistics.Resampling.BootstrapIntervals.Percentile(replicates, all, 0.9);
        var labels = new LexiconValidator(
                compiled,
                KnownLeanings.FromGroups(outlets.Select(o => new KeyValuePair<string, string>(o, sideA.Contains(o) ? "camp-a" : "camp-b"))),
                Sides,
                new ValidationOptions { Seed = 11, Replicates = 300, ConfidenceLevel = 0.9 })
            .Validate(UnevenCorpus(), d => d.GetField("outlet")!)
            .Axis("labels");
        Assert.Equal(all, labels.Auc!.Value, 12);
        Assert.Equal(expected.Lower, labels.AucInterval.Lower!.Value, 12);
        Assert.Equal(expected.Upper, labels.AucInterval.Upper!.Value, 12);
    }

    [Fact]
    public void EntryFiguresEqualTheHandComputation()
    {
        // An independent computation of 'brutes' (side A's word) on twelve outlets of unequal size: its matches and the
        // tokens of each outlet, the rates per 1,000 tokens, the log-odds ratio written out with its prior shared in
        // proportion to the sides' tokens, and the percentile interval over the same outlet draws.
        var compiled = PlantedCorpus.LoadLexicon().Compile();
        var scorer = compiled.CreateScorer(new Framing.Scoring.ScoringOptions { CollectMatches = true });
        var outlets = Enumerable.Range(0, 12).Select(o => "o" + o).Order(StringComparer.Ordinal).ToArray();
        var matches = outlets.ToDictionary(o => o, _ => 0L);
        var tokens = outlets.ToDictionary(o => o, _ => 0L);
        var documents = outlets.ToDictionary(o => o, _ => 0L);
        foreach (var d in UnevenCorpus())
        {
            var result = scorer.Score(d.Id, d.Text);
            var outlet = d.GetField("outlet")!;
            var uses = result.Matches.Count(m => m.Entry.Pattern == "brutes");
            matches[outlet] += uses;
            tokens[outlet] += result.Tokens;
            documents[outlet] += uses > 0 ? 1 : 0;
        }

        bool IsA(string o) => int.Parse(o[1..], System.Globalization.CultureInfo.InvariantCulture) < 6;
        var sideA = outlets.Where(IsA).ToArray();
        var sideB = outlets.Where(o => !IsA(o)).ToArray();
        static double Ratio(double cA, double tA, double cB, double tB)
        {
            var (pA, pB) = (tA / (tA + tB), tB / (tA + tB));
            return Math.Log((cA + pA) / (tA - cA + pA)) - Math.Log((cB + pB) / (tB - cB + pB));
        }

        long Sum(IEnumerable<string> side, Dictionary<string, long> of) => side.Sum(o => of[o]);
        var (countA, countB, tokensA, tokensB) = (Sum(sideA, matches), Sum(sideB, matches), Sum(sideA, tokens), Sum(sideB, tokens));
        Assert.NotEqual(tokens[sideA[0]], tokens[sideA[1]]); // outlets of unequal size, so a wrong weighting shows

        var bootstrap = new ClusterBootstrap(6, 6, 300, 11);
        var replicates = new double[300];
        for (var r = 0; r < 300; r++)
        {
            var m = bootstrap.Multiplicities(r).ToArray();
            double Drawn(string[] side, int offset, Dictionary<string, long> of) => side.Select((o, i) => (double)m[offset + i] * of[o]).Sum();
            replicates[r] = Ratio(Drawn(sideA, 0, matches), Drawn(sideA, 0, tokens), Drawn(sideB, 6, matches), Drawn(sideB, 6, tokens));
        }

        var ratio = Ratio(countA, tokensA, countB, tokensB);
        var expected = Framing.Statistics.Resampling.BootstrapIntervals.Percentile(replicates, ratio, 0.9);
        var brutes = new LexiconValidator(
                compiled,
                KnownLeanings.FromGroups(outlets.Select(o => new KeyValuePair<string, string>(o, IsA(o) ? "camp-a" : "camp-b"))),
                Sides,
                new ValidationOptions { Seed = 11, Replicates = 300, ConfidenceLevel = 0.9, Entries = true })
            .Validate(UnevenCorpus(), d => d.GetField("outlet")!)
            .Entries.Single(e => e.Entry.Pattern == "brutes");

        Assert.Equal((countA, countB), (brutes.CountA, brutes.CountB));
        Assert.Equal((Sum(sideA, documents), Sum(sideB, documents)), (brutes.DocumentsA, brutes.DocumentsB));
        Assert.Equal((sideA.Count(o => matches[o] > 0), sideB.Count(o => matches[o] > 0)), (brutes.OutletsA, brutes.OutletsB));
        Assert.Equal(countA * 1000.0 / tokensA, brutes.RateA!.Value, 12);
        Assert.Equal(countB * 1000.0 / tokensB, brutes.RateB!.Value, 12);
        Assert.Equal(ratio, brutes.LogOddsRatio!.Value, 12);
        Assert.Equal(expected.Lower, brutes.Interval.Lower!.Value, 12);
        Assert.Equal(expected.Upper, brutes.Interval.Upper!.Value, 12);
    }

    [Theory]
    [InlineData(PoleSide.A, 0.2, 1.0, EntryVerdict.Agrees, "used more by side A")]
    [InlineData(PoleSide.B, -1.0, -0.2, EntryVerdict.Agrees, "used more by side B")]
    [InlineData(PoleSide.B, 0.2, 1.0, EntryVerdict.Contradicts, "pole B entry used more by side A")]
    [InlineData(PoleSide.A, -1.0, -0.2, EntryVerdict.Contradicts, "pole A entry used more by side B")]
    [InlineData(PoleSide.A, 0.0, 1.0, EntryVerdict.Unclear, "interval includes 0")] // a limit at exactly 0 includes it
    [InlineData(PoleSide.B, -1.0, 0.0, EntryVerdict.Unclear, "interval includes 0")]
    [InlineData(PoleSide.A, -0.5, 0.5, EntryVerdict.Unclear, "interval includes 0")]
    public void TheVerdictReadsTheIntervalAgainstZero(PoleSide side, double lower, double upper, EntryVerdict verdict, string note) =>
        Assert.Equal((verdict, note), EntryFigures.Judge(side, 10, 4, ConfidenceInterval.Of(lower, upper)));

    [Fact]
    public void TheVerdictsWithoutAnIntervalSayWhy()
    {
        var interval = ConfidenceInterval.Of(0.5, 1);
        Assert.Equal((EntryVerdict.Unused, "no document of either side uses it"), EntryFigures.Judge(PoleSide.A, 0, 0, interval));
        Assert.Equal((EntryVerdict.Neutral, "neutral entry"), EntryFigures.Judge(PoleSide.Neutral, 5, 3, interval));
        Assert.Equal((EntryVerdict.Unclear, "used by one outlet only"), EntryFigures.Judge(PoleSide.A, 5, 1, interval));
        Assert.Equal(
            (EntryVerdict.Unclear, "fewer than 2 outlets on side B"),
            EntryFigures.Judge(PoleSide.A, 5, 3, ConfidenceInterval.Absent(IntervalAbsence.TooFewOutlets, "fewer than 2 outlets on side B")));
    }

    /// <summary>Validates documents given as (outlet, text), with outlets named a* on side A and b* on side B.</summary>
    private static ValidationReport ValidateOutlets(params (string Outlet, string Text)[] documents) =>
        new LexiconValidator(
                PlantedCorpus.LoadLexicon().Compile(),
                KnownLeanings.FromGroups(documents.Select(d => d.Outlet).Distinct().Select(o => new KeyValuePair<string, string>(o, o[0] == 'a' ? "camp-a" : "camp-b"))),
                Sides,
                new ValidationOptions { Replicates = 0 })
            .Validate(
                documents.Select((d, i) => new Document("d" + i, new Dictionary<string, string> { ["outlet"] = d.Outlet }, d.Text, new DocumentSource("outlets.jsonl", i + 1))),
                d => d.GetField("outlet")!);

    [Fact]
    public void TiedOutletsAreNotOrderedAndBeatEachOtherByHalf()
    {
        // Outlet scores on 'labels' (brutes: pole A, comrades: pole B): a1 +1, a2 0, b1 -1, b2 0. The lowest side-A
        // outlet (a2, not the first) ties the highest side-B outlet (b2): not ordered, margin 0.
        var report = ValidateOutlets(
            ("a1", "The brutes came."), ("a1", "Nothing happened."),
            ("a2", "The brutes and the comrades came."),
            ("b1", "The comrades came."),
            ("b2", "The comrades and the brutes came."));
        var labels = report.Axis("labels");
        Assert.Equal((false, 0.0, "a2", "b2"), (labels.OutletsOrdered, labels.Margin, labels.LowestOutletA, labels.HighestOutletB));

        // a2 beats b1 and ties b2: (1 + 0.5) / 2; b2 is below a1 and ties a2: (1 + 0.5) / 2; a1 beats both; b1 is below both.
        var beats = report.Outlets.Where(o => o.Axis == "labels").ToDictionary(o => o.Outlet, o => o.BeatsOtherSide);
        Assert.Equal(0.75, beats["a2"]);
        Assert.Equal(0.75, beats["b2"]);
        Assert.Equal(1.0, beats["a1"]);
        Assert.Equal(1.0, beats["b1"]);

        // Documents without a match: one of side A's three (a1's second), none of side B's two.
        Assert.Equal((1.0 / 3, 0.0), (labels.NoMatchA, labels.NoMatchB));
        Assert.Equal(0.5, report.Outlets.Single(o => o.Axis == "labels" && o.Outlet == "a1").NoMatch);
    }

    [Fact]
    public void OneOutletASideIsOrderedAndHasASpearmanCorrelation()
    {
        // R: cor(c(1, -1), c(1, 0), method = "spearman") -> 1
        var labels = ValidateOutlets(("a1", "The brutes came."), ("b1", "The comrades came.")).Axis("labels");
        Assert.Equal((true, 2.0), (labels.OutletsOrdered, labels.Margin));
        Assert.Equal(1.0, labels.Spearman);
        Assert.Equal(1.0, labels.Auc);
    }

    /// <summary>Twelve outlets whose documents use the planted words in varying numbers (seeded), side A's leaning to 'brutes'.</summary>
    private static IEnumerable<Document> UnevenCorpus()
    {
        var random = new Random(5);
        for (var o = 0; o < 12; o++)
        {
            var lean = o < 6 ? 0.3 + (0.08 * o) : 0.1 + (0.06 * (o - 6));
            for (var i = 0; i < 5 + (o % 4); i++)
            {
                var words = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.NextDouble() < lean ? "brutes" : "comrades");
                var text = "Report " + i + ": " + string.Join(" and ", words) + ". The town was seized.";
                yield return new Document($"o{o}-{i}", new Dictionary<string, string> { ["outlet"] = "o" + o }, text, new DocumentSource("uneven.jsonl", (o * 10) + i + 1));
            }
        }
    }

    [Fact]
    public void TheClusterBootstrapDrawsOutletsWithinEachSide()
    {
        var bootstrap = new ClusterBootstrap(3, 4, 200, 9);
        var seen = new HashSet<string>();
        for (var b = 0; b < bootstrap.Replicates; b++)
        {
            var m = bootstrap.Multiplicities(b).ToArray();
            Assert.Equal(3, m[..3].Sum());
            Assert.Equal(4, m[3..].Sum());
            seen.Add(string.Join(',', m));
        }

        Assert.True(seen.Count > 50, "replicates should differ");
        Assert.Equal(new ClusterBootstrap(3, 4, 200, 9).Multiplicities(123).ToArray(), bootstrap.Multiplicities(123).ToArray());
        Assert.Equal("fewer than 2 outlets on side A", new ClusterBootstrap(1, 4, 10, 1).Obstacle());
        Assert.Equal("no bootstrap", new ClusterBootstrap(3, 4, 0, 1).Obstacle());
        Assert.Equal("fewer than 2 outlets on side B", new ClusterBootstrap(4, 1, 10, 1).Obstacle());
        Assert.Null(new ClusterBootstrap(2, 2, 10, 1).Obstacle()); // two outlets a side are enough
    }

    [Fact]
    public void OneOutletOnASideGivesNoIntervalAndNoVerdictButTheAuc()
    {
        var sides = SideSelection.Parse("camp-a", "camp-b");
        var onlyA1 = new LexiconValidator(
                PlantedCorpus.LoadLexicon().Compile(),
                KnownLeanings.FromGroups(PlantedCorpus.Leanings.Where(p => p.Key is "a1" || p.Value != "camp-a")),
                sides,
                new ValidationOptions { Entries = true })
            .Validate(PlantedCorpus.Documents(), d => d.GetField("outlet")!);
        var labels = onlyA1.Axis("labels");
        Assert.Equal(1, labels.OutletsA);
        Assert.Equal(44.0 / 48, labels.Auc!.Value, 12);
        Assert.False(labels.AucInterval.HasInterval);
        Assert.Equal("fewer than 2 outlets on side A", labels.AucInterval.Note);
        Assert.Equal(EntryVerdict.Unclear, onlyA1.Entries.Single(e => e.Entry.Pattern == "comrades").Verdict);
    }

    [Fact]
    public void TheVoiceSelectionDecidesWhichMatchesCount()
    {
        // The invented corpus has no quotation marks: with only quoted matches, nothing counts.
        var report = Validate(new ValidationOptions { Entries = true, Voices = Framing.Scoring.VoiceSelection.Quoted });
        Assert.Equal(0.5, report.Axis("labels").Auc);
        Assert.Equal(1, report.Axis("labels").NoMatchA);

        // An axis that measured nothing on either side has its AUC of ties, but no interval: every replicate is 0.5 again.
        Assert.Equal((false, IntervalAbsence.NoMatches, "no match on either side"), (report.Axis("labels").AucInterval.HasInterval, report.Axis("labels").AucInterval.Absence, report.Axis("labels").AucInterval.Note));
        Assert.All(report.Entries, e => Assert.Equal(IntervalAbsence.NoMatches, e.Interval.Absence));
        Assert.All(report.Entries, e => Assert.Equal(EntryVerdict.Unused, e.Verdict));
        Assert.Equal(report.Axes.Select(a => a.Auc), Validate(new ValidationOptions { Voices = Framing.Scoring.VoiceSelection.Attributed }).Axes.Select(a => a.Auc));
        Assert.Equal(Validate().Axes, Validate(new ValidationOptions { Voices = Framing.Scoring.VoiceSelection.Editorial }).Axes);
    }

    [Fact]
    public void ASideWithoutDocumentsHasNoAuc()
    {
        var report = Validate(sides: SideSelection.Parse("camp-a", "camp-c"));
        Assert.Equal(0, report.Documents.SideB);
        Assert.Null(report.Axis("labels").Auc);
        Assert.Equal("no documents on a side", report.Axis("labels").AucInterval.Note);
        Assert.Null(report.Axis("labels").OutletsOrdered);
        Assert.All(report.Outlets, o => Assert.Equal((null, null, null), (o.AucOutlet, o.AucWithout, o.BeatsOtherSide)));
    }

    [Fact]
    public void LeaningsMayComeFromADocumentField()
    {
        var documents = PlantedCorpus.Documents().Select(d =>
        {
            var leaning = PlantedCorpus.Leanings.FirstOrDefault(p => p.Key == d.GetField("outlet")).Value;
            var fields = new Dictionary<string, string>(d.Fields);
            if (leaning is not null)
            {
                fields["leaning"] = leaning;
            }

            return d with { Fields = fields };
        });
        var byField = new LexiconValidator(PlantedCorpus.LoadLexicon().Compile(), KnownLeanings.FromField("leaning"), Sides)
            .Validate(documents, d => d.GetField("outlet")!);
        var byTable = Validate();
        Assert.Equal(byTable.Axes, byField.Axes);
        Assert.Equal(byTable.Documents.WithoutLeaning, byField.Documents.WithoutLeaning);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AGroupWithSpacesAroundItsNameIsTheOutletOfItsLeaningsRow(bool fromField)
    {
        // Every other document of each outlet names it with spaces around ("a1 ", " a1"): it got a1's leaning, but was a
        // second outlet for the outlet counts, the outlet-cluster bootstrap and the per-outlet rows. Now it is a1.
        IEnumerable<Document> Corpus(bool spaced) => PlantedCorpus.Documents().Select((d, i) =>
        {
            var outlet = d.GetField("outlet")!;
            var fields = new Dictionary<string, string>(d.Fields) { ["outlet"] = !spaced || i % 2 == 0 ? outlet : i % 4 == 1 ? outlet + " " : " " + outlet };
            if (PlantedCorpus.Leanings.FirstOrDefault(p => p.Key == outlet).Value is { } leaning)
            {
                fields["leaning"] = leaning;
            }

            return d with { Fields = fields };
        });
        ValidationReport Run(bool spaced) =>
            new LexiconValidator(PlantedCorpus.LoadLexicon().Compile(), fromField ? KnownLeanings.FromField("leaning") : KnownLeanings.FromGroups(PlantedCorpus.Leanings), Sides, new ValidationOptions { Entries = true, Replicates = 300 })
                .Validate(Corpus(spaced), d => d.GetField("outlet")!);

        var plain = Run(spaced: false);
        var spaced = Run(spaced: true);
        Assert.Equal((3, 3), (spaced.Axis("labels").OutletsA, spaced.Axis("labels").OutletsB));
        Assert.Equal(["a1", "a2", "a3", "b1", "b2", "b3"], spaced.Outlets.Where(o => o.Axis == "labels").Select(o => o.Outlet));
        Assert.Equal(plain.Axes, spaced.Axes);
        Assert.Equal(plain.Outlets, spaced.Outlets);
        Assert.Equal(plain.Entries.Select(e => (e.LogOddsRatio, e.Interval, e.Verdict)), spaced.Entries.Select(e => (e.LogOddsRatio, e.Interval, e.Verdict)));
    }
}
