using Framing.Text;

namespace Framing.Tests.Text;

public sealed class ArabicPresentationFormTests
{
    [Fact]
    public void EveryFormBLetterMapsToOneBaseLetterOrLamAlef()
    {
        for (var cp = 0xFE80; cp <= 0xFEFC; cp++)
        {
            var result = ArabicNormalizer.Default.Normalize(((char)cp).ToString());
            if (cp >= 0xFEF5)
            {
                Assert.True(result == "\u0644\u0627", $"U+{cp:X4} -> {Hex(result)}");
            }
            else
            {
                Assert.True(
                    result.Length == 1 && result[0] >= '\u0621' && result[0] <= '\u064A',
                    $"U+{cp:X4} -> {Hex(result)}");
            }
        }
    }

    [Fact]
    public void FormBLettersFollowTheIsolatedFinalInitialMedialLayout()
    {
        // Beh, seen and yeh have four forms; dal and waw two; hamza one.
        AssertForms(0xFE8F, 4, '\u0628');
        AssertForms(0xFEB1, 4, '\u0633');
        AssertForms(0xFEF1, 4, '\u064A');
        AssertForms(0xFEA9, 2, '\u062F');
        AssertForms(0xFEED, 2, '\u0648');
        AssertForms(0xFE80, 1, '\u0621');
        AssertForms(0xFEDD, 4, '\u0644');
        AssertForms(0xFEE9, 4, '\u0647');
    }

    [Theory]
    [InlineData(0xFEF9, "لا")] // lam + alef with hamza below
    [InlineData(0xFEF7, "لا")] // lam + alef with hamza above
    [InlineData(0xFEF5, "لا")] // lam + alef with madda
    [InlineData(0xFEFB, "لا")] // lam + alef
    [InlineData(0xFE93, "ه")] // teh marbuta isolated
    [InlineData(0xFE94, "ه")] // teh marbuta final
    [InlineData(0xFEEF, "ي")] // alef maksura isolated
    [InlineData(0xFEF0, "ي")] // alef maksura final
    [InlineData(0xFE83, "ا")] // alef with hamza above isolated
    [InlineData(0xFE87, "ا")] // alef with hamza below isolated
    [InlineData(0xFE8B, "ئ")] // yeh with hamza initial: hamza seat kept
    [InlineData(0xFE85, "ؤ")] // waw with hamza isolated: hamza seat kept
    [InlineData(0xFE80, "ء")] // hamza
    public void FoldsFormBPerDefaultProfile(int codePoint, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Default.Normalize(((char)codePoint).ToString()));
    }

    [Theory]
    [InlineData(0xFEF5, "لآ")]
    [InlineData(0xFEF6, "لآ")]
    [InlineData(0xFEF7, "لأ")]
    [InlineData(0xFEF8, "لأ")]
    [InlineData(0xFEF9, "لإ")]
    [InlineData(0xFEFA, "لإ")]
    [InlineData(0xFEFB, "لا")]
    [InlineData(0xFEFC, "لا")]
    [InlineData(0xFE83, "أ")]
    [InlineData(0xFE93, "ة")]
    [InlineData(0xFEEF, "ى")]
    public void LightProfileDecomposesWithoutFolding(int codePoint, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Light.Normalize(((char)codePoint).ToString()));
    }

    [Theory]
    [InlineData(0xFDF2, "الله")]
    [InlineData(0xFDF3, "اكبر")]
    [InlineData(0xFDF4, "محمد")]
    [InlineData(0xFDFA, "صلياللهعليهوسلم")]
    [InlineData(0xFDFB, "جلجلاله")]
    [InlineData(0xFDFC, "ريال")]
    [InlineData(0xFDFD, "بسماللهالرحمنالرحيم")]
    [InlineData(0xFDF0, "صلي")]
    [InlineData(0xFB56, "پ")] // peh isolated: kept as peh
    [InlineData(0xFB8E, "ك")] // keheh isolated -> kaf
    [InlineData(0xFB92, "گ")] // gaf isolated: kept as gaf
    [InlineData(0xFBFC, "ي")] // farsi yeh isolated -> yeh
    [InlineData(0xFBA4, "ه")] // heh with yeh above isolated -> heh
    [InlineData(0xFBE8, "ي")] // alef maksura initial -> yeh
    [InlineData(0xFB50, "ا")] // alef wasla isolated -> alef
    [InlineData(0xFC01, "ئح")] // yeh with hamza + hah ligature
    [InlineData(0xFC3F, "لج")] // lam + jeem ligature
    [InlineData(0xFC3D, "كي")] // kaf + alef maksura ligature, alef maksura folded
    [InlineData(0xFD88, "لمح")] // lam + meem + hah ligature
    [InlineData(0xFC5E, "")] // shadda with dammatan isolated: harakat only
    [InlineData(0xFCF2, "")] // shadda with fatha medial (tatweel + marks)
    [InlineData(0xFC5B, "ذ")] // thal with superscript alef
    public void FoldsFormASpotChecks(int codePoint, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Default.Normalize(((char)codePoint).ToString()));
    }

    [Fact]
    public void DropsEveryHarakatFormExceptUnassigned()
    {
        for (var cp = 0xFE70; cp <= 0xFE7F; cp++)
        {
            var expected = cp == 0xFE75 ? ((char)cp).ToString() : string.Empty;
            Assert.True(
                expected == ArabicNormalizer.Default.Normalize(((char)cp).ToString()),
                $"U+{cp:X4}");
        }
    }

    [Theory]
    [InlineData(0xFD3E)] // ornate left parenthesis
    [InlineData(0xFBB2)] // Arabic symbol dot above
    [InlineData(0xFDFE)] // honorific ligature without decomposition
    [InlineData(0xFDCF)]
    [InlineData(0xFE75)] // unassigned
    [InlineData(0xFBC5)] // unassigned
    public void KeepsFormsWithoutDecomposition(int codePoint)
    {
        var input = ((char)codePoint).ToString();
        Assert.Equal(input, ArabicNormalizer.Default.Normalize(input));
    }

    [Fact]
    public void EveryDecomposablePresentationFormBecomesBaseArabic()
    {
        // No presentation form may survive Default normalization unless it has no decomposition.
        for (var cp = 0xFB50; cp <= 0xFEFC; cp++)
        {
            if (cp is > 0xFDFF and < 0xFE70)
            {
                continue;
            }

            var result = ArabicNormalizer.Default.Normalize(((char)cp).ToString());
            foreach (var c in result)
            {
                var isBaseArabic = c is >= '\u0600' and <= '\u06FF';
                var keptUnchanged = result == ((char)cp).ToString();
                Assert.True(isBaseArabic || keptUnchanged, $"U+{cp:X4} -> {Hex(result)}");
                Assert.NotEqual(' ', c);
            }
        }
    }

    [Fact]
    public void WordWrittenInPresentationFormsMatchesWordInBaseLetters()
    {
        // "الإرهاب" in contextual forms: alef, lam-alef with hamza below, reh, heh, alef, beh.
        var presentation = "\uFE8D\uFEF9\uFEAD\uFEEB\uFE8E\uFE8F";
        Assert.Equal(
            ArabicNormalizer.Default.Normalize("الإرهاب"),
            ArabicNormalizer.Default.Normalize(presentation));
        Assert.Equal("الارهاب", ArabicNormalizer.Default.Normalize(presentation));
    }

    private static void AssertForms(int first, int count, char letter)
    {
        for (var cp = first; cp < first + count; cp++)
        {
            Assert.True(
                ArabicNormalizer.Light.Normalize(((char)cp).ToString()) == letter.ToString(),
                $"U+{cp:X4} should map to U+{(int)letter:X4}");
        }

        var next = ArabicNormalizer.Light.Normalize(((char)(first + count)).ToString());
        Assert.NotEqual(letter.ToString(), next);
    }

    private static string Hex(string s)
    {
        var parts = new string[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            parts[i] = ((int)s[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        }

        return "[" + string.Join(' ', parts) + "]";
    }
}
