using Framing.Statistics.Agreement;

namespace Framing.Statistics.Tests;

public sealed class CohenKappaTests
{
    // Base-R computation from the contingency table, used for every value below (sprintf("%.15g", ...)):
    // kappa_tab <- function(r1, r2) { lev <- sort(unique(c(r1, r2))); t <- table(factor(r1, lev), factor(r2, lev)); n <- sum(t)
    //   po <- sum(diag(t))/n; pe <- sum(rowSums(t)*colSums(t))/n^2; c(kappa=(po-pe)/(1-pe), po=po, pe=pe, n=n) }
    private static readonly string[] First =
        ["war", "war", "peace", "war", "neutral", "peace", "war", "neutral", "peace", "war", "war", "peace", "neutral", "war", "peace", "war", "neutral", "war", "peace", "war"];

    private static readonly string[] Second =
        ["war", "peace", "peace", "war", "neutral", "peace", "war", "war", "peace", "war", "neutral", "peace", "neutral", "war", "war", "war", "neutral", "war", "peace", "peace"];

    private static readonly ToleranceComparer Tol = new(1e-12);

    [Fact]
    public void ThreeCategoriesMatchR()
    {
        // r1 <- c("war","war","peace",...); r2 <- c("war","peace","peace",...) (the arrays above)
        // R: kappa_tab(r1, r2) -> kappa 0.603174603174603, po 0.75, pe 0.37, n 20
        var result = CohenKappa.Compute(First, Second);
        Assert.Equal(0.603174603174603, result.Kappa, Tol);
        Assert.Equal(0.75, result.ObservedAgreement, Tol);
        Assert.Equal(0.37, result.ExpectedAgreement, Tol);
        Assert.Equal(20, result.Items);
    }

    [Fact]
    public void TextbookTwoByTwoMatchesR()
    {
        // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (the standard textbook example).
        // R: a <- c(rep("yes",25), rep("no",25)); b <- c(rep("yes",20), rep("no",5), rep("yes",10), rep("no",15)); kappa_tab(a, b)
        //    -> kappa 0.4, po 0.7, pe 0.5, n 50
        var result = CohenKappa.FromTable(new long[,] { { 20, 5 }, { 10, 15 } });
        Assert.Equal(0.4, result.Kappa, Tol);
        Assert.Equal(0.7, result.ObservedAgreement, Tol);
        Assert.Equal(0.5, result.ExpectedAgreement, Tol);
        Assert.Equal(50, result.Items);

        var fromLists = CohenKappa.Compute(
            Enumerable.Repeat(true, 25).Concat(Enumerable.Repeat(false, 25)).Select(b => (bool?)b).ToList(),
            Enumerable.Repeat(true, 20).Concat(Enumerable.Repeat(false, 5)).Concat(Enumerable.Repeat(true, 10)).Concat(Enumerable.Repeat(false, 15)).Select(b => (bool?)b).ToList());
        Assert.Equal(0.4, fromLists.Kappa, Tol);
    }

    [Fact]
    public void MissingRatingsAreLeftOut()
    {
        // r1m <- r1; r1m[c(3, 8)] <- NA; r2m <- r2; r2m[15] <- NA; k <- !is.na(r1m) & !is.na(r2m); kappa_tab(r1m[k], r2m[k])
        //    -> kappa 0.721311475409836, po 0.823529411764706, pe 0.366782006920415, n 17
        var first = First.Select(s => (string?)s).ToArray();
        var second = Second.Select(s => (string?)s).ToArray();
        first[2] = null;
        first[7] = null;
        second[14] = null;
        var result = CohenKappa.Compute(first, second);
        Assert.Equal(0.721311475409836, result.Kappa, Tol);
        Assert.Equal(0.823529411764706, result.ObservedAgreement, Tol);
        Assert.Equal(0.366782006920415, result.ExpectedAgreement, Tol);
        Assert.Equal(17, result.Items);
    }

    [Fact]
    public void ComparerIsUsed()
    {
        var upper = First.Select(s => s.ToUpperInvariant()).ToArray();
        Assert.Equal(0.603174603174603, CohenKappa.Compute(upper, Second, StringComparer.OrdinalIgnoreCase).Kappa, Tol);
        // Ordinal by default: "WAR" and "war" differ, so there is no agreement at all and none expected (no shared category).
        var ordinal = CohenKappa.Compute(upper, Second);
        Assert.Equal(0, ordinal.ObservedAgreement);
        Assert.Equal(0, ordinal.ExpectedAgreement);
        Assert.Equal(0, ordinal.Kappa);
    }

    [Fact]
    public void DegenerateCases()
    {
        // One shared category throughout: p_e = 1, kappa undefined.
        var same = CohenKappa.Compute(["a", "a", "a"], ["a", "a", "a"]);
        Assert.True(double.IsNaN(same.Kappa));
        Assert.Equal(1, same.ObservedAgreement);

        // Perfect agreement with variation: 1.
        Assert.Equal(1, CohenKappa.Compute(["a", "b", "a"], ["a", "b", "a"]).Kappa, 15);

        // Nothing rated by both.
        var empty = CohenKappa.Compute(["a", null], [null, "b"]);
        Assert.Equal(0, empty.Items);
        Assert.True(double.IsNaN(empty.Kappa));
    }

    [Fact]
    public void RejectsMismatchedInput()
    {
        Assert.Throws<ArgumentException>(() => CohenKappa.Compute(["a"], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => CohenKappa.FromTable(new long[2, 3]));
        Assert.Throws<ArgumentException>(() => CohenKappa.FromTable(new long[,] { { 1, -1 }, { 0, 1 } }));
    }
}
