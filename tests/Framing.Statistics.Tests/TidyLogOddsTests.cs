using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

public sealed class TidyLogOddsTests
{
    // Base-R transcription of tidylo::bind_log_odds (R/bind_log_odds.R) on a long table (set, feature, n), one row
    // per present (set, feature) pair, used for every value below (printed with sprintf("%.15g", ...)):
    // tl <- function(set, feature, n, uninformative = FALSE) {
    //   alpha <- if (uninformative) rep(1, length(n)) else ave(n, feature, FUN = sum)
    //   y_wi <- n + alpha
    //   y_w <- ave(y_wi, feature, FUN = sum)
    //   n_i <- ave(y_wi, set, FUN = sum)
    //   delta <- log(y_wi / (n_i - y_wi)) - log(y_w / (sum(y_wi) - y_w))
    //   data.frame(set, feature, n, log_odds = delta, weighted = delta / sqrt(1 / y_wi + 1 / y_w)) }
    //
    // Dense matrix used below: m <- rbind(c(10,0,5,20), c(3,8,0,12), c(7,2,9,0)) (groups x terms a, b, c, d);
    // set <- rep(1:3, times = 4); feature <- rep(c("a","b","c","d"), each = 3); n <- as.vector(m)
    private static readonly double[][] Dense = [[10, 0, 5, 20], [3, 8, 0, 12], [7, 2, 9, 0]];

    private static readonly ToleranceComparer Tol = new(1e-10);

    [Fact]
    public void InformativeWithZeroRowsMatchesR()
    {
        // R: tl(set, feature, n)   (weighted, then log_odds; groups 1..3 for terms a, b, c, d)
        double[,] weighted =
        {
            { 0.169873035532007, -1.20339893813743, -0.336246742605958, 1.16851262023202 },
            { -0.70000688502392, 1.34940476665357, -1.05592141614124, 0.545389017701415 },
            { 0.542589352519661, -0.105556654853005, 1.45720587000421, -1.73517844025661 },
        };
        double[,] logOdds =
        {
            { 0.0363676441708747, -0.425465774814834, -0.0892725424527667, 0.192160005794242 },
            { -0.165619707176023, 0.382992252256106, -0.315516871445225, 0.0953101798043249 },
            { 0.120763663794521, -0.034742948443873, 0.360891394317667, -0.34294475112683 },
        };
        AssertTable(TidyLogOdds.Compute(Dense), weighted, logOdds);
    }

    [Fact]
    public void UninformativeWithZeroRowsMatchesR()
    {
        // R: tl(set, feature, n, TRUE)
        double[,] weighted =
        {
            { 0.285289172037981, -1.8164771297797, -0.579713330963418, 2.06174081645346 },
            { -1.31116698263857, 2.44308234615246, -1.77710893213964, 1.04937420984849 },
            { 1.1676559422427, -0.145645740937459, 3.12938877346737, -2.59279945144984 },
        };
        double[,] logOdds =
        {
            { 0.104583816589654, -1.88504740365161, -0.275281559253326, 0.569094531889967 },
            { -0.710306800842772, 1.05939157551483, -1.82863000503638, 0.340835879908986 },
            { 0.479277266031065, -0.0932879344235573, 1.24714497619114, -2.62957858566072 },
        };
        AssertTable(TidyLogOdds.Compute(Dense, TidyLogOddsPrior.Uninformative), weighted, logOdds);
    }

    [Fact]
    public void InformativeWithoutZeroRowsMatchesR()
    {
        // Zero cells have no row, as after dplyr::count(): k <- n > 0; tl(set[k], feature[k], n[k])
        double[,] weighted =
        {
            { -0.558394641362916, double.NaN, 0.462696599193257, 3.01395496539277 },
            { -1.05539189303566, 2.2438164661036, double.NaN, 2.91203518413259 },
            { 2.16753354222837, 1.6283321883455, 4.09461704326312, double.NaN },
        };
        double[,] logOdds =
        {
            { -0.119545150649783, double.NaN, 0.1279262824084, 0.518955749849241 },
            { -0.249702824386565, 0.668976819632132, double.NaN, 0.530149896592394 },
            { 0.482426149244293, 0.556181325486788, 1.06213912030572, double.NaN },
        };
        AssertTable(TidyLogOdds.Compute(Dense, omitZeroCounts: true), weighted, logOdds);
    }

    [Fact]
    public void UninformativeWithoutZeroRowsMatchesR()
    {
        // R: tl(set[k], feature[k], n[k], TRUE)
        double[,] weighted =
        {
            { 0.255595846605788, double.NaN, -0.443811647890512, 2.22225535316391 },
            { -1.31633762023226, 2.65232190134254, double.NaN, 1.2434138286903 },
            { 1.23308258458831, 0.0213685227629644, 3.38914394752878, double.NaN },
        };
        double[,] logOdds =
        {
            { 0.0936985759099833, double.NaN, -0.212458651214193, 0.616774201775371 },
            { -0.713107923122483, 1.16956402464039, double.NaN, 0.405465108108164 },
            { 0.506132353334241, 0.0137933221323359, 1.36620760255315, double.NaN },
        };
        AssertTable(TidyLogOdds.Compute(Dense, TidyLogOddsPrior.Uninformative, omitZeroCounts: true), weighted, logOdds);
    }

    [Fact]
    public void ReproducesTidylosOwnTestData()
    {
        // tidylo tests/testthat/test-bind-log-odds.R: document 1 = the quick brown fox jumped(2),
        // document 2 = over the lazy brown dog(2); tidylo expects the weighted log odds of quick, fox, jumped, over,
        // lazy, dog to be positive. Values from R:
        // set <- rep(1:2, each = 5); feature <- c("the","quick","brown","fox","jumped","over","the","lazy","brown","dog")
        // n <- c(1,1,1,1,2,1,1,1,1,2); tl(set, feature, n)
        //   -> the 0, quick 0.773189888233482, brown 0, fox 0.773189888233482, jumped 1.23809976179953 (log_odds 0.8754687373539)
        // terms: the, quick, brown, fox, jumped, over, lazy, dog
        double[][] counts = [[1, 1, 1, 1, 2, 0, 0, 0], [1, 0, 1, 0, 0, 1, 1, 2]];
        var table = TidyLogOdds.Compute(counts, omitZeroCounts: true);
        double[,] weighted =
        {
            { 0, 0.773189888233482, 0, 0.773189888233482, 1.23809976179953, double.NaN, double.NaN, double.NaN },
            { 0, double.NaN, 0, double.NaN, double.NaN, 0.773189888233482, 0.773189888233482, 1.23809976179953 },
        };
        for (var i = 0; i < 2; i++)
        {
            for (var w = 0; w < 8; w++)
            {
                AssertClose(weighted[i, w], table.WeightedLogOdds(i, w));
            }
        }

        AssertClose(0.8754687373539, table.LogOdds(0, 4));

        // R: tl(set, feature, n, TRUE) -> quick 0.798507696217771, jumped 1.05940117532859 (log_odds 0.864997437486605)
        var uninformative = TidyLogOdds.Compute(counts, TidyLogOddsPrior.Uninformative, omitZeroCounts: true);
        AssertClose(0.798507696217771, uninformative.WeightedLogOdds(0, 1));
        AssertClose(1.05940117532859, uninformative.WeightedLogOdds(1, 7));
        AssertClose(0.864997437486605, uninformative.LogOdds(0, 4));
    }

    [Fact]
    public void ReportsTheShape()
    {
        var table = TidyLogOdds.Compute(Dense);
        Assert.Equal(3, table.GroupCount);
        Assert.Equal(4, table.TermCount);
    }

    [Fact]
    public void RejectsRaggedEmptyOrNegativeInput()
    {
        Assert.Throws<ArgumentException>(() => TidyLogOdds.Compute([]));
        Assert.Throws<ArgumentException>(() => TidyLogOdds.Compute([[1, 2], [3]]));
        Assert.Throws<ArgumentException>(() => TidyLogOdds.Compute([[1, -2], [3, 4]]));
        Assert.Throws<ArgumentException>(() => TidyLogOdds.Compute([[1, double.NaN], [3, 4]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TidyLogOdds.Compute([[1, 2], [3, 4]], (TidyLogOddsPrior)7));
    }

    private static void AssertTable(TidyLogOddsTable table, double[,] weighted, double[,] logOdds)
    {
        for (var i = 0; i < weighted.GetLength(0); i++)
        {
            for (var w = 0; w < weighted.GetLength(1); w++)
            {
                AssertClose(weighted[i, w], table.WeightedLogOdds(i, w));
                AssertClose(logOdds[i, w], table.LogOdds(i, w));
            }
        }
    }

    private static void AssertClose(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"expected NaN, got {actual}");
        }
        else
        {
            Assert.Equal(expected, actual, Tol);
        }
    }
}
