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
}
