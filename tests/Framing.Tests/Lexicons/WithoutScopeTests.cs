using Framing.Lexicons;
using Framing.Scoring;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// <see cref="Lexicon.WithoutScope"/>: a corpus already filtered to the conflict has no use for the lexicon's scope, whose
/// words a document about the conflict may happen not to name; there was no way to set it aside.
/// </summary>
public sealed class WithoutScopeTests
{
    private static Lexicon Scoped() => Parse(YamlWith(
        "[ar, en]",
        "scope:\n  en: { words: [\"ruritania*\"] }\n",
        Entry("en", "rebels", "opposition", "rebel")));

    [Fact]
    public void ADocumentThatNamesNoScopeWordCountsWithoutTheScope()
    {
        const string text = "The rebels held the bridge at dawn."; // invented; names no scope word
        var scoped = Scoped();

        var outOfScope = scoped.Compile().CreateScorer().Score("d", text, "en");
        var ignored = scoped.WithoutScope().Compile().CreateScorer().Score("d", text, "en");

        Assert.Equal(1, outOfScope.Counts.OutOfScopeDocuments);
        Assert.Equal(0, ignored.Counts.OutOfScopeDocuments);
        Assert.Equal(1, ignored.Counts.Count(scoped.Dimensions.ToList().FindIndex(d => d.Id == "opposition"), PoleSide.B));
    }

    [Fact]
    public void TheLexiconSaysItsScopeIsIgnoredAndHasAnotherFingerprint()
    {
        var scoped = Scoped();
        var ignored = scoped.WithoutScope();

        Assert.False(scoped.ScopeIgnored);
        Assert.True(ignored.ScopeIgnored);
        Assert.NotEqual(scoped.Fingerprint, ignored.Fingerprint); // states of the two are never merged
        Assert.Equal((scoped.Id, scoped.Entries.Count), (ignored.Id, ignored.Entries.Count));
        Assert.Same(ignored, ignored.WithoutScope());
    }

    [Fact]
    public void ALexiconWithoutScopeIsReturnedAsItIs()
    {
        var plain = ParseEntries(Entry("en", "rebels", "opposition", "rebel"));

        Assert.Same(plain, plain.WithoutScope());
        Assert.False(plain.WithoutScope().ScopeIgnored);
    }
}
