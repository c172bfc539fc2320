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
        weights.Add("g", Document("d"));

        Assert.Equal([a, b], Assert.Single(Read(weights.Of("g"))).Weights);
    }

    [Fact]
    public void KeepsTheKeyOfEachDocumentsGroupAndIdBesideItsWeights()
    {
        var weights = new DocumentPoleWeights(1, VoiceSelection.All);
        weights.Add("g", Document("d1"));
        weights.Add("h", Document("d2"));
        weights.Add("g", new DocumentResult("empty", "en", 10, 0, new FramingCounts(1), []));
        weights.Add("g", Document("d3"));

        Assert.Equal([PoissonResampling.KeyOf("g", "d1"), PoissonResampling.KeyOf("g", "d3")], Read(weights.Of("g")).Select(d => d.Key));
        Assert.Equal(2, weights.Of("g").Count);
        Assert.Equal([PoissonResampling.KeyOf("h", "d2")], Read(weights.Of("h")).Select(d => d.Key));
        Assert.Empty(Read(weights.Of("none")));
        Assert.Equal(["g", "h"], weights.Groups.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryDimensionWithMatchesKeepsItsWeights()
    {
        var counts = new FramingCounts(3);
        counts.AddMatch(0, PoleSide.A, Voice.Editorial, 1000);
        counts.AddMatch(2, PoleSide.B, Voice.Editorial, 250);
        var weights = new DocumentPoleWeights(3, VoiceSelection.All);
        weights.Add("g", new DocumentResult("d", "en", 5, 2, counts, []));
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
        weights.Add("g", new DocumentResult("d", "en", 5, 5, counts, []));
        var kept = Assert.Single(Read(weights.Of("g"))).Weights;
        Assert.Equal(int.MaxValue + 1L, kept[0]);
        Assert.Equal(3L * int.MaxValue, kept[1]);
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        var weights = new DocumentPoleWeights(1, VoiceSelection.All);
        Assert.Throws<ArgumentNullException>(() => weights.Add(null!, Document("d")));
        Assert.Throws<ArgumentNullException>(() => weights.Add("g", null!));
        Assert.Equal((1, VoiceSelection.All), (weights.DimensionCount, weights.Voices));
    }
}
