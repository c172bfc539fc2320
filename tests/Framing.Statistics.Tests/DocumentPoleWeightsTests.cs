using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Comparisons;

namespace Framing.Statistics.Tests;

public sealed class DocumentPoleWeightsTests
{
    /// <summary>Every document of a group as the permutation tests read it: the key of its id and its weights.</summary>
    internal static List<(ulong Key, long[] Weights)> Read(PackedPoleWeights documents)
    {
        var read = new List<(ulong, long[])>();
        var reader = documents.Read();
        var weights = new long[2 * documents.DimensionCount];
        while (reader.Next(weights, out var key))
        {
            read.Add((key, (long[])weights.Clone()));
        }

        Assert.Equal(documents.Count, read.Count);
        return read;
    }

    /// <summary>A document of id <paramref name="id"/> (its text "text of" the id, unless given) and its result.</summary>
    private static (Framing.Corpus.Document Document, DocumentResult Result) Scored(string id, string? text = null) =>
        (Framing.Corpus.Document.Create(id, text ?? "text of " + id), Document(id));

    private static DocumentResult Document(string id)
    {
        var counts = new FramingCounts(1);
        counts.AddMatch(0, PoleSide.A, Voice.Editorial, 1000);
        counts.AddMatch(0, PoleSide.A, Voice.Attributed, 500);
        counts.AddMatch(0, PoleSide.B, Voice.Quoted, 250);
        counts.AddNegated(0, PoleSide.B, Voice.Attributed);
        return new DocumentResult(id, "en", 10, 3, counts, []);
    }

    [Theory]
    [InlineData(VoiceSelection.All, 1500, 250)]
    [InlineData(VoiceSelection.Editorial, 1000, 0)]
    [InlineData(VoiceSelection.Attributed, 500, 0)]
    [InlineData(VoiceSelection.Quoted, 0, 250)]
    public void WeightsFollowTheVoiceSelection(VoiceSelection voices, int a, int b)
    {
        var weights = new DocumentPoleWeights(1, voices);
        weights.Add("g", Framing.Corpus.Document.Create("d", "t"), Document("d"));

        Assert.Equal([a, b], Assert.Single(Read(weights.Of("g"))).Weights);
    }

    [Fact]
    public void KeepsTheKeyOfEachDocumentsGroupIdAndTextBesideItsWeights()
    {
        var weights = new DocumentPoleWeights(1, VoiceSelection.All);
        var (d1, r1) = Scored("d1");
        var (d2, r2) = Scored("d2");
        var (d3, r3) = Scored("d3");
        weights.Add("g", d1, r1);
        weights.Add("h", d2, r2);
        weights.Add("g", Framing.Corpus.Document.Create("empty", "x"), new DocumentResult("empty", "en", 10, 0, new FramingCounts(1), []));
        weights.Add("g", d3, r3);

        Assert.Equal([Key("g", "d1", "text of d1"), Key("g", "d3", "text of d3")], Read(weights.Of("g")).Select(d => d.Key));
        Assert.Equal(2, weights.Of("g").Count);
        Assert.Equal([Key("h", "d2", "text of d2")], Read(weights.Of("h")).Select(d => d.Key));
        Assert.Empty(Read(weights.Of("none")));
        Assert.Equal(["g", "h"], weights.Groups.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DocumentsOfOneGroupWithOneIdButOtherTextsHaveOtherKeys()
    {
        // An outlet whose records share an id (dates as ids): keyed by group and id alone, they drew one permutation
        // place, so they always landed in the same group together.
        var weights = new DocumentPoleWeights(1, VoiceSelection.All);
        var (first, result) = Scored("2024-05-01", "The army advanced.");
        var (second, _) = Scored("2024-05-01", "The army advanced again.");
        weights.Add("g", first, result);
        weights.Add("g", second, result);

        var keys = Read(weights.Of("g")).Select(d => d.Key).ToArray();
        Assert.Equal([Key("g", "2024-05-01", "The army advanced."), Key("g", "2024-05-01", "The army advanced again.")], keys);
        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal(PoissonResampling.KeyOf("g", first, first.Text), keys[0]); // as the bootstrap keys it
    }

    private static ulong Key(string group, string id, string text) => PoissonResampling.KeyOf(DocumentSample.IdentityOf(group, id, text), id);

    [Fact]
    public void EveryDimensionWithMatchesKeepsItsWeights()
    {
        var counts = new FramingCounts(3);
        counts.AddMatch(0, PoleSide.A, Voice.Editorial, 1000);
        counts.AddMatch(2, PoleSide.B, Voice.Editorial, 250);
        var weights = new DocumentPoleWeights(3, VoiceSelection.All);
        weights.Add("g", Framing.Corpus.Document.Create("d", "t"), new DocumentResult("d", "en", 5, 2, counts, []));
        Assert.Equal([1000, 0, 0, 0, 0, 250], Assert.Single(Read(weights.Of("g"))).Weights);
    }

    [Fact]
    public void WeightsBeyondTheRangeOfAnIntAreKept()
    {
        // A document with more than 2,147,483 matches of weight 1 on a pole (a whole archive given as one text): its
        // weight in thousandths exceeds an int. 'framing score' scores it; 'framing compare' stopped with an internal
        // error (OverflowException, exit 3) when the permutation test's weights were kept as ints.
        var counts = new FramingCounts(1);
        counts.AddMatch(0, PoleSide.A, Voice.Editorial, int.MaxValue);
        counts.AddMatch(0, PoleSide.A, Voice.Editorial, 1);
        for (var i = 0; i < 3; i++)
        {
            counts.AddMatch(0, PoleSide.B, Voice.Editorial, int.MaxValue);
        }
        var weights = new DocumentPoleWeights(1, VoiceSelection.All);
        weights.Add("g", Framing.Corpus.Document.Create("d", "t"), new DocumentResult("d", "en", 5, 5, counts, []));
        var kept = Assert.Single(Read(weights.Of("g"))).Weights;
        Assert.Equal(int.MaxValue + 1L, kept[0]);
        Assert.Equal(3L * int.MaxValue, kept[1]);
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        var weights = new DocumentPoleWeights(1, VoiceSelection.All);
        var (document, result) = Scored("d");
        Assert.Throws<ArgumentNullException>(() => weights.Add(null!, document, result));
        Assert.Throws<ArgumentNullException>(() => weights.Add("g", null!, result));
        Assert.Throws<ArgumentNullException>(() => weights.Add("g", document, null!));
        Assert.Equal((1, VoiceSelection.All), (weights.DimensionCount, weights.Voices));
    }
}
