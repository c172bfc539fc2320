using Framing.Scoring;
using Framing.Statistics.Resampling;
using Framing.Statistics.Scores;
using static Framing.Statistics.Tests.ComparisonFixture;

namespace Framing.Statistics.Tests;

public sealed class ScoreIntervalsTests
{
    private static GroupTally Group(CorpusTally tally, string name) => tally.Groups.Single(g => g.Group == name);

    [Fact]
    public void TheIntervalIsThePercentileIntervalOfTheReplicateScores()
    {
        var (tally, _) = Score(ThreeOutlets());
        var x = Group(tally, "x");
        var interval = ScoreIntervals.Compute(x, Lexicon, "forces", VoiceSelection.All, 0.9, 5);
        var expected = BootstrapIntervals.Percentile(x.Replicates!.Scores([(0, 1)], VoiceSelection.All), -0.8, 0.9);
        Assert.True(interval.HasInterval);
        Assert.Equal(string.Empty, interval.Note);
        Assert.Equal(expected.Lower, interval.Lower);
        Assert.Equal(expected.Upper, interval.Upper);

        // x's score is (2 - 18) / 20 = -0.8: the interval brackets it and stays below 0.
        Assert.InRange(-0.8, interval.Lower!.Value, interval.Upper!.Value);
        Assert.True(interval.Upper < -0.5 && interval.Lower > -1.0001, $"{interval.Lower}..{interval.Upper}");
        var wider = ScoreIntervals.Compute(x, Lexicon, "forces", VoiceSelection.All, 0.99, 5);
        Assert.True(wider.Lower <= interval.Lower && wider.Upper >= interval.Upper);
    }

    [Fact]
    public void CompositesUseTheirSignedComponents()
    {
        var (tally, _) = Score(ThreeOutlets());
        var y = Group(tally, "y");
        var interval = ScoreIntervals.Compute(y, Lexicon, "mixed", VoiceSelection.All, 0.95, 5);
        var expected = BootstrapIntervals.Percentile(y.Replicates!.Scores([(0, 1), (1, -1)], VoiceSelection.All), 0, 0.95);
        Assert.Equal((expected.Lower, expected.Upper), (interval.Lower!.Value, interval.Upper!.Value));

        // y's mixed score is (18 - 5) / 23 > 0, its opposition score (0 - 3) / 3 = -1 < 0.
        Assert.True(interval.Lower > 0);
        Assert.True(ScoreIntervals.Compute(y, Lexicon, "opposition", VoiceSelection.All, 0.95, 5).Upper < 0);
    }

    [Fact]
    public void MissingIntervalsSayWhy()
    {
        var (tally, _) = Score(ThreeOutlets());
        Assert.Equal(ConfidenceInterval.Absent(IntervalAbsence.TooFewDocuments, "too few documents for an interval (20 < 21)"), ScoreIntervals.Compute(Group(tally, "x"), Lexicon, "forces", VoiceSelection.All, 0.95, 21));
        Assert.Equal(ConfidenceInterval.Absent(IntervalAbsence.NoMatches, "no matches"), ScoreIntervals.Compute(Group(tally, "x"), Lexicon, "forces", VoiceSelection.Quoted, 0.95, 5));
        Assert.True(ScoreIntervals.Compute(Group(tally, "x"), Lexicon, "forces", VoiceSelection.All, 0.95, 20).HasInterval);

        var (withoutBootstrap, _) = Score(ThreeOutlets(), replicates: 0);
        Assert.Equal(ConfidenceInterval.Absent(IntervalAbsence.NoBootstrap, "no bootstrap"), ScoreIntervals.Compute(Group(withoutBootstrap, "x"), Lexicon, "forces", VoiceSelection.All, 0.95, 5));

        // One document with a match among ten: its weight is 0 in about 37 % of the replicates, where the score is
        // undefined; fewer than half undefined, so there is an interval (read from the defined replicates).
        var documents = new List<(string, string, string)> { ("p0", "p", "The army advanced.") };
        for (var i = 1; i < 10; i++)
        {
            documents.Add(($"p{i}", "p", "Quiet."));
        }

        var (sparse, _) = Score(documents);
        var p = ScoreIntervals.Compute(Group(sparse, "p"), Lexicon, "forces", VoiceSelection.All, 0.95, 5);
        Assert.Equal((1.0, 1.0), (p.Lower!.Value, p.Upper!.Value));
        var defined = Group(sparse, "p").Replicates!.Scores([(0, 1)], VoiceSelection.All).Count(double.IsFinite);
        Assert.InRange(defined, 200, 300);

    }

    [Fact]
    public void TooFewDefinedReplicatesGiveNoInterval()
    {
        // Two replicates: both undefined when the only document with a match gets weight 0 in each (probability
        // e^-2); the first seed that does so leaves 0 of 2 replicates defined.
        var documents = OneMatchedDocument();
        for (ulong seed = 1; seed < 200; seed++)
        {
            var weights = new long[2];
            PoissonResampling.Fill(seed, PoissonResampling.KeyOf(DocumentSample.IdentityOf("p", "only", "The army advanced."), "only"), weights); // the document "only" of group "p"
            if (weights[0] == 0 && weights[1] == 0)
            {
                var (tally, _) = ScoreWithSeed(documents, seed, replicates: 2);
                // At 20% two replicates are enough for an interval (MinimumReplicates(0.2) is 2): the undefined ones are the reason.
                var interval = ScoreIntervals.Compute(Group(tally, "p"), Lexicon, "forces", VoiceSelection.All, 0.2, 5);
                Assert.Equal(ConfidenceInterval.Absent(IntervalAbsence.TooFewDocumentsWithMatches, "too few documents with matches for an interval"), interval);
                return;
            }
        }

        Assert.Fail("no seed below 200 gives the document weight 0 in both replicates");
    }

    [Fact]
    public void OneReplicateGivesNoIntervalForWantOfReplicates()
    {
        // --bootstrap 1: the library gives no percentile interval from fewer than two replicates (R's
        // boot:::norm.inter(t, c(0.025, 0.975)) with length(t) == 1 would return t for both limits, warning "extreme
        // order statistics used as endpoints"), whatever the documents. The note said "too few documents with matches"
        // before, for a group whose every document has matches.
        var documents = new List<(string, string, string)>();
        for (var i = 0; i < 6; i++)
        {
            documents.Add(($"p{i}", "p", i % 2 == 0 ? "The army advanced." : "The regime advanced."));
        }

        for (ulong seed = 1; seed < 20; seed++)
        {
            var (tally, _) = ScoreWithSeed(documents, seed, replicates: 1);
            var interval = ScoreIntervals.Compute(Group(tally, "p"), Lexicon, "forces", VoiceSelection.All, 0.95, 5);
            Assert.Equal(ConfidenceInterval.Absent(IntervalAbsence.TooFewReplicates, "too few replicates for an interval"), interval);
        }

        // 39 replicates: a 95% limit would be the largest replicate; 40 give an interval.
        var (few, _) = ScoreWithSeed(documents, 2, replicates: 39);
        Assert.Equal(
            ConfidenceInterval.Absent(IntervalAbsence.TooFewReplicates, "too few replicates for a 95% interval (39; at least 40)"),
            ScoreIntervals.Compute(Group(few, "p"), Lexicon, "forces", VoiceSelection.All, 0.95, 5));
        var (enough, _) = ScoreWithSeed(documents, 2, replicates: 40);
        Assert.True(ScoreIntervals.Compute(Group(enough, "p"), Lexicon, "forces", VoiceSelection.All, 0.95, 5).HasInterval);
    }

    private static List<(string, string, string)> OneMatchedDocument()
    {
        var documents = new List<(string, string, string)> { ("only", "p", "The army advanced.") };
        for (var i = 1; i < 6; i++)
        {
            documents.Add(($"p{i}", "p", "Quiet."));
        }

        return documents;
    }

    [Fact]
    public void ComponentsOfDimensionsAndComposites()
    {
        Assert.Equal([(0, 1)], ScoreIntervals.Components(Lexicon, "forces"));
        Assert.Equal([(1, 1)], ScoreIntervals.Components(Lexicon, "opposition"));
        Assert.Equal([(0, 1), (1, -1)], ScoreIntervals.Components(Lexicon, "mixed"));
        var e = Assert.Throws<ArgumentException>(() => ScoreIntervals.Components(Lexicon, "nope"));
        Assert.StartsWith("unknown dimension or composite 'nope'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ScoreIntervals.Components(null!, "forces"));
        var (tally, _) = Score(ThreeOutlets());
        Assert.Throws<ArgumentNullException>(() => ScoreIntervals.Compute(null!, Lexicon, "forces", VoiceSelection.All, 0.95, 5));
        Assert.Throws<ArgumentNullException>(() => ScoreIntervals.Compute(Group(tally, "x"), null!, "forces", VoiceSelection.All, 0.95, 5));
    }

    private static (CorpusTally, object?) ScoreWithSeed(List<(string, string, string)> documents, ulong seed, int replicates = 1)
    {
        var items = documents.Select((d, i) => Framing.Corpus.CorpusItem.Accepted(new Framing.Corpus.Document(d.Item1, new Dictionary<string, string> { ["outlet"] = d.Item2 }, d.Item3, new Framing.Corpus.DocumentSource("t", i + 1))));
        return (new CorpusScorer(Lexicon.Compile(), null, new BootstrapSettings(replicates, seed)).Score(items, d => d.GetField("outlet")!), null);
    }
}
