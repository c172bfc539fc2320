using Framing.Scoring;
using Framing.Statistics.MultipleTesting;

namespace Framing.Statistics.Comparisons;

// The p-value adjustment across every comparison of the run.
internal static partial class GroupComparer
{
    private static List<ComparisonRow> Adjust(List<ComparisonRow> rows, PValueAdjustment method)
    {
        ComparisonRow[] result = [.. rows];
        AdjustWhere(result, r => r.Kind != ComparisonKind.Omnibus, r => r.PPermutation, (r, p) => r with { PPermutationAdjusted = p }, method);
        AdjustWhere(result, r => r.Kind != ComparisonKind.Omnibus, r => r.PCounts, (r, p) => r with { PCountsAdjusted = p }, method);
        AdjustWhere(result, r => r.Kind == ComparisonKind.Omnibus, r => r.PCounts, (r, p) => r with { PCountsAdjusted = p }, method);
        return [.. result];
    }

    private static void AdjustWhere(ComparisonRow[] rows, Func<ComparisonRow, bool> include, Func<ComparisonRow, double?> get, Func<ComparisonRow, double, ComparisonRow> set, PValueAdjustment method)
    {
        var indices = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < rows.Length; i++)
        {
            if (include(rows[i]) && get(rows[i]) is { } p)
            {
                indices.Add(i);
                values.Add(p);
            }
        }

        var adjusted = PValues.Adjust(values, method);
        for (var k = 0; k < indices.Count; k++)
        {
            rows[indices[k]] = set(rows[indices[k]], adjusted[k]);
        }
    }
}
