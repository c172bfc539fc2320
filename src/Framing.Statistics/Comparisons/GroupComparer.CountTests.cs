using Framing.Statistics.Contingency;
using Framing.Statistics.Proportions;

namespace Framing.Statistics.Comparisons;

// The tests on the pole counts of a pair (chi-square, G, Fisher) and their effect sizes.
internal static partial class GroupComparer
{
    private static ComparisonRow CountTests(ComparisonRow row, long a1, long b1, long a2, long b2, double confidence, List<string> notes)
    {
        if (a1 + b1 == 0 || a2 + b2 == 0 || a1 + a2 == 0 || b1 + b2 == 0)
        {
            notes.Add("count test needs matches of both poles and in both groups");
            // Both groups with matches of one pole only: their shares are equal (1 and 1, or 0 and 0), so h is 0.
            return a1 + b1 == 0 || a2 + b2 == 0
                ? row
                : row with { CohensH = ProportionIntervals.CohensH(a1 / (double)(a1 + b1), a2 / (double)(a2 + b2)) };
        }

        var table = ContingencyTable.Of(a1, b1, a2, b2);
        var fisher = FisherExactTest.TwoSided(a1, b1, a2, b2, confidence);
        var small = false;
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                small |= table.Expected(i, j) < 5;
            }
        }

        var h = ProportionIntervals.CohensH(a1 / (double)(a1 + b1), a2 / (double)(a2 + b2));
        if (small)
        {
            return row with { CountTest = FisherResult.TestName, PCounts = fisher.PValue, CohensH = h, OddsRatio = fisher.OddsRatio, OddsRatioLower = fisher.Lower, OddsRatioUpper = fisher.Upper };
        }

        var chi = ChiSquareTest.Pearson(table, yates: true);
        return row with { CountTest = chi.Test, Statistic = chi.Statistic, DegreesOfFreedom = chi.DegreesOfFreedom, PCounts = chi.PValue, CohensH = h, OddsRatio = fisher.OddsRatio, OddsRatioLower = fisher.Lower, OddsRatioUpper = fisher.Upper };
    }
}
