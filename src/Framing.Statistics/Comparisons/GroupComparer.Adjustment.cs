using Framing.Scoring;
using Framing.Statistics.MultipleTesting;

namespace Framing.Statistics.Comparisons;

// The p-value adjustment across every comparison of the run.
internal static partial class GroupComparer
{
    // The rows are the comparer's own, not yet returned: adjusted in place (see ComparisonRow.AdjustPermutation).
    private static List<ComparisonRow> Adjust(List<ComparisonRow> rows, PValueAdjustment method)
    {
        AdjustWhere(rows, r => r.Kind != ComparisonKind.Omnibus, r => r.PPermutation, (r, p) => r.AdjustPermutation(p), method);
        AdjustWhere(rows, r => r.Kind != ComparisonKind.Omnibus, r => r.PCounts, (r, p) => r.AdjustCounts(p), method);
        AdjustWhere(rows, r => r.Kind == ComparisonKind.Omnibus, r => r.PCounts, (r, p) => r.AdjustCounts(p), method);
        return rows;
    }

    private static void AdjustWhere(List<ComparisonRow> rows, Func<ComparisonRow, bool> include, Func<ComparisonRow, double?> get, Action<ComparisonRow, double> set, PValueAdjustment method)
    {
        var indices = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < rows.Count; i++)
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
            set(rows[indices[k]], adjusted[k]);
        }
    }
}
