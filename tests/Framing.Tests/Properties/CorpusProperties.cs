using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Tests.Scoring;

namespace Framing.Tests.Properties;

/// <summary>
/// Generated-input properties of scoring: shards merged in any order equal the whole corpus, and any document order
/// gives the same figures (bootstrap replicate sums included).
/// </summary>
public sealed class CorpusProperties
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");
    private static readonly CompiledLexicon Compiled = Starter.Compile();
    private static readonly VoiceSelection[] AllVoices = [VoiceSelection.All, VoiceSelection.Editorial, VoiceSelection.Quoted, VoiceSelection.Attributed];

    /// <summary>A generated corpus (its seed and size), cut into shards at <paramref name="Cuts"/>, merged in <paramref name="MergeOrder"/>.</summary>
    public sealed record ShardCase(int Seed, int Documents, int[] Cuts, int[] MergeOrder)
    {
        public override string ToString() =>
            $"corpus seed {Seed}, {Documents} documents, cuts [{string.Join(", ", Cuts)}], merge order [{string.Join(", ", MergeOrder)}]";
    }

    /// <summary>A generated corpus and an order of its items.</summary>
    public sealed record OrderCase(int Seed, int Documents, int[] Order)
    {
        public override string ToString() => $"corpus seed {Seed}, {Documents} documents, order [{string.Join(", ", Order)}]";
    }

    private static Gen<(int Seed, int Documents)> Corpora { get; } =
        Gen.Choose(0, int.MaxValue - 1).SelectMany(seed => Gen.Choose(1, 60).Select(n => (seed, n)));

    private static Arbitrary<ShardCase> ShardCases { get; } = Corpora
        .SelectMany(c => Gen.ListOf(Gen.Choose(0, ItemCount(c.Documents)), 4).Select(cuts => (c, Cuts: cuts.Distinct().Order().ToArray())))
        .SelectMany(x => Gen.Shuffle(Enumerable.Range(0, x.Cuts.Length + 1)).Select(order => new ShardCase(x.c.Seed, x.c.Documents, x.Cuts, [.. order])))
        .ToArbitrary();

    private static Arbitrary<OrderCase> OrderCases { get; } = Corpora
        .SelectMany(c => Gen.Shuffle(Enumerable.Range(0, ItemCount(c.Documents))).Select(order => new OrderCase(c.Seed, c.Documents, [.. order])))
        .ToArbitrary();

    [Property(MaxTest = 30)]
    public Property ShardsMergedEqualTheWholeCorpus() => Prop.ForAll(ShardCases, c =>
    {
        var items = GeneratedCorpus.Items(Starter, c.Seed, c.Documents);
        var bounds = c.Cuts.Prepend(0).Append(items.Count).ToArray();
        var shards = Enumerable.Range(0, bounds.Length - 1).Select(i => Score(items.Skip(bounds[i]).Take(bounds[i + 1] - bounds[i]))).ToArray();
        var merged = shards[c.MergeOrder[0]];
        foreach (var i in c.MergeOrder.Skip(1))
        {
            merged.Merge(shards[i]);
        }

        AssertSame(Score(items), merged);
    });

    [Property(MaxTest = 30)]
    public Property AnyDocumentOrderGivesTheSameFigures() => Prop.ForAll(OrderCases, c =>
    {
        var items = GeneratedCorpus.Items(Starter, c.Seed, c.Documents);
        var inOrder = new Dictionary<string, DocumentResult>(StringComparer.Ordinal);
        var shuffled = new Dictionary<string, DocumentResult>(StringComparer.Ordinal);
        var expected = Score(items, (_, _, r) => inOrder.Add(r.Id, r));
        var actual = Score(c.Order.Select(i => items[i]), (_, _, r) => shuffled.Add(r.Id, r));
        AssertSame(expected, actual);
        Assert.Equal(inOrder.Keys.Order(StringComparer.Ordinal), shuffled.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, result) in inOrder)
        {
            Assert.Equal(result.Counts.ExportCounts(), shuffled[id].Counts.ExportCounts());
            Assert.Equal(result.Counts.ExportWeights(), shuffled[id].Counts.ExportWeights());
        }
    });

    /// <summary>Items of a generated corpus of <paramref name="documents"/> documents: one rejected record every 40.</summary>
    private static int ItemCount(int documents) => documents + ((documents + 22) / 40);

    private static CorpusTally Score(IEnumerable<CorpusItem> items, Action<Document, string, DocumentResult>? onDocument = null) =>
        new CorpusScorer(Compiled, null, new BootstrapSettings(16, 7)).Score(items, d => d.GetField(GeneratedCorpus.GroupField)!, onDocument: onDocument);

    private static void AssertSame(CorpusTally expected, CorpusTally actual)
    {
        Assert.Equal(expected.ScoredDocuments, actual.ScoredDocuments);
        Assert.Equal(expected.RejectedDocuments, actual.RejectedDocuments);
        foreach (var voices in AllVoices)
        {
            Assert.Equal(ScoreTable.Build(expected, Starter, voices), ScoreTable.Build(actual, Starter, voices));
        }

        Assert.Equal(expected.Groups.Select(g => g.Group), actual.Groups.Select(g => g.Group));
        foreach (var (want, got) in expected.Groups.Zip(actual.Groups))
        {
            Assert.Equal(want.Replicates!.Export(), got.Replicates!.Export());
        }
    }
}
