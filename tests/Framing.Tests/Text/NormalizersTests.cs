using Framing.Text;

namespace Framing.Tests.Text;

public sealed class NormalizersTests
{
    [Fact]
    public void ArabicIsArabicDefaultThenLatin()
    {
        Assert.Equal("arabic-default+latin-default", Normalizers.Arabic.Name);
        Assert.Equal("الارهابيين", Normalizers.Arabic.Normalize("الإرهابيّين"));
        Assert.Equal("assad", Normalizers.Arabic.Normalize("ASSAD'S"));
    }

    [Fact]
    public void EnglishIsLatin()
    {
        Assert.Equal("latin-default", Normalizers.English.Name);
        Assert.Same(LatinNormalizer.Default, Normalizers.English);
    }

    [Theory]
    [InlineData("ar", "arabic-default+latin-default")]
    [InlineData("AR", "arabic-default+latin-default")]
    [InlineData("en", "latin-default")]
    [InlineData("En", "latin-default")]
    public void ForLanguageReturnsTheDefaultNormalizer(string code, string expectedName)
    {
        Assert.Equal(expectedName, Normalizers.ForLanguage(code).Name);
    }

    [Fact]
    public void ForLanguageReturnsSharedInstances()
    {
        Assert.Same(Normalizers.Arabic, Normalizers.ForLanguage("ar"));
        Assert.Same(Normalizers.English, Normalizers.ForLanguage("en"));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("ara")]
    [InlineData("ar-SY")]
    public void ForLanguageRejectsUnsupportedCodes(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Normalizers.ForLanguage(code));
        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void ForLanguageRejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => Normalizers.ForLanguage(null!));
    }
}
