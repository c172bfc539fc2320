using Framing.Statistics.Validation;

namespace Framing.Statistics.Tests;

/// <summary><see cref="OutletPlaces"/> counts what comparing an outlet with every outlet of the other side counts.</summary>
public sealed class OutletPlacesTests
{
    [Fact]
    public void BeatsEqualsComparingWithEveryOutletOfTheOtherSide()
    {
        var random = new Random(20260108);
        for (var trial = 0; trial < 300; trial++)
        {
            var kA = random.Next(0, 8);
            var kB = random.Next(0, 8);

            // Few distinct scores in [-1, 1], so that ties are frequent; -0.0 ties 0 as == says.
            var placed = Enumerable.Range(0, kA + kB).Select(_ => random.Next(-3, 4) / 3.0).Select(s => s == 0 && random.Next(2) == 0 ? -0.0 : s).ToArray();
            var places = new OutletPlaces(placed, kA);
            for (var i = 0; i < placed.Length; i++)
            {
                var expected = 0.0;
                var (from, to) = i < kA ? (kA, kA + kB) : (0, kA);
                for (var j = from; j < to; j++)
                {
                    expected += placed[i] == placed[j] ? 0.5 : (placed[i] > placed[j]) == (i < kA) ? 1 : 0;
                }

                Assert.Equal(expected, places.Beats(i));
            }
        }
    }
}
