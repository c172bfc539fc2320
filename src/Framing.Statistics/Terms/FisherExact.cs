namespace Framing.Statistics.Terms;

/// <summary>
/// Fisher's exact test of a 2×2 table as keyness needs it. The test itself belongs to another module
/// (<c>Framing.Statistics.Contingency.FisherExactTest.TwoSided(a, b, c, d)</c>, returning its <c>PValue</c> and
/// conditional-MLE <c>OddsRatio</c>); keyness reaches it only through this interface.
/// </summary>
internal interface IFisherExactTest
{
    /// <summary>The two-sided p-value (R's <c>fisher.test</c>) and conditional maximum-likelihood odds ratio of the table [[a, b], [c, d]].</summary>
    (double PValue, double OddsRatio) TwoSided(long a, long b, long c, long d);
}

/// <summary>Keyness's Fisher test: <see cref="Contingency.FisherExactTest.TwoSided"/>.</summary>
internal sealed class ContingencyFisherExactTest : IFisherExactTest
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly ContingencyFisherExactTest Instance = new();

    public (double PValue, double OddsRatio) TwoSided(long a, long b, long c, long d)
    {
        var result = Contingency.FisherExactTest.TwoSided(a, b, c, d);
        return (result.PValue, result.OddsRatio);
    }
}
