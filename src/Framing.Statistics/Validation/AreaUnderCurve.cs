namespace Framing.Statistics.Validation;

/// <summary>
/// The area under the ROC curve of a score that should be higher for one set of units than for another, as the
/// Mann–Whitney statistic: AUC = P(a &gt; b) + ½ P(a = b) over every pair of a unit a of the first set and b of the second,
/// = U / (nA nB) (R: <c>wilcox.test(a, b)$statistic / (length(a) * length(b))</c>).
/// </summary>
internal static class AreaUnderCurve
{
    /// <summary>The AUC of <paramref name="higher"/> against <paramref name="lower"/>, ties counting half.</summary>
    /// <param name="higher">Scores of the units that should score higher (at least one).</param>
    /// <param name="lower">Scores of the units that should score lower (at least one).</param>
    /// <returns>The AUC in [0, 1].</returns>
    /// <exception cref="ArgumentException">A set is empty or holds NaN.</exception>
    public static double MannWhitney(IReadOnlyList<double> higher, IReadOnlyList<double> lower)
    {
        ArgumentNullException.ThrowIfNull(higher);
        ArgumentNullException.ThrowIfNull(lower);
        if (higher.Count == 0 || lower.Count == 0)
        {
            throw new ArgumentException("both sets need at least one score");
        }

        var a = Sorted(higher, nameof(higher));
        var b = Sorted(lower, nameof(lower));
        return TwiceU(a, b) / (2.0 * a.Length * b.Length);
    }

    /// <summary>2U: twice the number of pairs (a, b) with a &gt; b plus the number of tied pairs, for sorted inputs. An
    /// integer, so that sums over pairs of outlets are exact.</summary>
    /// <param name="higher">Sorted ascending.</param>
    /// <param name="lower">Sorted ascending.</param>
    /// <returns>2U.</returns>
    internal static long TwiceU(ReadOnlySpan<double> higher, ReadOnlySpan<double> lower)
    {
        long twice = 0;
        int below = 0, through = 0; // lower[..below] < x, lower[..through] <= x
        foreach (var x in higher)
        {
            while (below < lower.Length && lower[below] < x)
            {
                below++;
            }

            if (through < below)
            {
                through = below;
            }

            while (through < lower.Length && lower[through] <= x)
            {
                through++;
            }

            twice += (2L * below) + (through - below);
        }

        return twice;
    }

    private static double[] Sorted(IReadOnlyList<double> values, string name)
    {
        var array = values.ToArray();
        if (Array.Exists(array, double.IsNaN))
        {
            throw new ArgumentException("scores must not be NaN", name);
        }

        Array.Sort(array);
        return array;
    }
}
