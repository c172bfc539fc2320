using Framing.Cli.Commands.Check;

namespace Framing.Cli.Tests.Check;

/// <summary>score-drift compares the change with the tolerance on the figures as written, with no hidden slack.</summary>
public sealed class DriftExactnessTests
{
    [Theory]
    [InlineData(0.5, 0.4999999995, 0, true)] // 5e-10 at --tolerance 0: before, a hidden 1e-9 let it pass
    [InlineData(0.5, 0.4499999995, 0.05, true)] // 0.0500000005 is more than 0.05
    [InlineData(0.45, 0.4, 0.05, false)] // exactly the tolerance passes (the doubles' difference is 0.04999999999999999)
    [InlineData(0.4, 0.45, 0.05, false)]
    [InlineData(0.3, 0.3, 0, false)]
    [InlineData(-1, 1, 2, false)]
    [InlineData(0.100001, 0.1, 0.000001, false)]
    [InlineData(0.100002, 0.1, 0.000001, true)]
    public void AChangeFailsOnlyWhenItIsMoreThanTheTolerance(double score, double baseline, double tolerance, bool drifted) =>
        Assert.Equal(drifted, DriftRule.Exceeds(score, baseline, tolerance));
}
