using Framing.Text;

namespace Framing.Tests.Text;

public sealed class LanguageRegistryTests
{
    [Fact]
    public void DefaultHasArabicAndEnglish()
    {
        Assert.Equal(["ar", "en"], LanguageRegistry.Default.Codes);

        var arabic = LanguageRegistry.Default.Get("ar");
        Assert.Equal("ar", arabic.Code);
        Assert.Same(Normalizers.Arabic, arabic.Normalizer);
        Assert.IsType<ArabicCliticStripper>(arabic.AffixStripper);

        var english = LanguageRegistry.Default.Get("en");
        Assert.Equal("en", english.Code);
        Assert.Same(Normalizers.English, english.Normalizer);
        Assert.Null(english.AffixStripper);
    }

    [Fact]
    public void UnknownCodes()
    {
        Assert.False(LanguageRegistry.Default.TryGet("fr", out var profile));
        Assert.Null(profile);

        var ex = Assert.Throws<ArgumentException>(() => LanguageRegistry.Default.Get("fr"));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains("'fr'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ar, en", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAddsALanguageWithoutChangingTheOriginal()
    {
        var french = new LanguageProfile("fr", Normalizers.English, null);
        var registry = LanguageRegistry.Default.With(french);

        Assert.Equal(["ar", "en", "fr"], registry.Codes);
        Assert.Same(french, registry.Get("fr"));
        Assert.Same(LanguageRegistry.Default.Get("ar"), registry.Get("ar"));
        Assert.Equal(["ar", "en"], LanguageRegistry.Default.Codes);
        Assert.False(LanguageRegistry.Default.TryGet("fr", out _));
    }

    [Fact]
    public void WithReplacesAProfileWithTheSameCode()
    {
        var stripper = new ArabicCliticStripper(2);
        var arabic = new LanguageProfile("ar", Normalizers.Arabic, stripper);
        var registry = LanguageRegistry.Default.With(arabic);

        Assert.Equal(["ar", "en"], registry.Codes);
        Assert.Same(stripper, registry.Get("ar").AffixStripper);
        Assert.NotSame(stripper, LanguageRegistry.Default.Get("ar").AffixStripper);
    }

    [Fact]
    public void CodesAreSortedOrdinally()
    {
        var registry = LanguageRegistry.Default
            .With(new LanguageProfile("zz", Normalizers.English, null))
            .With(new LanguageProfile("de", Normalizers.English, null))
            .With(new LanguageProfile("fra", Normalizers.English, null));

        Assert.Equal(["ar", "de", "en", "fra", "zz"], registry.Codes);
    }

    [Fact]
    public void WithRejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => LanguageRegistry.Default.With(null!));
    }
}
