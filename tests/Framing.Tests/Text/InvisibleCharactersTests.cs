using Framing.Text;

namespace Framing.Tests.Text;

public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" \t\r\n\u00A0\u3000\u2028")] // white space
    [InlineData("\u200B\uFEFF\u180E\u2060")] // the format characters a blank-looking text was made of
    [InlineData("\u00AD\u061C\u200C\u200D\u200E\u202E\u2066")] // a soft hyphen, bidi marks and controls, joiners
    [InlineData("\u034F\uFE00\uFE0F\u180B\u17B4")] // default-ignorable marks: the combining grapheme joiner, variation selectors
    [InlineData("\u115F\u1160\u3164\uFFA0")] // the Hangul fillers, letters that show nothing
    [InlineData("\U000E0001\U000E0020\U000E007F\U000E0100")] // tag characters and a variation selector of another plane
    public void OnlyWhiteSpaceAndDefaultIgnorableCharactersAreInvisible(string text) =>
        Assert.True(InvisibleCharacters.OnlyInvisible(text));

    [Theory]
    [InlineData("a")]
    [InlineData("\u200B\u200Ba")] // one visible character is enough
    [InlineData("\u2764\uFE0F")] // a heart with its emoji variation selector
    [InlineData("\u0645")] // an Arabic letter
    [InlineData("\uD800")] // a lone surrogate reads as U+FFFD
    [InlineData("\u0301")] // a combining accent alone is still a mark that shows
    public void AVisibleCharacterMakesTheTextVisible(string text) =>
        Assert.False(InvisibleCharacters.OnlyInvisible(text));
}
