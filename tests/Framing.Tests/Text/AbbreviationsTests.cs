using Framing.Text;

namespace Framing.Tests.Text;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("Dr")]
    [InlineData("dr")]
    [InlineData("DR")]
    [InlineData("Mr")]
    [InlineData("Mrs")]
    [InlineData("Prof")]
    [InlineData("Gen")]
    [InlineData("Sept")]
    [InlineData("Dec")]
    [InlineData("etc")]
    [InlineData("vs")]
    [InlineData("al")]
    [InlineData("approx")]
    [InlineData("Approx")]
    public void KnownAbbreviations(string word)
    {
        Assert.True(Abbreviations.IsAbbreviation(word));
    }

    [Theory]
    [InlineData("J")]
    [InlineData("e")]
    [InlineData("É")]
    [InlineData("ب")]
    [InlineData("E\u0301")] // a letter with a combining mark is still a single letter
    [InlineData("𝐉")] // a single letter outside the BMP
    public void SingleLettersAreAbbreviations(string word)
    {
        Assert.True(Abbreviations.IsAbbreviation(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("٥")]
    [InlineData("𝟓")]
    [InlineData("Smith")]
    [InlineData("Drs")]
    [InlineData("doctor")]
    [InlineData("approxi")]
    [InlineData("approximately")]
    [InlineData("د.")]
    [InlineData("دكتور")]
    [InlineData("Dr'")]
    [InlineData("E\u0301\u0301x")]
    public void OtherWordsAreNot(string word)
    {
        Assert.False(Abbreviations.IsAbbreviation(word));
    }
}
