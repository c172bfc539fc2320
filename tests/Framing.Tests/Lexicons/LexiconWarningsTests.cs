using Framing.Lexicons;

namespace Framing.Tests.Lexicons;

public sealed class LexiconWarningsTests
{
    private static readonly string Prefix = "  - { lang: en, pattern: \"";

    private static IReadOnlyList<Diagnostic> Warnings(string yaml) => TestLexicon.Parse(yaml).Warnings;

    [Fact]
    public void ABroadPrefixListedFirstShadowsANarrowerOneOfAnotherPole()
    {
        // "terrorism*" (neutral) never counted: every token it matches, "terror*" matches too and wins the tie by being
        // listed first. The warning is at the narrow entry's pattern.
        var yaml = TestLexicon.Yaml(
            TestLexicon.Entry("en", "regime*", "forces", "regime"),
            TestLexicon.Entry("en", "regimes*", "forces", "neutral"));
        var warning = Assert.Single(Warnings(yaml));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation(TestLexicon.SourceName, TestLexicon.FirstEntryLine + 1, Prefix.Length), warning.Location);
        Assert.StartsWith("entry \"regimes*\" never counts: every word it matches is also matched by \"regime*\" (line 21) of dimension 'forces', which wins the tie (it is listed first)", warning.Message, StringComparison.Ordinal);

        // And it is true: "regimes" goes to the broad entry.
        var result = TestLexicon.Scorer(TestLexicon.ParseEntries(
            TestLexicon.Entry("en", "regime*", "forces", "regime"),
            TestLexicon.Entry("en", "regimes*", "forces", "neutral"))).Score("d", "the regimes fell");
        Assert.Equal("regime*", Assert.Single(result.Matches).Entry.Pattern);
    }

    [Fact]
    public void AHigherWeightShadowsEvenWhenListedSecond()
    {
        var warning = Assert.Single(Warnings(TestLexicon.Yaml(
            TestLexicon.Entry("en", "regimes*", "forces", "neutral", weight: "0.5"),
            TestLexicon.Entry("en", "regime*", "forces", "regime"))));
        Assert.Contains("(it has the higher weight)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(TestLexicon.FirstEntryLine, warning.Location.Line);
    }

    [Theory]
    [InlineData("regimes*", "regime*", null, null)]   // the narrow one listed first wins its words
    [InlineData("regime*", "regimes", null, null)]    // a whole word beats a prefix
    [InlineData("regime*", "regimes*", "regime", null)] // same pole and weight: counts the same either way
    [InlineData("regime*", "regimes*", null, "[\"regime* change\"]")] // the broad one's exclusion hands tokens back
    [InlineData("regime forces", "regime*", null, null)] // not as many words
    public void NoWarningWhereTheNarrowEntryCanCountOrWouldCountTheSame(string first, string second, string? secondPole, string? firstExclusions)
    {
        var yaml = TestLexicon.Yaml(
            TestLexicon.Entry("en", first, "forces", "regime", exclude: firstExclusions),
            TestLexicon.Entry("en", second, "forces", secondPole ?? "neutral"));
        Assert.Empty(Warnings(yaml));
    }

    [Fact]
    public void AnotherDimensionOrLanguageDoesNotShadow()
    {
        // (The ar entry's only warning is that it has no Arabic-script letter.)
        Assert.DoesNotContain(
            Warnings(TestLexicon.Yaml(
                TestLexicon.Entry("en", "regime*", "forces", "regime"),
                TestLexicon.Entry("en", "regimes*", "opposition", "rebel"),
                TestLexicon.Entry("ar", "regimes*", "forces", "neutral"))),
            w => w.Message.Contains("never counts", StringComparison.Ordinal));
    }

    [Fact]
    public void ContextWordsAndActorNamesGetThePatternWarnings()
    {
        // "it's" as a negation word was read as "it" and negated every label after "it", with no warning.
        var yaml = TestLexicon.YamlWith(
            "[ar, en]",
            "negation:\n  en: { window: 2, words: [\"it's\"] }\nspeech:\n  en: { cues: [\"@told\", \"said\"] }\n",
            TestLexicon.Entry("en", "regime", "forces", "regime"));
        var warnings = Warnings(yaml);
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith("word \"it's\" of 'words' in 'negation' (en): \"it's\" is read as \"it\"", warnings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("word \"@told\" of 'cues' in 'speech' (en): '@' is not part of a word here", warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal(21, warnings[0].Location.Line); // the header's 19 lines, 'negation:', then its 'en' line
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
    }

    [Fact]
    public void ACommaInsideANumberIsPartOfTheWord()
    {
        // The warning said ',' was dropped from "1,000 rebels" and then that the entry was "1,000 rebels".
        Assert.Empty(Warnings(TestLexicon.Yaml(TestLexicon.Entry("en", "1,000 rebels", "opposition", "rebel"))));
        var warning = Assert.Single(Warnings(TestLexicon.Yaml(TestLexicon.Entry("en", "rebels,", "opposition", "rebel"))));
        Assert.Contains("',' is not part of a word here", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithErrorsStillListsItsWarnings()
    {
        var yaml = TestLexicon.Yaml(
            TestLexicon.Entry("en", "it's terrorists", "opposition", "terror"),
            TestLexicon.Entry("en", "thugs", "opposition", "terror", weight: "2"));
        var e = Assert.Throws<LexiconException>(() => TestLexicon.Parse(yaml));
        Assert.Contains("out of range", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("is read as \"it\"", Assert.Single(e.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArabicPatternUnderALatinLanguageIsWarnedOf()
    {
        // lang: en with الإرهابيين matched only documents given as en, and missed الارهابيين (no Arabic folding).
        var warning = Assert.Single(Warnings(TestLexicon.Yaml(
            TestLexicon.Entry("en", "الإرهابيين", "opposition", "terror"),
            TestLexicon.Entry("ar", "الإرهابيين", "opposition", "terror"))));
        Assert.Equal(TestLexicon.FirstEntryLine, warning.Location.Line);
        Assert.Contains("is in Arabic script under 'lang: en', a language read as Latin script", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALatinPatternUnderAnArabicScriptLanguageIsWarnedOf()
    {
        // The reverse of the above was silent: lang: ar with "ISIS" matches only a Latin word inside a document read as
        // Arabic, never an English document. Digits (no letters) and Arabic patterns are not warned of.
        var yaml = TestLexicon.YamlWith(
            "[ar, en, fa]",
            string.Empty,
            TestLexicon.Entry("ar", "ISIS", "opposition", "terror"),
            TestLexicon.Entry("ar", "الإرهابيين", "opposition", "terror"),
            TestLexicon.Entry("ar", "2011", "opposition", "rebel"),
            TestLexicon.Entry("en", "ISIS", "opposition", "terror"),
            TestLexicon.Entry("fa", "terrorists", "opposition", "terror")).Replace("languages: [ar, en, fa]\n", "languages: [ar, en, fa]\nanalysis: { fa: arabic-script }\n", StringComparison.Ordinal);

        var warnings = Warnings(yaml);

        Assert.Equal(
            [
                "test.yaml:22:26: pattern \"ISIS\" has no Arabic-script letter under 'lang: ar', a language read as Arabic script: it matches only inside documents read as ar, never a Latin-script document; give it a Latin-script language (such as en)",
                "test.yaml:26:26: pattern \"terrorists\" has no Arabic-script letter under 'lang: fa', a language read as Arabic script: it matches only inside documents read as fa, never a Latin-script document; give it a Latin-script language (such as en)",
            ],
            warnings.Select(w => w.Location + ": " + w.Message));
    }

    [Fact]
    public void ALanguageListedTwiceIsAnError()
    {
        var yaml = TestLexicon.YamlWith("[en, ar, en]", string.Empty, TestLexicon.Entry("en", "regime", "forces", "regime"));
        TestLexicon.SingleError(yaml, 7, 21, "language 'en' is listed twice in 'languages'");
    }

    [Fact]
    public void TheShippedLexiconsHaveNoWarnings()
    {
        foreach (var id in Lexicon.BuiltInIds)
        {
            Assert.Empty(Lexicon.Load(id).Warnings);
        }
    }

    [Fact]
    public void AContextWordThatIsAlsoAnEntryIsAWarning()
    {
        // "Terrorists" as a negation word negated the label after it and counted itself; "said" as a speech cue and an
        // entry both counted and made the sentence reported speech. An actor name or scope word may be an entry.
        var sections = "negation:\n  en: { words: [not, Terrorists] }\nspeech:\n  en: { cues: [said, claimed] }\nscope:\n  en: { words: [rebels] }\n"; // lines 20-25
        var warnings = TestLexicon.Parse(TestLexicon.YamlWith("[ar, en]", sections,
            TestLexicon.Entry("en", "terrorists", "opposition", "terror"),
            TestLexicon.Entry("en", "rebels", "opposition", "rebel"),
            TestLexicon.Entry("en", "claimed", "forces", "neutral"))).Warnings;

        Assert.Equal(
            [
                "word \"Terrorists\" of 'words' in 'negation' (en) is also the pattern of the entry at line 27: it counts as a label and negates the labels after it; keep it in one place",
                "word \"claimed\" of 'cues' in 'speech' (en) is also the pattern of the entry at line 29: it counts as a label and makes what follows reported speech; keep it in one place",
            ],
            warnings.Select(w => w.Message));
        Assert.Equal([21, 23], warnings.Select(w => w.Location.Line));
    }

    [Fact]
    public void TheBuiltInLexiconsHaveNoContextWordThatIsAnEntry()
    {
        foreach (var id in Lexicon.BuiltInIds)
        {
            Assert.DoesNotContain(Lexicon.Load(id).Warnings, w => w.Message.Contains("is also the pattern of the entry", StringComparison.Ordinal));
        }
    }
}
