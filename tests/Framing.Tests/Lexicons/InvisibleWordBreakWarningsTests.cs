using Framing.Lexicons;

namespace Framing.Tests.Lexicons;

/// <summary>
/// A pattern that an invisible character splits into words: "terr" U+200B "orists", pasted from a web page, looked like
/// terrorists, loaded with no warning, and was the phrase "terr orists", which never matches "Terrorists".
/// </summary>
public sealed class InvisibleWordBreakWarningsTests
{
    private static IReadOnlyList<Diagnostic> Warnings(string yaml) => TestLexicon.Parse(yaml).Warnings;

    [Fact]
    public void AZeroWidthSpaceInsideAPatternIsWarnedOfWithWhatThePatternIsReadAs()
    {
        var entry = TestLexicon.Entry("en", "terr\u200Borists", "opposition", "terror");

        var warning = Assert.Single(Warnings(TestLexicon.Yaml(entry)));

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(TestLexicon.FirstEntryLine, warning.Location.Line);
        Assert.Equal(
            "pattern \"terr\\u200Borists\": U+200B ZERO WIDTH SPACE shows as nothing but separates words as a space does, so it is read as \"terr orists\" (2 words) and never matches \"terrorists\"; delete the character, or write a space if separate words are meant",
            warning.Message);

        // And it is true: the entry is the phrase, not the word.
        var scorer = TestLexicon.Scorer(entry);
        Assert.Empty(scorer.Score("d", "Terrorists attacked.").Matches);
        Assert.Single(scorer.Score("d", "Terr orists attacked.").Matches);
    }

    [Theory]
    [InlineData("\u2063", "U+2063 INVISIBLE SEPARATOR")]
    [InlineData("\u180E", "U+180E MONGOLIAN VOWEL SEPARATOR")]
    [InlineData("\U000E0020", "U+E0020")] // a tag character
    [InlineData("\u200C\u200B", "U+200B ZERO WIDTH SPACE")] // a joiner beside it does not join the words
    public void OtherInvisibleCharactersThatSplitAWordAreNamedByCodePoint(string inside, string named)
    {
        var warning = Assert.Single(Warnings(TestLexicon.Yaml(TestLexicon.Entry("en", "regime" + inside + "forces", "forces", "regime"))));
        Assert.Contains($": {named} shows as nothing but separates words as a space does, so it is read as \"regime forces\" (2 words) and never matches \"regimeforces\"", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("terr\u200Corists")] // ZWNJ
    [InlineData("terr\u200Dorists")] // ZWJ
    [InlineData("terr\u00ADorists")] // soft hyphen
    [InlineData("terr\u2060orists")] // word joiner
    [InlineData("terr\uFEFForists")] // byte-order mark, the old word joiner
    [InlineData("terr\u200Forists")] // right-to-left mark
    public void AJoinerInsideAWordIsNoWarningSinceTheWordStaysWhole(string pattern)
    {
        // The tokenizer keeps these inside a word and the normalizer removes them: the entry is "terrorists".
        var entry = TestLexicon.Entry("en", pattern, "opposition", "terror");
        Assert.Empty(Warnings(TestLexicon.Yaml(entry)));
        Assert.Single(TestLexicon.Scorer(entry).Score("d", "Terrorists attacked.").Matches);
    }

    [Fact]
    public void APersianWordWithAZeroWidthNonJoinerIsNoWarning()
    {
        // Persian writes ZWNJ inside words (می‌خواهند, "they want"): one word, as in its texts.
        var yaml = TestLexicon.YamlWith("[ar, en, fa]", string.Empty, TestLexicon.Entry("fa", "می\u200Cخواهند", "opposition", "rebel"))
            .Replace("languages: [ar, en, fa]\n", "languages: [ar, en, fa]\nanalysis: { fa: arabic-script }\n", StringComparison.Ordinal);
        Assert.Empty(Warnings(yaml));
    }

    [Theory]
    [InlineData("\u200Bterrorists")]
    [InlineData("terrorists\u200B")]
    [InlineData("armed \u200Bterrorists")]
    [InlineData("armed\u200B terrorists")]
    [InlineData("armed\u00A0terrorists")] // a no-break space shows as a space
    public void AnInvisibleCharacterThatSplitsNoWordIsNoWarning(string pattern) =>
        Assert.Empty(Warnings(TestLexicon.Yaml(TestLexicon.Entry("en", pattern, "opposition", "terror"))));

    [Fact]
    public void ContextWordsActorNamesAndExclusionsAreWarnedOfToo()
    {
        var yaml = TestLexicon.YamlWith(
            "[ar, en]",
            "negation:\n  en: { window: 2, words: [\"n\u200Bot\"] }\n" +                             // 20, 21
            "actors:\n  - { id: gov, label: G, description: G., names: { en: [\"govern\u200Bment\"] } }\n", // 22, 23
            TestLexicon.Entry("en", "regime", "forces", "regime", exclude: "[\"regime\u200Bchange\"]"));  // 25 (24 'entries:')

        var warnings = Warnings(yaml);

        Assert.Equal(3, warnings.Count);
        Assert.StartsWith("word \"n\\u200Bot\" of 'words' in 'negation' (en): U+200B ZERO WIDTH SPACE shows as nothing but separates words as a space does, so it is read as \"n ot\" (2 words) and never matches \"not\"", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(21, warnings[0].Location.Line);
        Assert.StartsWith("name \"govern\\u200Bment\" of actor 'gov' (en): U+200B ZERO WIDTH SPACE", warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal(23, warnings[1].Location.Line);
        Assert.StartsWith("exclusion \"regime\\u200Bchange\": U+200B ZERO WIDTH SPACE shows as nothing but separates words as a space does, so it is read as \"regime change\" (2 words) and never matches \"regimechange\"", warnings[2].Message, StringComparison.Ordinal);
        Assert.Equal(25, warnings[2].Location.Line);
    }

    [Fact]
    public void AnExclusionErrorShowsTheInvisibleCharacter()
    {
        // "terr\u200Borists attack" does not contain "terrorists": the error says why one can see.
        var error = Assert.Single(TestLexicon.Errors(TestLexicon.Yaml(TestLexicon.Entry("en", "terrorists", "opposition", "terror", exclude: "[\"terr\u200Borists attack\"]"))));
        Assert.Equal("exclusion \"terr\\u200Borists attack\" does not contain the entry's pattern \"terrorists\"", error.Message);
    }
}
