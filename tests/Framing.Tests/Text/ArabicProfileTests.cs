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

    [Theory]
    [InlineData("\u0627\u0654", "\u0623")] // ا + hamza above = أ
    [InlineData("\u0627\u0655", "\u0625")] // ا + hamza below = إ
    [InlineData("\u0627\u0653", "\u0622")] // ا + madda = آ
    [InlineData("\u0645\u0633\u0648\u0654\u0648\u0644", "مسؤول")]
    [InlineData("\u0631\u064A\u0654\u064A\u0633", "رئيس")]
    [InlineData("\u0641\u0635\u0627\u064A\u0654\u0644", "فصائل")]
    [InlineData("\u0647\u064A\u064A\u0654\u0629", "هيئة")]
    [InlineData("\u0645\u0648\u064E\u0654\u062A\u0645\u0631", "مؤَتمر")] // NFD puts the fatha before the hamza
    [InlineData("\u06C1\u0654", "\u06C2")]
    [InlineData("\u06D2\u0654", "\u06D3")]
    [InlineData("\u06D5\u0654", "\u06C0")]
    public void DecomposedLettersFoldAsThePrecomposedOnes(string decomposed, string precomposed)
    {
        // Canonically equivalent text (NFD or NFKD, as some text pipelines write it) must match the same patterns.
        foreach (var normalizer in new[] { ArabicNormalizer.Light, ArabicNormalizer.Default, ArabicNormalizer.Aggressive })
        {
            Assert.Equal(normalizer.Normalize(precomposed), normalizer.Normalize(decomposed));
        }
    }

    [Theory]
    [InlineData("\u0628\u0654", "\u0628")]             // no composition: the mark is removed
    [InlineData("\u0654\u0648", "\u0648")]             // a mark before the letter composes with nothing
    [InlineData("\u0648\u0640\u0654", "\u0648")]       // a tatweel between blocks the composition
    [InlineData("\u0648\u0657\u0654", "\u0648")]       // so does a mark of the same class
    public void AHamzaMarkThatComposesWithNothingIsRemoved(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Default.Normalize(input));
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
