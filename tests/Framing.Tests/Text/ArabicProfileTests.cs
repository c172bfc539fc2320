using Framing.Text;

namespace Framing.Tests.Text;

public sealed class ArabicProfileTests
{
    [Fact]
    public void ProfilesHaveDistinctNames()
    {
        Assert.Equal("arabic-default", ArabicNormalizer.Default.Name);
        Assert.Equal("arabic-light", ArabicNormalizer.Light.Name);
        Assert.Equal("arabic-aggressive", ArabicNormalizer.Aggressive.Name);
    }

    [Theory]
    [InlineData("أ", "أ", "ا", "ا")]
    [InlineData("إسلام", "إسلام", "اسلام", "اسلام")]
    [InlineData("ٱ", "ٱ", "ا", "ا")]
    [InlineData("مستشفى", "مستشفى", "مستشفي", "مستشفي")]
    [InlineData("مدرسة", "مدرسة", "مدرسه", "مدرسه")]
    [InlineData("کتاب", "کتاب", "كتاب", "كتاب")]
    [InlineData("ی", "ی", "ي", "ي")]
    [InlineData("مؤتمر", "مؤتمر", "مؤتمر", "موتمر")]
    [InlineData("رئيس", "رئيس", "رئيس", "رييس")]
    [InlineData("ء", "ء", "ء", "ء")]
    [InlineData("مُسَلَّحٌ", "مسلح", "مسلح", "مسلح")]
    [InlineData("٣\u0640", "3", "3", "3")]
    [InlineData("\u200Fا\u200D", "ا", "ا", "ا")]
    [InlineData("\uFE83", "أ", "ا", "ا")]
    [InlineData("\uFE8B", "ئ", "ئ", "ي")]
    public void ProfilesDifferOnlyWhereDocumented(string input, string light, string @default, string aggressive)
    {
        Assert.Equal(light, ArabicNormalizer.Light.Normalize(input));
        Assert.Equal(@default, ArabicNormalizer.Default.Normalize(input));
        Assert.Equal(aggressive, ArabicNormalizer.Aggressive.Normalize(input));
    }

    [Fact]
    public void LightKeepsEveryBaseLetterOfTheArabicBlock()
    {
        for (var cp = 0x0621; cp <= 0x064A; cp++)
        {
            if (cp == 0x0640)
            {
                continue; // tatweel is removed by every profile
            }

            var input = ((char)cp).ToString();
            Assert.True(input == ArabicNormalizer.Light.Normalize(input), $"U+{cp:X4}");
        }
    }

    [Fact]
    public void FoldHamzaSeatsCanBeAddedToAnyProfile()
    {
        var options = ArabicNormalizationOptions.Light with { ProfileName = "light-hamza", FoldHamzaSeats = true };
        var normalizer = new ArabicNormalizer(options);

        Assert.Equal("arabic-light-hamza", normalizer.Name);
        Assert.Equal("مسوول رييس أ", normalizer.Normalize("مسؤول رئيس أ"));
    }

    [Fact]
    public void EverySwitchCanBeTurnedOff()
    {
        var none = new ArabicNormalizationOptions
        {
            ProfileName = "none",
            RemoveDiacritics = false,
            RemoveQuranicMarks = false,
            RemoveTatweel = false,
            RemoveFormatCharacters = false,
            FoldAlefVariants = false,
            FoldAlefMaksura = false,
            FoldTaMarbuta = false,
            FoldPersianLetters = false,
            FoldHamzaSeats = false,
            FoldDigits = false,
            FoldPresentationForms = false,
        };
        var normalizer = new ArabicNormalizer(none);

        const string input = "أَمْـة\u06D6\u200C٣ی\uFEFB\u00AD";
        Assert.Equal(input, normalizer.Normalize(input));
    }

    [Fact]
    public void PresentationFormsFollowTheOtherSwitchesWhenDiacriticsAreKept()
    {
        var options = ArabicNormalizationOptions.Default with { ProfileName = "marks", RemoveDiacritics = false };
        var normalizer = new ArabicNormalizer(options);

        Assert.Equal("\u064E", normalizer.Normalize("\uFE77")); // fatha medial: tatweel removed, fatha kept
        Assert.Equal("\u064B", normalizer.Normalize("\uFE70")); // fathatan isolated: the space is not kept
        Assert.Equal("بَ", normalizer.Normalize("بَ"));
    }

    [Fact]
    public void OptionsAreValueObjects()
    {
        var copy = ArabicNormalizationOptions.Default with { };
        Assert.Equal(ArabicNormalizationOptions.Default, copy);
        Assert.NotEqual(ArabicNormalizationOptions.Default, ArabicNormalizationOptions.Aggressive);
        Assert.False(ArabicNormalizationOptions.Default.FoldHamzaSeats);
        Assert.True(ArabicNormalizationOptions.Aggressive.FoldHamzaSeats);
        Assert.False(ArabicNormalizationOptions.Light.FoldAlefVariants);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ProfileNameMustNotBeBlank(string name)
    {
        Assert.Throws<ArgumentException>(() => new ArabicNormalizationOptions { ProfileName = name });
    }

    [Fact]
    public void ConstructorRejectsNullOptions()
    {
        Assert.Throws<ArgumentNullException>(() => new ArabicNormalizer(null!));
    }
}
