using Framing.Text;

namespace Framing.Tests.Text;

public sealed class ArabicCliticStripperTests
{
    private static readonly ArabicCliticStripper Default = new();

    private static string[] Forms(AffixStripper stripper, string token)
    {
        Span<AffixVariant> variants = stackalloc AffixVariant[AffixStripper.MaxVariants];
        var count = stripper.GetVariants(token, variants);
        var result = new string[count];
        Span<char> buffer = stackalloc char[token.Length + stripper.Article.Length];
        for (var i = 0; i < count; i++)
        {
            var length = stripper.BuildForm(token, variants[i], buffer);
            result[i] = buffer[..length].ToString();
        }

        return result;
    }

    private static AffixVariant[] Variants(AffixStripper stripper, string token)
    {
        var variants = new AffixVariant[AffixStripper.MaxVariants];
        var count = stripper.GetVariants(token, variants);
        return variants[..count];
    }

    [Theory]
    [InlineData("والارهابيين", "والارهابيين|الارهابيين|ارهابيين")]
    [InlineData("للارهابيين", "للارهابيين|الارهابيين|لارهابيين|ارهابيين")]
    [InlineData("وللارهابيين", "وللارهابيين|للارهابيين|الارهابيين|لارهابيين|ارهابيين")]
    // Not معارض (بال+…+ه): a word with the article takes no pronoun; its ه was a ة.
    [InlineData("بالمعارضه", "بالمعارضه|المعارضه|بالمعارض|المعارض|معارضه")]
    [InlineData("فالجيش", "فالجيش|الجيش|جيش")]
    [InlineData("وبالجيش", "وبالجيش|بالجيش|الجيش|جيش")]
    [InlineData("فللجيش", "فللجيش|للجيش|الجيش|لجيش|جيش")]
    [InlineData("كالجيش", "كالجيش|الجيش|جيش")]
    [InlineData("الجيش", "الجيش|جيش")]
    [InlineData("قواتهم", "قواتهم|قوات")]
    [InlineData("قواتهما", "قواتهما|قوات")]
    [InlineData("حلفاؤه", "حلفاؤه|حلفاؤ")]
    [InlineData("كتابها", "كتابها|تابها|كتاب|تاب")]
    [InlineData("لجيشهم", "لجيشهم|جيشهم|لجيش|جيش")]
    [InlineData("بيتي", "بيتي|يتي|بيت")]
    [InlineData("فلسطين", "فلسطين|لسطين|سطين")]
    [InlineData("ارهاب", "ارهاب")]
    [InlineData("جيش", "جيش")]
    // A final ي after the article ends an adjective, never "my": «الجيش النظامي» read as "the regime's army" (النظام).
    [InlineData("النظامي", "النظامي|نظامي")]
    [InlineData("والسوري", "والسوري|السوري|سوري")]
    [InlineData("نظامي", "نظامي|نظام")]
    [InlineData("التزامه", "التزامه|التزام|تزامه")]
    // Not كيماوي (ال+…+ه): الكيماوية is "the chemical (one)", its ه a ة, not "his".
    [InlineData("الكيماويه", "الكيماويه|الكيماوي|كيماويه")]
    public void VariantsInOrderOfPreference(string token, string expected)
    {
        Assert.Equal(expected.Split('|'), Forms(Default, token));
    }

    [Fact]
    public void ContractedArticleVariantsAreFlaggedAndRestoreTheArticle()
    {
        Assert.Equal(
            [new AffixVariant(0, 0, false), new AffixVariant(2, 0, true), new AffixVariant(1, 0, false), new AffixVariant(2, 0, false)],
            Variants(Default, "للارهابيين"));
        Assert.Equal(
            [new AffixVariant(0, 0, false), new AffixVariant(1, 0, false), new AffixVariant(3, 0, false)],
            Variants(Default, "والارهابيين"));
        Assert.Equal([new AffixVariant(0, 0, false), new AffixVariant(0, 2, false)], Variants(Default, "قواتهم"));
    }

    [Theory]
    [InlineData("و", true, false)]
    [InlineData("ف", true, false)]
    [InlineData("ب", false, true)]
    [InlineData("ل", false, true)]
    [InlineData("ك", false, true)]
    [InlineData("ول", true, true)]
    [InlineData("فب", true, true)]
    [InlineData("لو", false, false)]
    [InlineData("بب", false, false)]
    [InlineData("من", false, false)]
    [InlineData("ال", false, false)]
    [InlineData("وال", false, false)]
    [InlineData("a", false, false)]
    [InlineData("", false, false)]
    public void ProcliticsWrittenApart(string token, bool conjunction, bool preposition)
    {
        Assert.Equal((conjunction, preposition), new ArabicCliticStripper().DetachedProclitic(token));
    }

    [Fact]
    public void TheFirstVariantIsAlwaysTheTokenItself()
    {
        foreach (var token in new[] { "", "و", "ال", "وله", "للارهابيين", "abc" })
        {
            var variants = Variants(Default, token);
            Assert.True(variants[0].IsExact);
            Assert.Equal(token, Forms(Default, token)[0]);
        }
    }

    [Fact]
    public void NonArabicTokensHaveOnlyThemselves()
    {
        Assert.Equal(["assad"], Forms(Default, "assad"));
        Assert.Equal([""], Forms(Default, ""));
    }

    [Fact]
    public void StemsShorterThanTheMinimumAreNotProposed()
    {
        Assert.Equal(3, Default.MinimumStemLength);
        Assert.Equal(["وله"], Forms(Default, "وله"));
        Assert.Equal(["له"], Forms(Default, "له"));
        Assert.Equal(["بها"], Forms(Default, "بها"));
    }

    [Fact]
    public void ASmallerMinimumAllowsShorterStems()
    {
        Assert.Equal(["وله", "له", "ول"], Forms(new ArabicCliticStripper(2), "وله"));
        Assert.Equal(["وله", "له", "ول", "ه", "ل"], Forms(new ArabicCliticStripper(1), "وله"));
    }

    [Fact]
    public void ALargerMinimumRemovesShortStems()
    {
        Assert.Equal(["والارهابيين", "الارهابيين", "ارهابيين"], Forms(new ArabicCliticStripper(8), "والارهابيين"));
        Assert.Equal(["والارهابيين", "الارهابيين"], Forms(new ArabicCliticStripper(9), "والارهابيين"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RejectsMinimumBelowOne(int minimum)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArabicCliticStripper(minimum));
    }

    [Fact]
    public void ArticleIsAlefLam()
    {
        Assert.Equal("ال", Default.Article);
    }

    [Fact]
    public void DescribeNamesTheRemovedClitics()
    {
        Assert.Equal(string.Empty, Default.Describe("والارهابيين", new AffixVariant(0, 0, false)));
        Assert.Equal("و+…", Default.Describe("والارهابيين", new AffixVariant(1, 0, false)));
        Assert.Equal("وال+…", Default.Describe("والارهابيين", new AffixVariant(3, 0, false)));
        Assert.Equal("…+هم", Default.Describe("قواتهم", new AffixVariant(0, 2, false)));
        Assert.Equal("بال+…+ه", Default.Describe("بالمعارضه", new AffixVariant(3, 1, false)));
        Assert.Equal("لل+… (ال restored)", Default.Describe("للارهابيين", new AffixVariant(2, 0, true)));
        Assert.Equal("ل+…", Default.Describe("للارهابيين", new AffixVariant(1, 0, false)));
    }

    [Fact]
    public void DescribeMatchesTheVariantsOfAToken()
    {
        const string token = "فللجيش";
        Assert.Equal(
            ["", "ف+…", "فلل+… (ال restored)", "فل+…", "فلل+…"],
            Variants(Default, token).Select(v => Default.Describe(token, v)));
    }

    [Fact]
    public void BuildFormWritesTheArticleBeforeTheStem()
    {
        Span<char> buffer = stackalloc char[12];
        var length = Default.BuildForm("للجيش", new AffixVariant(2, 0, true), buffer);
        Assert.Equal("الجيش", buffer[..length].ToString());

        length = Default.BuildForm("للجيشهم", new AffixVariant(2, 2, true), buffer);
        Assert.Equal("الجيش", buffer[..length].ToString());
    }

    [Fact]
    public void AdversarialTokensStayWithinMaxVariants()
    {
        static string L(int n) => new('ل', n);

        const string token = "وللللللهما"; // و, six ل, هما
        Assert.Equal(10, token.Length);
        Assert.Equal(
            [
                "و" + L(6) + "هما", // the token
                L(6) + "هما", // و+…
                "ا" + L(5) + "هما", // ولل+… (ال restored)
                L(5) + "هما", // ول+…
                L(4) + "هما", // ولل+…
                "و" + L(6), // …+هما
                L(6), // و+…+هما
                L(5), // ول+…+هما (not ولل+…+هما: the article and a pronoun never stand on one word)
            ],
            Forms(Default, token));

        foreach (var adversarial in new[] { token, "فللللللهما", "وبالللللهم", "لل" + L(40) + "هما", new string('و', 100), "ال" + L(100) })
        {
            foreach (var stripper in new[] { Default, new ArabicCliticStripper(1) })
            {
                var variants = Variants(stripper, adversarial);
                Assert.InRange(variants.Length, 1, AffixStripper.MaxVariants);
            }
        }
    }

    [Fact]
    public void RandomCliticHeavyTokensKeepTheDocumentedOrder()
    {
        const string alphabet = "وفبلكالهمانيت";
        var random = new Random(12345);
        var strippers = new[] { Default, new ArabicCliticStripper(1), new ArabicCliticStripper(2) };
        var variants = new AffixVariant[AffixStripper.MaxVariants];
        for (var round = 0; round < 5000; round++)
        {
            var chars = new char[random.Next(0, 16)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var token = new string(chars);
            foreach (var stripper in strippers)
            {
                var count = stripper.GetVariants(token, variants);
                Assert.InRange(count, 1, AffixStripper.MaxVariants);
                Assert.True(variants[0].IsExact, token);
                var seen = new HashSet<AffixVariant>();
                for (var v = 0; v < count; v++)
                {
                    var variant = variants[v];
                    Assert.True(seen.Add(variant), $"duplicate {variant} for {token}");
                    if (v == 0)
                    {
                        continue;
                    }

                    Assert.False(variant.IsExact, token);
                    var stem = token.Length - variant.ProcliticLength - variant.EncliticLength;
                    Assert.True(stem >= stripper.MinimumStemLength, $"{token}: {variant}");
                    Assert.True(variant.EncliticLength is 0 or 1 or 2 or 3, token);
                    if (variant.RestoresArticle)
                    {
                        // Only after a contracted لل.
                        Assert.Equal('ل', token[variant.ProcliticLength - 1]);
                        Assert.Equal('ل', token[variant.ProcliticLength - 2]);
                    }

                    if (v > 1)
                    {
                        var previous = variants[v - 1];
                        var kept = stem + (variant.RestoresArticle ? 2 : 0);
                        var keptBefore = token.Length - previous.ProcliticLength - previous.EncliticLength + (previous.RestoresArticle ? 2 : 0);
                        Assert.True(keptBefore >= kept, $"{token}: {previous} before {variant}");
                        if (keptBefore == kept)
                        {
                            Assert.True(
                                previous.EncliticLength < variant.EncliticLength
                                    || (previous.EncliticLength == variant.EncliticLength && previous.ProcliticLength < variant.ProcliticLength),
                                $"{token}: {previous} before {variant}");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void DefaultRegistryUsesTheDefaultMinimum()
    {
        var stripper = Assert.IsType<ArabicCliticStripper>(LanguageRegistry.Default.Get("ar").AffixStripper);
        Assert.Equal(ArabicCliticStripper.DefaultMinimumStemLength, stripper.MinimumStemLength);
    }
}
