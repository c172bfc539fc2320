using Framing.Matching;

namespace Framing.Tests.Matching;

public sealed class EdgeMapTests
{
    [Fact]
    public void AgreesWithADictionaryAndKeepsInsertionOrder()
    {
        var random = new Random(7);
        var map = new EdgeMap();
        var reference = new Dictionary<long, int>();
        var order = new List<long>();
        for (var i = 0; i < 5000; i++)
        {
            // Keys shaped like the tries' (node << 16 | label, node << 32 | element), with repeats and negative values.
            var key = random.Next(3) switch
            {
                0 => ((long)random.Next(2000) << 16) | (long)random.Next(65536),
                1 => ((long)random.Next(3000) << 32) | (uint)random.Next(700),
                _ => -random.NextInt64(1, 1L << 40),
            };
            if (reference.TryAdd(key, i))
            {
                map.Add(key, i);
                order.Add(key);
            }

            Assert.True(map.TryGetValue(key, out var value));
            Assert.Equal(reference[key], value);
        }

        Assert.Equal(order.Count, map.Count);
        for (var e = 0; e < map.Count; e++)
        {
            Assert.Equal(order[e], map.KeyAt(e));
            Assert.Equal(reference[order[e]], map.ValueAt(e));
        }

        Assert.False(map.TryGetValue(long.MaxValue, out _));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    public void RunsHoldEachNodesEdgesSortedByLabel(int labelBits)
    {
        var random = new Random(11);
        var map = new EdgeMap();
        var expected = new SortedDictionary<(int Node, int Label), int>();
        for (var i = 0; i < 3000; i++)
        {
            var node = random.Next(40);
            var label = random.Next(labelBits == 16 ? 65536 : 100_000);
            var key = ((long)node << labelBits) | (uint)label;
            if (expected.TryAdd((node, label), i))
            {
                map.Add(key, i);
            }
        }

        map.ToRuns(41, labelBits, out var start, out var count, out var labels, out var targets);

        Assert.Equal(expected.Count, labels.Length);
        Assert.Equal(0, count[40]);
        var flat = new List<((int, int), int)>();
        for (var n = 0; n < 41; n++)
        {
            Assert.Equal(n == 0 ? 0 : start[n - 1] + count[n - 1], start[n]);
            for (var k = start[n]; k < start[n] + count[n]; k++)
            {
                flat.Add(((n, labels[k]), targets[k]));
            }
        }

        Assert.Equal(expected.Select(p => (p.Key, p.Value)), flat);
    }
}
