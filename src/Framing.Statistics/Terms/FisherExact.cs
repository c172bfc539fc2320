namespace Framing.Statistics.Terms;

/// <summary>
/// Fisher's exact test of a 2×2 table as keyness needs it. The test itself belongs to another module
/// (<c>Framing.Statistics.Contingency.FisherExactTest.PValueAndOddsRatio(a, b, c, d)</c>: its p-value and
/// conditional-MLE odds ratio, without the interval keyness does not print); keyness reaches it only through this interface.
/// </summary>
internal interface IFisherExactTest
{
    /// <summary>The two-sided p-value (R's <c>fisher.test</c>) and conditional maximum-likelihood odds ratio of the table [[a, b], [c, d]].</summary>
    (double PValue, double OddsRatio) TwoSided(long a, long b, long c, long d);
}

/// <summary>Keyness's Fisher test: <see cref="Contingency.FisherExactTest.PValueAndOddsRatio"/>.</summary>
internal sealed class ContingencyFisherExactTest : IFisherExactTest
{
    /// <summary>The shared instance (stateless).</summary>
    public static readonly ContingencyFisherExactTest Instance = new();

    public (double PValue, double OddsRatio) TwoSided(long a, long b, long c, long d) =>
        Contingency.FisherExactTest.PValueAndOddsRatio(a, b, c, d);
}
