using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>Loading and validating the <c>scope:</c> section: per language, the words a document must name for its matches to count.</summary>
public sealed class ScopeSectionTests
{
    private static readonly string Rebels = Entry("en", "rebels", "opposition", "rebel");

    [Fact]
    public void ScopeWordsLoadPerLanguage()
    {
        var lexicon = Parse(YamlWith("[ar, en]", "scope:\n  en: { words: [\"syria*\", damascus] }\n  ar: { words: [\"سوري*\", دمشق] }\n", Rebels));

        Assert.Equal(["en", "ar"], lexicon.Scope.Select(s => s.Language));
        Assert.Equal(["syria*", "damascus"], lexicon.Scope[0].Words);
        Assert.Equal(["سوري*", "دمشق"], lexicon.Scope[1].Words);
        Assert.NotNull(lexicon.Compile());
    }

    [Fact]
    public void ALexiconWithoutScopeHasNone() => Assert.Empty(ParseEntries(Rebels).Scope);

    [Fact]
    public void ScopeNeedsWordsOfALexiconLanguageAndNoWindow()
    {
        var scope = "scope:\n  fr: { words: [syrie] }\n  en: { words: [] , window: 3 }\n"; // lines 20-22
        var errors = Errors(YamlWith("[ar, en]", scope, Rebels));
        Assert.Equal(
            [
                "language 'fr' in 'scope' is not in the lexicon's languages (ar, en)",
                "unknown field 'window' in 'scope' of 'en' (expected one of: words)",
                "'words' of 'en' needs at least one word",
            ],
            errors.Select(e => e.Message).Order(StringComparer.Ordinal).Reverse().OrderBy(m => m.StartsWith("language", StringComparison.Ordinal) ? 0 : m.StartsWith("unknown", StringComparison.Ordinal) ? 1 : 2));
        Assert.All(errors, e => Assert.InRange(e.Location.Line, 21, 22));
    }

    [Fact]
    public void AMisspeltWordsKeyIsOneErrorNotAlsoAMissingList()
    {
        // Before, "'words' of 'en' needs at least one word" came first, before the typo that caused it.
        var error = Assert.Single(Errors(YamlWith("[ar, en]", "scope:\n  en: { Words: [syria] }\n", Rebels)));
        Assert.Equal("unknown field 'Words' (did you mean 'words'?)", error.Message);
        Assert.Equal("'words' of 'en' needs at least one word", Assert.Single(Errors(YamlWith("[ar, en]", "scope:\n  en: { words: [] }\n", Rebels))).Message);
    }

    [Fact]
    public void ABadOrRepeatedScopeWordIsReportedWhereItIs()
    {
        var scope = "scope:\n  en: { words: [syria, \"*x\", Syria] }\n"; // line 21
        var errors = Errors(YamlWith("[ar, en]", scope, Rebels));
        Assert.Equal(
            ["'words' of 'en': misplaced '*' in \"*x\": '*' may only end a word", "duplicate word \"syria\" in 'words' of 'en'"],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal(21, e.Location.Line));
    }

    [Fact]
    public void ScopeChangesTheFingerprintAndALexiconWithoutItKeepsItsOwn()
    {
        var without = ParseEntries(Rebels);
        var with = Parse(YamlWith("[ar, en]", "scope:\n  en: { words: [syria] }\n", Rebels));
        var other = Parse(YamlWith("[ar, en]", "scope:\n  en: { words: [aleppo] }\n", Rebels));

        Assert.NotEqual(without.Fingerprint, with.Fingerprint);
        Assert.NotEqual(with.Fingerprint, other.Fingerprint);
        Assert.Equal(without.Fingerprint, ParseEntries(Rebels).Fingerprint);
    }

    [Fact]
    public void AScopeWordThatNearlyEveryDocumentNamesIsAWarning()
    {
        // A stopword or a short prefix keeps nothing out of scope: the lexicon loads, and validate says why.
        var scope = "scope:\n  en: { words: [syria, The, \"a*\", \"dam*\"] }\n  ar: { words: [\"في\", \"سو*\", دمشق, و] }\n";
        var warnings = Parse(YamlWith("[ar, en]", scope, Rebels)).Warnings;

        Assert.Equal(
            [
                "word \"The\" of 'words' in 'scope' (en) is a common word (in the built-in stopword list): nearly every document names it, so nearly every document is in scope",
                "word \"a*\" of 'words' in 'scope' (en) is a prefix of 1 letter(s): nearly every document names a word that begins with it, so nearly every document is in scope",
                "word \"في\" of 'words' in 'scope' (ar) is a common word (in the built-in stopword list): nearly every document names it, so nearly every document is in scope",
                "word \"سو*\" of 'words' in 'scope' (ar) is a prefix of 2 letter(s): nearly every document names a word that begins with it, so nearly every document is in scope",
                "word \"و\" of 'words' in 'scope' (ar) is a single letter: nearly every document names it, so nearly every document is in scope",
            ],
            warnings.Select(w => w.Message));
        Assert.Equal([21, 21, 22, 22, 22], warnings.Select(w => w.Location.Line));
    }

    [Fact]
    public void AContextWordOrActorNameInTheOtherScriptIsAWarning()
    {
        // An Arabic word under en is never found in an Arabic document (documents in Arabic script are read as ar).
        var sections = "scope:\n  en: { words: [syria, دمشق] }\nnegation:\n  ar: { words: [not] }\n"
            + "actors:\n  - { id: gov, label: G, description: G., names: { en: [government, الحكومة] } }\n";
        var warnings = Parse(YamlWith("[ar, en]", sections, Rebels)).Warnings.Select(w => w.Message).ToList();

        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("word \"دمشق\" of 'words' in 'scope' (en) is in Arabic script under 'lang: en'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("word \"not\" of 'words' in 'negation' (ar) has no Arabic-script letter under 'lang: ar'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("name \"الحكومة\" of actor 'gov' (en) is in Arabic script under 'lang: en'", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBuiltInScopeHasNoWarning() =>
        Assert.Empty(Lexicon.Load("syria-conflict").Warnings);

    [Fact]
    public void AnEmptySectionIsAWarning()
    {
        // 'scope: {}', left to fill in, was no scope without a word: every document in scope.
        var warning = Assert.Single(Parse(YamlWith("[ar, en]", "scope: {}\nnegation: { en: { words: [not] } }\n", Rebels)).Warnings);
        Assert.Equal("'scope' lists no language, so it does nothing; remove it or give it words per language", warning.Message);
        Assert.Equal(20, warning.Location.Line);
    }
}
