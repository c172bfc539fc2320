using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// The two ways the corpus scorer tallies without per-document results: adding a document's figures one by one
/// (no <see cref="DocumentResult"/> made), and absorbing a worker's tally (its groups taken over, not copied). Both must
/// give exactly what adding results and merging tallies give.
/// </summary>
public sealed class TallyAbsorbingTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    private static readonly string[] Sentences =
    [
        "The regime shelled the rebels near the city.",
        "Terrorists attacked positions of the Syrian Arab Army.",
        "قوات النظام قصفت مواقع المعارضة.",
        "الجيش العربي السوري لاحق الإرهابيين.",
        "A quiet day with no fighting reported.",
    ];

    private static readonly BootstrapSettings Bootstrap = new(300, 5);

    private static string Fingerprint(CorpusTally tally) =>
        string.Join("\n", ScoreTable.Build(tally, Starter)) + "|" + tally.ScoredDocuments + "|" + tally.RejectedDocuments + "|"
        + string.Join(";", tally.Groups.Select(g => g.Group + ":" + g.Documents + "," + g.Tokens + "," + g.CoveredTokens + "," + string.Join(",", g.Counts.ExportCounts()) + "," + string.Join(",", g.Counts.ExportWeights()) + "," + string.Join(",", g.Replicates!.Export())))
        + "|" + string.Join(";", tally.Rejections.Select(r => r.ToString()))
        + "|" + string.Join(",", tally.Sample!.Identities.ToArray());

    // Documents d{first}..d{first+count-1} in groups o0..o{groups-1}, with a rejection after every seventh.
    private static CorpusTally Part(int first, int count, int groups)
    {
        var scorer = Starter.Compile().CreateScorer();
        var tally = new CorpusTally(Starter.Dimensions.Count, Bootstrap);
        for (var i = first; i < first + count; i++)
        {
            var text = Sentences[i % Sentences.Length] + " " + Sentences[(i / 3) % Sentences.Length];
            tally.Add("o" + (i % groups), scorer.Score("d" + i, text), DocumentSample.IdentityOf("o" + (i % groups), "d" + i, text));
            if (i % 7 == 6)
            {
                tally.Reject(new Diagnostic(new DocumentSource("part.jsonl", i), "empty text"));
            }
        }

        return tally;
    }

    [Fact]
    public void AbsorbingTalliesGivesWhatMergingThemGives()
    {
        // The target holds o0 and o1; the first part adds o0..o2 (o2 is taken over), the second o0..o4.
        var merged = Part(0, 20, 2);
        merged.Merge(Part(20, 30, 3));
        merged.Merge(Part(50, 40, 5));

        var absorbed = Part(0, 20, 2);
        var first = Part(20, 30, 3);
        var second = Part(50, 40, 5);
        absorbed.Absorb(first);
        absorbed.Absorb(second);

        Assert.Equal(Fingerprint(merged), Fingerprint(absorbed));
        Assert.Equal(["o0", "o1", "o2", "o3", "o4"], absorbed.Groups.Select(g => g.Group));
        Assert.Equal(90, absorbed.ScoredDocuments);
        Assert.Equal(12, absorbed.RejectedDocuments); // i % 7 == 6 for i < 90
        Assert.Equal(Enumerable.Range(0, 90).Where(i => i % 7 == 6), absorbed.Rejections.Select(r => r.Location.Line));
        Assert.Contains(absorbed.Groups.Single(g => g.Group == "o4").Replicates!.Export(), v => v != 0);
    }

    [Fact]
    public void AbsorbingIntoAnEmptyTallyGivesTheTally()
    {
        var expected = Fingerprint(Part(0, 40, 3));
        var empty = new CorpusTally(Starter.Dimensions.Count, Bootstrap);
        empty.Absorb(Part(0, 40, 3));
        Assert.Equal(expected, Fingerprint(empty));
    }

    [Fact]
    public void AbsorbingRefusesTalliesOfOtherSettingsOrLexicons()
    {
        var tally = Part(0, 10, 2);
        var otherBootstrap = new CorpusTally(Starter.Dimensions.Count, new BootstrapSettings(300, 6));
        otherBootstrap.Add("o9", Starter.Compile().CreateScorer().Score("x", Sentences[0]), DocumentSample.IdentityOf("o9", "x", Sentences[0]));
        Assert.Throws<ArgumentException>(() => tally.Absorb(otherBootstrap));
        var otherLexicon = new CorpusTally(Starter.Dimensions.Count + 1, Bootstrap);
        Assert.Throws<ArgumentException>(() => tally.Absorb(otherLexicon));
        Assert.DoesNotContain(tally.Groups, g => g.Group == "o9");
        Assert.Throws<ArgumentNullException>(() => tally.Absorb(null!));
    }

    [Fact]
    public void AddingADocumentsFiguresGivesWhatAddingItsResultGives()
    {
        var lexicon = Starter.Compile();
        var scorer = lexicon.CreateScorer();
        var byResult = new CorpusTally(Starter.Dimensions.Count, Bootstrap);
        var byFigures = new CorpusTally(Starter.Dimensions.Count, Bootstrap);
        var counts = new FramingCounts(Starter.Dimensions.Count);
        for (var i = 0; i < 40; i++)
        {
            var text = Sentences[i % Sentences.Length] + " " + Sentences[(i / 2) % Sentences.Length];
            byResult.Add("o" + (i % 3), scorer.Score("d" + i, text), DocumentSample.IdentityOf("o" + (i % 3), "d" + i, text));
            var tokens = scorer.ScoreInto(text, null, counts, out var covered);
            byFigures.Add("o" + (i % 3), "d" + i, tokens, covered, counts, DocumentSample.IdentityOf("o" + (i % 3), "d" + i, text));
        }

        Assert.Equal(Fingerprint(byResult), Fingerprint(byFigures));
        Assert.True(byFigures.Groups.Sum(g => g.CoveredTokens) > 0);
        Assert.Throws<ArgumentNullException>(() => byFigures.Add(null!, "d", 1, 0, counts, 0));
        Assert.Throws<ArgumentNullException>(() => byFigures.Add("o0", null!, 1, 0, counts, 0));
        Assert.Throws<ArgumentNullException>(() => byFigures.Add("o0", "d", 1, 0, null!, 0));
    }

    /// <summary>
    /// A tally keeps the first thousand rejections in corpus order and counts every one: after a merge, and through a
    /// state file.
    /// </summary>
    [Fact]
    public void RejectionsBeyondTheThousandKeptAreCountedThroughMergesAndStateFiles()
    {
        static CorpusTally Rejecting(string file, int count)
        {
            var tally = new CorpusTally(Starter.Dimensions.Count);
            for (var line = 1; line <= count; line++)
            {
                tally.Reject(new Diagnostic(new DocumentSource(file, line), "empty text"));
            }

            return tally;
        }

        Assert.Equal(1000, CorpusTally.MaxKeptRejections);
        Assert.Equal(1000, Rejecting("a", 1000).Rejections.Count);
        var over = Rejecting("a", 1001);
        Assert.Equal((1001L, 1000), (over.RejectedDocuments, over.Rejections.Count));

        var merged = Rejecting("a", 700);
        merged.Merge(Rejecting("b", 500));
        Assert.Equal(1200, merged.RejectedDocuments);
        Assert.Equal(1000, merged.Rejections.Count);
        Assert.Equal(Enumerable.Range(1, 700).Select(l => "a:" + l).Concat(Enumerable.Range(1, 300).Select(l => "b:" + l)), merged.Rejections.Select(r => r.Location.ToString()));

        var read = TestStates.RoundTrip(TestStates.Of(Starter, merged)).Tally;
        Assert.Equal(1200, read.RejectedDocuments);
        Assert.Equal(merged.Rejections, read.Rejections);
    }

    [Fact]
    public void GroupTalliesWithAndWithoutReplicatesDoNotMerge()
    {
        var withReplicates = new GroupTally("g", Starter.Dimensions.Count, Bootstrap);
        var without = new GroupTally("g", Starter.Dimensions.Count);
        Assert.Throws<ArgumentException>(() => withReplicates.Merge(without));
        Assert.Throws<ArgumentException>(() => without.Merge(withReplicates));
        without.Merge(new GroupTally("g", Starter.Dimensions.Count));
        Assert.Equal(0, without.Documents);
    }
}
