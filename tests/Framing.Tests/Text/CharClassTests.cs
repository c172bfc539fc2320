using Framing.Text;

namespace Framing.Tests.Text;

public sealed class CharClassTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("Z", 1)]
    [InlineData("7", 1)]
    [InlineData("ب", 1)]
    [InlineData("\u0651", 1)] // shadda (Mn)
    [InlineData("\u0640", 1)] // tatweel (Lm)
    [InlineData("٣", 1)]
    [InlineData("²", 1)] // No
    [InlineData("Ⅻ", 1)] // Nl
    [InlineData("\u0903", 1)] // Mc
    [InlineData("\u20DD", 1)] // Me
    [InlineData("𝐀", 2)]
    [InlineData("𝟏", 2)]
    public void WordCharacters(string text, int length)
    {
        Assert.True(CharClass.IsWordAt(text, 0, out var actual));
        Assert.Equal(length, actual);
    }

    [Theory]
    [InlineData(" ", 1)]
    [InlineData("-", 1)]
    [InlineData("_", 1)]
    [InlineData("@", 1)]
    [InlineData("[", 1)]
    [InlineData("`", 1)]
    [InlineData("{", 1)]
    [InlineData("'", 1)]
    [InlineData("’", 1)]
    [InlineData("ʼ", 1)] // an apostrophe, not a letter of its own
    [InlineData("\u200C", 1)]
    [InlineData("\u00AD", 1)]
    [InlineData("«", 1)]
    [InlineData("،", 1)]
    [InlineData("٫", 1)]
    [InlineData("😀", 2)]
    public void NonWordCharacters(string text, int length)
    {
        Assert.False(CharClass.IsWordAt(text, 0, out var actual));
        Assert.Equal(length, actual);
    }

    /// <summary>
    /// Lone surrogates, given as UTF-16 code units: as strings xunit would serialize them all to U+FFFD, give the cases
    /// one id and run only one of them.
    /// </summary>
    [Theory]
    [InlineData(new[] { 0xD800 }, 1)]
    [InlineData(new[] { 0xDC00 }, 1)]
    [InlineData(new[] { 0xD800, 'a' }, 1)]
    [InlineData(new[] { 0xDBFF, 0xDBFF, 0xDC00 }, 1)] // a high surrogate before a pair
    [InlineData(new[] { 0xDC00, 0xD800 }, 1)] // a pair in the wrong order
    public void NonWordLoneSurrogates(int[] codeUnits, int length)
    {
        var text = new string(codeUnits.Select(u => (char)u).ToArray());
        Assert.False(CharClass.IsWordAt(text, 0, out var actual));
        Assert.Equal(length, actual);
    }

    [Fact]
    public void IsWordAtLooksAtTheGivenIndex()
    {
        const string text = "a 𝐀";
        Assert.False(CharClass.IsWordAt(text, 1, out _));
        Assert.True(CharClass.IsWordAt(text, 2, out var length));
        Assert.Equal(2, length);
        Assert.False(CharClass.IsWordAt(text, 3, out _)); // the low surrogate alone
    }

    [Fact]
    public void Joiners()
    {
        foreach (var c in "'\u2019\u02BC\u2018`\u00B4\u2032\uFF07\u02BB\u02BD\u02BE\u02BF\u200C\u200D\u00AD\u2060\u200E\u200F\u061C")
        {
            Assert.True(CharClass.IsInWordJoiner(c), $"U+{(int)c:X4}");
        }

        foreach (var c in "-\u201C\" .,\u2010\u00A0\u02B9\u02C8\u200B")
        {
            Assert.False(CharClass.IsInWordJoiner(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void NumberSeparators()
    {
        Assert.All(".,\u066B\u066C", c => Assert.True(CharClass.IsNumberSeparator(c)));
        Assert.All("\u060C'’ _/:", c => Assert.False(CharClass.IsNumberSeparator(c)));
    }

    [Fact]
    public void DigitsAtAndOutsideTheText()
    {
        Assert.True(CharClass.IsDigitAt("a5", 1));
        Assert.True(CharClass.IsDigitAt("٥", 0));
        Assert.True(CharClass.IsDigitAt("۵", 0));
        Assert.False(CharClass.IsDigitAt("a5", 0));
        Assert.False(CharClass.IsDigitAt("²", 0)); // not a decimal digit
        Assert.False(CharClass.IsDigitAt("5", -1));
        Assert.False(CharClass.IsDigitAt("5", 1));
        Assert.False(CharClass.IsDigitAt("", 0));
    }

    [Fact]
    public void DigitsOutsideTheBasicPlane()
    {
        Assert.True(CharClass.IsDigitAt("𝟓", 0));
        Assert.False(CharClass.IsDigitAt("𝟓", 1)); // the low surrogate alone
        Assert.False(CharClass.IsDigitAt("\uD835", 0));
    }

    [Fact]
    public void DigitsBeforeAnIndex()
    {
        Assert.True(CharClass.IsDigitBefore("5.", 1));
        Assert.True(CharClass.IsDigitBefore("٥٫", 1));
        Assert.True(CharClass.IsDigitBefore("𝟓.", 2));
        Assert.False(CharClass.IsDigitBefore("𝟓.", 1)); // would split the pair
        Assert.False(CharClass.IsDigitBefore("a.", 1));
        Assert.True(CharClass.IsDigitBefore("5", 1)); // the index may be the text's end
        Assert.False(CharClass.IsDigitBefore("5", 0));
        Assert.False(CharClass.IsDigitBefore("5", 2));
        Assert.False(CharClass.IsDigitBefore("\uDC00.", 1));
    }

    [Fact]
    public void WordCharactersBeforeAnIndex()
    {
        Assert.True(CharClass.IsWordBefore("a‘", 1));
        Assert.True(CharClass.IsWordBefore("𝐀‘", 2));
        Assert.True(CharClass.IsWordBefore("ب", 1));
        Assert.False(CharClass.IsWordBefore(" ‘", 1));
        Assert.False(CharClass.IsWordBefore("😀‘", 2));
        Assert.False(CharClass.IsWordBefore("\uDC00‘", 1));
        Assert.False(CharClass.IsWordBefore("‘", 0));
        Assert.False(CharClass.IsWordBefore("a", 2));
    }

    [Fact]
    public void SentenceTerminatorsAndLineBreaks()
    {
        Assert.All(".!?\u061F\u061B\u2026\u06D4\u203C\u2047\u2048\u2049", c => Assert.True(CharClass.IsSentenceTerminator(c)));
        Assert.All(",;:\u060C\n", c => Assert.False(CharClass.IsSentenceTerminator(c)));
        Assert.All("\n\r\u2028\u2029\u0085\v\f", c => Assert.True(CharClass.IsLineBreak(c)));
        Assert.All(" \t\u00A0.", c => Assert.False(CharClass.IsLineBreak(c)));
    }
}
