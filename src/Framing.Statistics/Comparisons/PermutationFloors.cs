using Framing.Statistics.MultipleTesting;

namespace Framing.Statistics.Comparisons;

/// <summary>
/// Whether any comparison of a run can reach an adjusted permutation p-value below a level: a permutation p-value is at
/// least 1 / (permutations + 1), or for an exact test of a few documents the share of its rarest split, and Holm's and
/// Bonferroni's adjustments multiply the smallest p-value by the number of comparisons. With 2,000 permutations and 112
/// comparisons (8 outlets, 4 dimensions, every pair), no adjusted p-value can fall below 0.056, whatever the data.
/// </summary>
internal static class PermutationFloors
{
    /// <summary>The smallest adjusted permutation p-value any comparison of <paramref name="rows"/> could reach.</summary>
    /// <param name="rows">The rows of a run (pairs and vs-rest rows with a permutation test count; omnibus rows do not).</param>
    /// <param name="method">The adjustment across them.</param>
    /// <returns>The number of tests, the smallest raw p-value any of them could give, and the bound after adjustment
    /// (null and zeros when no row has a test).</returns>
    public static (int Tests, double Floor, double Bound)? Smallest(IEnumerable<ComparisonRow> rows, PValueAdjustment method)
    {
        var tests = 0;
        var floor = double.PositiveInfinity;
        foreach (var row in rows)
        {
            if (row.Kind != ComparisonKind.Omnibus && row.PPermutation is not null && row.PPermutationFloor is { } f)
            {
                tests++;
                floor = Math.Min(floor, f);
            }
        }

        if (tests == 0)
        {
            return null;
        }

        // Holm's smallest adjusted p-value is m·p(1), Bonferroni's m·p; the step-up methods Hochberg and BH can bring
        // the smallest p-value down to the floor itself when every test reaches it, so they are bounded by it alone; BY's
        // values are BH's times c(m) = 1 + 1/2 + … + 1/m, so its bound is c(m) times the floor (R: p.adjust(rep(f, m), "BY")).
        var bound = method switch
        {
            PValueAdjustment.Holm or PValueAdjustment.Bonferroni => Math.Min(1, tests * floor),
            PValueAdjustment.BenjaminiYekutieli => Math.Min(1, Harmonic(tests) * floor),
            _ => floor,
        };
        return (tests, floor, bound);
    }

    /// <summary>1 + 1/2 + … + 1/m.</summary>
    private static double Harmonic(int m)
    {
        var sum = 0.0;
        for (var k = 1; k <= m; k++)
        {
            sum += 1.0 / k;
        }

        return sum;
    }
}
