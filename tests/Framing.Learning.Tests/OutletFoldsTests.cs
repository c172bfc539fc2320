using Framing.Corpus;

namespace Framing.Learning.Tests;

public sealed class OutletFoldsTests
{
    private static readonly (string, KnownSide)[] Outlets =
    [
        ("a1", KnownSide.A), ("a2", KnownSide.A), ("a3", KnownSide.A), ("a4", KnownSide.A), ("a5", KnownSide.A),
        ("b1", KnownSide.B), ("b2", KnownSide.B), ("b3", KnownSide.B), ("shared", KnownSide.A), ("shared", KnownSide.B),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void NoOutletIsOnBothSidesOfAFold(int k)
    {
        var folds = OutletFolds.Create(Outlets, k, 3);
        // Documents: several per outlet (and per side of the outlet that has both).
        var documents = Outlets.SelectMany(o => Enumerable.Range(0, 4).Select(_ => o.Item1)).ToList();
        for (var f = 0; f < folds.Count; f++)
        {
            var test = documents.Where(o => folds.FoldOf(o) == f).ToHashSet(StringComparer.Ordinal);
            var train = documents.Where(o => folds.FoldOf(o) != f).ToHashSet(StringComparer.Ordinal);
            Assert.NotEmpty(test);
            Assert.Empty(test.Intersect(train));
        }

        Assert.Equal(9, Enumerable.Range(0, folds.Count).Sum(f => folds.OutletsOf(f).Count));
    }

    [Fact]
    public void KFoldsDealBothSidesToEveryFold()
    {
        var folds = OutletFolds.Create(Outlets, 3, 1);
        Assert.Equal(3, folds.Count);
        for (var f = 0; f < 3; f++)
        {
            Assert.Contains(folds.OutletsOf(f), o => o.StartsWith('a'));
            Assert.Contains(folds.OutletsOf(f), o => o.StartsWith('b'));
        }
    }

    [Fact]
    public void TheSeedDecidesTheFoldsAndLeaveOneOutIsOneOutletEach()
    {
        var one = OutletFolds.Create(Outlets, 3, 1);
        var again = OutletFolds.Create(Outlets.Reverse(), 3, 1);
        Assert.All(Outlets, o => Assert.Equal(one.FoldOf(o.Item1), again.FoldOf(o.Item1)));
        var other = Enumerable.Range(2, 20).Select(s => OutletFolds.Create(Outlets, 3, (ulong)s));
        Assert.Contains(other, o => Outlets.Any(x => o.FoldOf(x.Item1) != one.FoldOf(x.Item1)));
        var loo = OutletFolds.Create(Outlets, 0, 1);
        Assert.True(loo.IsLeaveOneOutletOut);
        Assert.Equal(9, loo.Count);
        Assert.All(Enumerable.Range(0, 9), f => Assert.Single(loo.OutletsOf(f)));
        Assert.Throws<ArgumentException>(() => OutletFolds.Create(Outlets, 1, 1));
        Assert.Throws<ArgumentException>(() => OutletFolds.Create([("x", KnownSide.A), ("x", KnownSide.B)], 0, 1));
    }

    [Fact]
    public void AFoldOrASideOutOfRangeIsRefused()
    {
        // Before: OutletsOf(-1) and OutletsOf(Count) gave empty lists, an outlet of side 9 was left out of every fold
        // (FoldOf then a missing key), and a null Learning option a NullReferenceException in the calibrator.
        var folds = OutletFolds.Create(Outlets, 3, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => folds.OutletsOf(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => folds.OutletsOf(folds.Count));
        Assert.NotEmpty(folds.OutletsOf(folds.Count - 1));
        Assert.Contains("neither KnownSide.A nor KnownSide.B", Assert.Throws<ArgumentException>(() => OutletFolds.Create([.. Outlets, ("odd", (KnownSide)9)], 3, 1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => OutletFolds.Create([.. Outlets, (null!, KnownSide.A)], 3, 1));
        Assert.Throws<ArgumentNullException>(() => CalibrationOptions.Default with { Learning = null! });
        Assert.Throws<ArgumentNullException>(() => ClassifierOptions.Default with { Learning = null! });
    }
}
