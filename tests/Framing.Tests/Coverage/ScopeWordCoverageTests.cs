using Framing.Coverage;
using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Coverage;

/// <summary>
/// A lexicon's scope words (<c>scope:</c>, which a document must name for its matches to count) name the conflict, not
/// a framing: coverage counted them among the unmatched unigrams, where they topped the list of what the lexicon lacks.
/// They are counted apart, as <see cref="CoverageTermKind.Scope"/>.
/// </summary>
public sealed class ScopeWordCoverageTests
{
    private static Lexicon ScopedLexicon() => Parse(YamlWith(
        "[ar, en]",
        "scope:\n  en: { words: [\"ruritania*\", \"port vell\", strel] }\n  ar: { words: [\"روريتاني*\"] }\n",
        Entry("en", "rebels", "opposition", "rebel"),
        Entry("ar", "المتمردون", "opposition", "rebel")));

    private static GroupCoverage Count(string text, string language)
    {
        var counter = new CoverageCounter(ScopedLexicon().Compile());
        counter.Add("g", "d1", text, language);
        return Assert.Single(counter.Groups);
    }

    [Fact]
    public void ScopeWordsAreCountedApartFromTheUnmatchedUnigrams()
    {
        // Invented: ruritanian (the prefix), port vell (two words), strel, and the words around them.
        var group = Count("Ruritanian rebels shelled Strel. The convoy left Port Vell; Ruritania denied the shelling.", "en");

        Assert.Equal(
            new Dictionary<string, long> { ["shelled"] = 1, ["convoy"] = 1, ["left"] = 1, ["denied"] = 1, ["shelling"] = 1 },
            group.Unigrams.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        Assert.Equal(
            new Dictionary<string, long> { ["ruritanian"] = 1, ["strel"] = 1, ["port"] = 1, ["vell"] = 1, ["ruritania"] = 1 },
            group.Terms(CoverageTermKind.Scope).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        Assert.Equal([new TermCount("port", 1), new TermCount("ruritania", 1)], group.Top(CoverageTermKind.Scope, 2));
        // A phrase of a scope word and another word is still a candidate phrase.
        Assert.Contains("left port", group.Bigrams.Keys);
    }

    [Fact]
    public void ArabicScopeWordsAreCountedApartToo()
    {
        var group = Count("قصف المتمردون الروريتانيون المدينة", "ar");

        Assert.Equal(["روريتانيون"], group.Terms(CoverageTermKind.Scope).Keys);
        Assert.DoesNotContain("روريتانيون", group.Unigrams.Keys);
    }

    [Fact]
    public void ALexiconWithoutScopeHasNoScopeTerms()
    {
        var counter = new CoverageCounter(ParseEntries(Entry("en", "rebels", "opposition", "rebel")).Compile());
        counter.Add("g", "d1", "Ruritanian rebels shelled Strel.", "en");
        var group = Assert.Single(counter.Groups);

        Assert.Empty(group.Terms(CoverageTermKind.Scope));
        Assert.Contains("ruritanian", group.Unigrams.Keys);
    }

    [Fact]
    public void ScopeTermsArePooledInTheTotal()
    {
        var counter = new CoverageCounter(ScopedLexicon().Compile());
        counter.Add("a", "d1", "Strel burned.", "en");
        counter.Add("b", "d2", "Strel fell.", "en");

        Assert.Equal(2, counter.Total().Terms(CoverageTermKind.Scope)["strel"]);
    }
}
