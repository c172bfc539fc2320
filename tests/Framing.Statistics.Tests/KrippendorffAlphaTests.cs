using Framing.Statistics.Agreement;

namespace Framing.Statistics.Tests;

public sealed class KrippendorffAlphaTests
{
    // Base-R implementation through the coincidence matrix (x is coders x units, NA missing), used for every value below
    // (printed with sprintf("%.15g", ...)):
    // ka <- function(x, level) {
    //   vals <- sort(unique(as.vector(x[!is.na(x)]))); o <- matrix(0, length(vals), length(vals))
    //   for (u in seq_len(ncol(x))) { v <- x[!is.na(x[,u]), u]; m <- length(v); if (m < 2) next
    //     for (i in seq_len(m)) for (j in seq_len(m)) if (i != j) { a <- match(v[i], vals); b <- match(v[j], vals); o[a,b] <- o[a,b] + 1/(m-1) } }
    //   nc <- rowSums(o); n <- sum(nc)
    //   d2 <- outer(seq_along(vals), seq_along(vals), Vectorize(function(i,j) { c <- vals[i]; k <- vals[j]
    //     switch(level, nominal = as.numeric(c != k), interval = (c-k)^2, ratio = if (c+k==0) 0 else ((c-k)/(c+k))^2,
    //       ordinal = { lo <- min(i,j); hi <- max(i,j); (sum(nc[lo:hi]) - (nc[lo]+nc[hi])/2)^2 }) }))
    //   Do <- sum(o*d2)/n; De <- sum(outer(nc,nc)*d2)/(n*(n-1)); c(alpha = 1 - Do/De, Do = Do, De = De, n = n) }
    //
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers x 12 units, missing values.
    // x <- rbind(c(1,2,3,3,2,1,4,1,2,NA,NA,NA), c(1,2,3,3,2,2,4,1,2,5,NA,3), c(NA,3,3,3,2,3,4,2,2,5,1,NA), c(1,2,3,3,2,4,4,1,2,5,1,NA))
    // Here transposed to units x coders.
    private static readonly double N = double.NaN;

    private static readonly double[,] Krippendorff2011 =
    {
        { 1, 1, N, 1 },
        { 2, 2, 3, 2 },
        { 3, 3, 3, 3 },
        { 3, 3, 3, 3 },
        { 2, 2, 2, 2 },
        { 1, 2, 3, 4 },
        { 4, 4, 4, 4 },
        { 1, 1, 2, 1 },
        { 2, 2, 2, 2 },
        { N, 5, 5, 5 },
        { N, N, 1, 1 },
        { N, 3, N, N },
    };

    // y <- rbind(c(0.5,1.5,2.0,NA,3.25,0.0,4.0,2.5), c(0.75,1.5,2.5,1.0,3.0,NA,3.5,2.5), c(0.5,NA,2.0,1.25,3.5,0.25,NA,2.0)) (3 coders x 8 units)
    private static readonly double[,] Decimals =
    {
        { 0.5, 0.75, 0.5 },
        { 1.5, 1.5, N },
        { 2.0, 2.5, 2.0 },
        { N, 1.0, 1.25 },
        { 3.25, 3.0, 3.5 },
        { 0.0, N, 0.25 },
        { 4.0, 3.5, N },
        { 2.5, 2.5, 2.0 },
    };

    [Theory]
    [InlineData(KrippendorffLevel.Nominal, 0.743)]  // Krippendorff (2011): nominal alpha = 0.743
    [InlineData(KrippendorffLevel.Ordinal, 0.815)]  // Krippendorff (2011): ordinal alpha = 0.815
    [InlineData(KrippendorffLevel.Interval, 0.849)] // Krippendorff (2011): interval alpha = 0.849
    [InlineData(KrippendorffLevel.Ratio, 0.797)]    // Krippendorff (2011): ratio alpha = 0.797
    public void MatchesThePublishedWorkedExample(KrippendorffLevel level, double published) =>
        Assert.InRange(KrippendorffAlpha.Compute(Krippendorff2011, level).Alpha, published - 5e-4, published + 5e-4);

    [Theory]
    // R: ka(x, "nominal") -> 0.743421052631579 0.2 0.77948717948718 40
    [InlineData(KrippendorffLevel.Nominal, 0.743421052631579, 0.2, 0.77948717948718)]
    // R: ka(x, "ordinal") -> 0.815387503754881 47.275 256.076923076923 40
    [InlineData(KrippendorffLevel.Ordinal, 0.815387503754881, 47.275, 256.076923076923)]
    // R: ka(x, "interval") -> 0.849107142857143 0.433333333333333 2.87179487179487 40
    [InlineData(KrippendorffLevel.Interval, 0.849107142857143, 0.433333333333333, 2.87179487179487)]
    // R: ka(x, "ratio") -> 0.797402774711612 0.0224327286470144 0.11072574471384 40
    [InlineData(KrippendorffLevel.Ratio, 0.797402774711612, 0.0224327286470144, 0.11072574471384)]
    public void MatchesRToManyDigitsOnTheWorkedExample(KrippendorffLevel level, double alpha, double observed, double expected)
    {
        var result = KrippendorffAlpha.Compute(Krippendorff2011, level);
        var tol = new ToleranceComparer(1e-12);
        Assert.Equal(alpha, result.Alpha, tol);
        Assert.Equal(observed, result.ObservedDisagreement, tol);
        Assert.Equal(expected, result.ExpectedDisagreement, tol);
        Assert.Equal(40, result.PairableValues);
        Assert.Equal(11, result.PairableUnits); // unit 12 has a single value
    }

    [Theory]
    // R: ka(y, "nominal") -> 0.212707182320442 0.75 0.952631578947368 20
    [InlineData(KrippendorffLevel.Nominal, 0.212707182320442, 0.75, 0.952631578947368)]
    // R: ka(y, "ordinal") -> 0.957865807429871 2.925 69.4210526315789 20
    [InlineData(KrippendorffLevel.Ordinal, 0.957865807429871, 2.925, 69.4210526315789)]
    // R: ka(y, "interval") -> 0.960121268656716 0.1125 2.82105263157895 20
    [InlineData(KrippendorffLevel.Interval, 0.960121268656716, 0.1125, 2.82105263157895)]
    // R: ka(y, "ratio") -> 0.607165007806326 0.108592593241938 0.276433096337813 20
    [InlineData(KrippendorffLevel.Ratio, 0.607165007806326, 0.108592593241938, 0.276433096337813)]
    public void MatchesROnDecimalValues(KrippendorffLevel level, double alpha, double observed, double expected)
    {
        var result = KrippendorffAlpha.Compute(Decimals, level);
        var tol = new ToleranceComparer(1e-12);
        Assert.Equal(alpha, result.Alpha, tol);
        Assert.Equal(observed, result.ObservedDisagreement, tol);
        Assert.Equal(expected, result.ExpectedDisagreement, tol);
        Assert.Equal(20, result.PairableValues);
        Assert.Equal(8, result.PairableUnits);
    }

    [Fact]
    public void JaggedNullableInputGivesTheSameAlpha()
    {
        var jagged = new List<IReadOnlyList<double?>>();
        for (var u = 0; u < Krippendorff2011.GetLength(0); u++)
        {
            var row = new List<double?>();
            for (var c = 0; c < Krippendorff2011.GetLength(1); c++)
            {
                // Missing as null for even coders, NaN for odd ones: both mean missing.
                row.Add(double.IsNaN(Krippendorff2011[u, c]) ? (c % 2 == 0 ? null : double.NaN) : Krippendorff2011[u, c]);
            }

            jagged.Add(row);
        }

        // R: ka(x, "interval") -> 0.849107142857143
        Assert.Equal(0.849107142857143, KrippendorffAlpha.Compute(jagged, KrippendorffLevel.Interval).Alpha, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void NominalLabelsGiveTheSameAlphaAsCodes()
    {
        // The worked example with codes 1..5 renamed to labels; R: ka(x, "nominal") -> 0.743421052631579
        string?[] names = [null, "terrorists", "rebels", "militants", "opposition", "fighters"];
        var units = new List<IReadOnlyList<string?>>();
        for (var u = 0; u < Krippendorff2011.GetLength(0); u++)
        {
            var row = new string?[Krippendorff2011.GetLength(1)];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = double.IsNaN(Krippendorff2011[u, c]) ? null : names[(int)Krippendorff2011[u, c]];
            }

            units.Add(row);
        }

        var result = KrippendorffAlpha.Nominal(units);
        Assert.Equal(0.743421052631579, result.Alpha, new ToleranceComparer(1e-12));
        Assert.Equal(40, result.PairableValues);
    }

    [Fact]
    public void PerfectAgreementIsOne()
    {
        double[,] data = { { 1, 1, 1 }, { 2, 2, N }, { 3, 3, 3 } };
        Assert.Equal(1, KrippendorffAlpha.Compute(data, KrippendorffLevel.Nominal).Alpha, 15);
        Assert.Equal(1, KrippendorffAlpha.Compute(data, KrippendorffLevel.Interval).Alpha, 15);
    }

    [Fact]
    public void NoVariationOrNoPairsIsNaN()
    {
        double[,] constant = { { 2, 2 }, { 2, 2 }, { 2, N } };
        var result = KrippendorffAlpha.Compute(constant, KrippendorffLevel.Nominal);
        Assert.True(double.IsNaN(result.Alpha));
        Assert.Equal(0, result.ExpectedDisagreement);

        double[,] unpaired = { { 1, N }, { N, 2 } };
        var none = KrippendorffAlpha.Compute(unpaired, KrippendorffLevel.Nominal);
        Assert.True(double.IsNaN(none.Alpha));
        Assert.Equal(0, none.PairableUnits);
    }

    [Fact]
    public void RejectsInvalidValues()
    {
        Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(new double[,] { { 1, double.PositiveInfinity } }, KrippendorffLevel.Interval));
        Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(new double[,] { { 1, -1 }, { 2, 2 } }, KrippendorffLevel.Ratio));
        Assert.Throws<ArgumentOutOfRangeException>(() => KrippendorffAlpha.Compute(new double[,] { { 1, 1 } }, (KrippendorffLevel)8));
    }
}
