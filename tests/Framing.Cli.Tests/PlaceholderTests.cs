namespace Framing.Cli.Tests;

public sealed class BuildSmokeTests
{
    [Fact]
    public void NormalizedTextBuilderGrowsAndKeepsContent()
    {
        var b = new Framing.Text.NormalizedTextBuilder(1);
        for (var i = 0; i < 100; i++)
        {
            b.Append('x');
        }

        b.Append("yz");
        Assert.Equal(102, b.Length);
        Assert.Equal('z', b.WrittenSpan[^1]);
        b.Truncate(2);
        Assert.Equal(new string('x', 100), b.ToString());
    }
}
