using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Contingency;

namespace Framing.Statistics.Comparisons;

// The omnibus test of every group on one axis, over the pooled pole counts.
internal static partial class GroupComparer
{
    private static ComparisonRow Omnibus(string target, ScoreAxis axis, List<GroupTally> groups, VoiceSelection voices)
    {
        var rows = new List<(long A, long B)>();
        long documents = 0, totalA = 0, totalB = 0;
        foreach (var g in groups)
        {
            var (a, b, _, _) = Pool(g.Counts, axis, voices);
            documents += g.Documents;
            totalA += a;
            totalB += b;
            if (a + b > 0)
            {
                rows.Add((a, b));
            }
        }

        // Group "*" is every group: its documents and pole counts are the totals the test's table adds up to.
        var row = new ComparisonRow { Dimension = target, Kind = ComparisonKind.Omnibus, Group1 = "*", Group2 = string.Empty, Documents1 = documents, CountA1 = totalA, CountB1 = totalB };
        if (rows.Count < 2 || rows.All(r => r.A == 0) || rows.All(r => r.B == 0))
        {
            return row with { Note = "omnibus test needs at least two groups with matches and matches of both poles" };
        }

        var counts = new double[rows.Count, 2];
        for (var i = 0; i < rows.Count; i++)
        {
            counts[i, 0] = rows[i].A;
            counts[i, 1] = rows[i].B;
        }

        var table = new ContingencyTable(counts);
        var notes = new List<string>();
        if (rows.Count < groups.Count)
        {
            notes.Add($"{groups.Count - rows.Count} group(s) without matches left out");
        }

        var small = SmallExpectedCells(table);
        if (small > 0 && rows.Count == 2)
        {
            // Two groups: the table of the pair's count test, which is exact there (the pair row gives the same p).
            var fisher = FisherExactTest.TwoSided(rows[0].A, rows[0].B, rows[1].A, rows[1].B, 0.95);
            return row with { CountTest = FisherResult.TestName, PCounts = fisher.PValue, CramersV = CramersV.Compute(table), Note = string.Join("; ", notes) };
        }

        if (small > 0)
        {
            // R's chisq.test warns "Chi-squared approximation may be incorrect" here: say so in the row.
            notes.Add(FormattableString.Invariant($"{small} of {rows.Count * 2} expected counts below 5: the chi-square p is approximate and may be too small"));
        }

        var chi = ChiSquareTest.Pearson(table, yates: false);
        return row with { CountTest = chi.Test, Statistic = chi.Statistic, DegreesOfFreedom = chi.DegreesOfFreedom, PCounts = chi.PValue, CramersV = CramersV.Compute(table), Note = string.Join("; ", notes) };
    }

    private static int SmallExpectedCells(ContingencyTable table)
    {
        var small = 0;
        for (var i = 0; i < table.Rows; i++)
        {
            for (var j = 0; j < table.Columns; j++)
            {
                small += table.Expected(i, j) < 5 ? 1 : 0;
            }
        }

        return small;
    }

    private static (long CountA, long CountB, long WeightA, long WeightB) Pool(FramingCounts counts, ScoreAxis axis, VoiceSelection voices)
    {
        var p = axis.Pool(counts, voices);
        return (p.CountA, p.CountB, p.WeightAMilli, p.WeightBMilli);
    }
}
