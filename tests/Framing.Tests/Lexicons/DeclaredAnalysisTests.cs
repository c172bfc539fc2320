using Framing.Lexicons;
using Framing.Scoring;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// A lexicon file's <c>analysis</c> section: a language Framing has no profile for (fr, fa) is analyzed with a built-in
/// analysis the file names (latin, arabic-script, arabic), without any C# registry. Sentences invented for the tests.
/// </summary>
public sealed class DeclaredAnalysisTests
{
    private static string French(string analysis = "latin") => YamlWith(
        "[fr]",
        $"analysis:\n  fr: {analysis}\n",
        Entry("fr", "réfugiés", "opposition", "rebel"),
        Entry("fr", "terroristes", "opposition", "terror"));

    private static string Persian(string analysis) => YamlWith(
        "[fa]",
        $"analysis:\n  fa: {analysis}\n",
        // Written with the Arabic letters ي and ك: the Persian ی and ک of the texts fold to them.
        Entry("fa", "كودكان", "opposition", "rebel"));

    [Fact]
    public void AFrenchLexiconWithLatinAnalysisFoldsAccentsAndCase()
    {
        var scorer = Scorer(Parse(French()));

        var result = scorer.Score("1", "Les REFUGIES et les réfugiés fuient les terroristes.", "fr");

        Assert.Equal(2, result.Counts.Count(1, PoleSide.B));
        Assert.Equal(1, result.Counts.Count(1, PoleSide.A));
        Assert.Equal([new LanguageAnalysis("fr", "latin")], Parse(French()).Metadata.Analysis);
    }

    [Fact]
    public void ALatinScriptDocumentWithoutALanguageIsReadAsTheLexiconsOneLatinLanguage()
    {
        var result = Scorer(Parse(French())).Score("1", "Des réfugiés arrivent.");

        Assert.Equal("fr", result.Language);
        Assert.Equal(1, result.Counts.Count(1, PoleSide.B));
    }

    [Fact]
    public void EnglishKeepsLatinScriptDocumentsWhenTheLexiconHasIt()
    {
        var yaml = YamlWith("[en, fr]", "analysis:\n  fr: latin\n", Entry("fr", "réfugiés", "opposition", "rebel"), Entry("en", "refugees", "opposition", "rebel"));

        var result = Scorer(Parse(yaml)).Score("1", "Refugees arrive; des réfugiés arrivent.");

        Assert.Equal("en", result.Language);
        Assert.Equal(1, result.Counts.Count(1, PoleSide.B));
    }

    [Fact]
    public void APersianLexiconWithArabicScriptAnalysisFoldsPersianLettersWithoutStrippingClitics()
    {
        var scorer = Scorer(Parse(Persian("arabic-script")));

        // کودکان with Persian kaf matches; وکودکان (with the conjunction attached) is not stripped by arabic-script.
        var result = scorer.Score("1", "کودکان در شهر ماندند و وکودکان رفتند.");

        Assert.Equal("fa", result.Language);
        Assert.Equal(1, result.Counts.Count(1, PoleSide.B));
        Assert.Equal(2, Scorer(Parse(Persian("arabic"))).Score("1", "کودکان در شهر ماندند و وکودکان رفتند.").Counts.Count(1, PoleSide.B));
    }

    [Fact]
    public void AnUnknownAnalysisIsReportedAtItsValue() =>
        // Line 21 "  fr: latn": the value starts at column 7.
        SingleError(French("latn"), 21, 7, "unknown analysis 'latn' for language 'fr' (expected latin, arabic-script, arabic)");

    [Theory]
    [InlineData("en", "language 'en' has its own built-in analysis: remove it from 'analysis'")]
    [InlineData("de", "language 'de' in 'analysis' is not in the lexicon's languages (ar, en)")]
    [InlineData("FR", "'FR' in 'analysis' is not a language code: use 2 or 3 lower-case letters (ISO 639), as in 'languages'")]
    public void AnAnalysisOnlyForTheLexiconsOwnUnknownLanguages(string code, string message) =>
        SingleError(YamlWith("[ar, en]", $"analysis:\n  {code}: latin\n", Entry("en", "rebels", "opposition", "rebel")), 21, 3, message);

    [Fact]
    public void TheAnalysisIsPartOfTheFingerprint()
    {
        var scriptOnly = Parse(Persian("arabic-script")).Fingerprint;
        var arabic = Parse(Persian("arabic")).Fingerprint;

        Assert.NotEqual(scriptOnly, arabic);
    }

    [Fact]
    public void TheImageCarriesTheAnalysis()
    {
        var lexicon = Parse(Persian("arabic-script"));
        using var image = new MemoryStream();
        LexiconSnapshot.Write(lexicon, image);
        image.Position = 0;

        var read = LexiconSnapshot.Read(image);

        Assert.Equal(lexicon.Metadata.Analysis, read.Metadata.Analysis);
        Assert.Equal(lexicon.Fingerprint, read.Fingerprint);
        Assert.Equal(1, Scorer(read).Score("1", "کودکان ماندند.").Counts.Count(1, PoleSide.B));
    }
}
