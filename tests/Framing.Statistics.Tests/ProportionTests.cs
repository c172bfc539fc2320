using Framing.Statistics.Proportions;

namespace Framing.Statistics.Tests;

public sealed class ProportionTests
{
    private static void Close(double expected, double actual, double relative = 1e-9) =>
        Assert.True(ToleranceComparer.Close(expected, actual, relative), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void WilsonMatchesPropTest()
    {
        // R: prop.test(17, 40, correct=FALSE)$conf.int -> 0.285093925599504 0.578049314580089
        var w = ProportionIntervals.Wilson(17, 40);
        Close(0.425, w.Estimate);
        Close(0.285093925599504, w.Lower);
        Close(0.578049314580089, w.Upper);

        // R: prop.test(17, 40, correct=FALSE, conf.level=0.9)$conf.int -> 0.305234136980157 0.554268880316662
        var w90 = ProportionIntervals.Wilson(17, 40, 0.9);
        Close(0.305234136980157, w90.Lower);
        Close(0.554268880316662, w90.Upper);

        // R: prop.test(0, 25, correct=FALSE)$conf.int -> 0 0.133192250939048
        var zero = ProportionIntervals.Wilson(0, 25);
        Assert.Equal(0, zero.Lower);
        Close(0.133192250939048, zero.Upper);
    }

    [Fact]
    public void NewcombeHybridScoreInterval()
    {
        // R: w <- function(x,n){ r <- prop.test(x,n,correct=FALSE)$conf.int; c(x/n, r[1], r[2]) }
        //    a <- w(56,70); b <- w(48,80); d <- a[1]-b[1]
        //    c(d, d - sqrt((a[1]-a[2])^2 + (b[3]-b[1])^2), d + sqrt((a[3]-a[1])^2 + (b[1]-b[2])^2))
        //    -> 0.2 0.0524314724023649 0.3338726540369059 (Newcombe 1998, example (a): 0.0524 to 0.3339)
        var n = ProportionIntervals.NewcombeDifference(56, 70, 48, 80);
        Close(0.2, n.Estimate);
        Close(0.0524314724023649, n.Lower);
        Close(0.3338726540369059, n.Upper);
    }

    [Fact]
    public void CohensH()
    {
        // R: 2*asin(sqrt(0.8)) - 2*asin(sqrt(0.6)) -> 0.442143188002953
        Close(0.442143188002953, ProportionIntervals.CohensH(0.8, 0.6));
        Assert.Equal(0, ProportionIntervals.CohensH(0.3, 0.3));
        Close(Math.PI, ProportionIntervals.CohensH(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.CohensH(1.2, 0));
    }
}
