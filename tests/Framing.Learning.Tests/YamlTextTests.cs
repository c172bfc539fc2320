namespace Framing.Learning.Tests;

/// <summary>Numbers in the comments and evidence of written lexicons (<see cref="YamlText.Number"/>): never a signed zero.</summary>
public sealed class YamlTextTests
{
    [Theory]
    [InlineData(-0.00001, "0")]
    [InlineData(-1e-12, "0")]
    [InlineData(0.0, "0")]
    [InlineData(-0.12345, "-0.1235")]
    [InlineData(0.5, "0.5")]
    [InlineData(double.NaN, "NA")]
    public void NumbersRoundingToZeroHaveNoSign(double value, string expected) => Assert.Equal(expected, YamlText.Number(value));
}
