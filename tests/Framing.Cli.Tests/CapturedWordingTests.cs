using Framing.Cli.Commands.Learning;

namespace Framing.Cli.Tests;

/// <summary>The summary clause of <c>framing learn</c>: never a signed zero (<c>-0%</c>) for a lexicon barely below chance.</summary>
public sealed class CapturedWordingTests
{
    [Theory]
    [InlineData(-0.004, "the lexicon captures 0% of what the words can tell")]
    [InlineData(-1e-9, "the lexicon captures 0% of what the words can tell")]
    [InlineData(0.0, "the lexicon captures 0% of what the words can tell")]
    [InlineData(-0.3, "the lexicon captures -30% of what the words can tell")]
    [InlineData(0.456, "the lexicon captures 46% of what the words can tell")]
    [InlineData(1.234, "the lexicon separates the sides better than the classifier learned from these outlets (captured 1.23)")]
    [InlineData(double.NaN, "nothing to capture: the classifier does no better than chance (AUC 0.5 or below)")]
    public void CapturedShareIsWordedWithoutASignedZero(double captured, string expected) =>
        Assert.Equal(expected, CapturedWording.Describe(captured));
}
