using System.Text;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// A lexicon's <c>scope:</c> words: a document that names none of its language's scope words is out of scope, and
/// none of its matches counts (invented sentences).
/// </summary>
public sealed class ScopeTests
{
    private const int Opposition = 0;
    private const int Forces = 1;

    // Scope words for English and Arabic; a third language, French, has entries but no scope: its documents are always in scope.
    private const string Yaml = """
        id: scope-test
        version: 1.0.0
        title: Scope test lexicon
        description: Scope words.
        license: CC0-1.0
        authors: [Tester]
        languages: [ar, en]
        dimensions:
          - id: opposition
            description: How armed opponents are named.
            poles:
              a: { id: terror, label: Terror, description: Terror frame. }
              b: { id: rebel, label: Rebel, description: Rebel frame. }
            neutral: { description: Names of groups. }
            target: { forbid: [isis] }
            target-default: count
          - id: forces
            description: How the government's forces are named.
            poles:
              a: { id: state, label: State, description: State frame. }
              b: { id: regime, label: Regime, description: Regime frame. }
        actors:
          - { id: isis, label: Islamic State, description: The jihadist group., names: { en: [ISIS], ar: [داعش] } }
        negation:
          en: { words: [not] }
        scope:
          en: { words: ["syria*", "deir ez-zor", aleppo] }
          ar: { words: ["سوري*", حلب] }
        entries:
          - { lang: en, pattern: terrorists, dimension: opposition, pole: terror, note: n }
          - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n }
          - { lang: en, pattern: regime, dimension: forces, pole: regime, weight: 0.5, note: n }
          - { lang: en, pattern: gunmen, dimension: opposition, pole: neutral, note: n }
          - { lang: ar, pattern: إرهابيين, dimension: opposition, pole: terror, note: n }
          - { lang: ar, pattern: ثوار, dimension: opposition, pole: rebel, note: n }
        """;

    private static readonly Lazy<CompiledLexicon> Compiled = new(() => Lexicon.Parse(Yaml, "scope-test.yaml").Compile());

    private static DocumentResult Score(string text, string? language = null) =>
        Compiled.Value.CreateScorer(new ScoringOptions { CollectMatches = true }).Score("t", text, language);

    [Theory]
    [InlineData("The regime said the terrorists fled Syria.")]
    [InlineData("Syrian rebels say the regime and the terrorists are one.")]
    [InlineData("Terrorists and the regime fought near Deir ez-Zor.")]
    [InlineData("The terrorists left Aleppo's old city; the regime returned.")]
    public void ADocumentNamingAScopeWordCountsAsUsual(string text)
    {
        var result = Score(text);

        Assert.Equal(0, result.Counts.OutOfScopeDocuments);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(1, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(500, result.Counts.WeightMilli(Forces, PoleSide.B));
        Assert.Equal(0, result.Counts.OutOfScopeCount(Opposition, PoleSide.A));
        Assert.All(result.Matches, m => Assert.Equal(MatchStatus.Counted, m.Status));
    }

    [Fact]
    public void ADocumentNamingNoneHasEveryMatchOutOfScope()
    {
        // Counted, neutral, negated and off-target matches alike: none counts, each is out of scope.
        var result = Score("The regime said the terrorists, not rebels, attacked; ISIS terrorists and gunmen fled.");

        var counts = result.Counts;
        Assert.Equal(1, counts.OutOfScopeDocuments);
        foreach (var d in new[] { Opposition, Forces })
        {
            foreach (var side in new[] { PoleSide.A, PoleSide.B, PoleSide.Neutral })
            {
                Assert.Equal(0, counts.Count(d, side));
                Assert.Equal(0, counts.WeightMilli(d, side));
                Assert.Equal(0, counts.NegatedCount(d, side));
                Assert.Equal(0, counts.OffTargetCount(d, side));
            }
        }

        Assert.Equal(2, counts.OutOfScopeCount(Opposition, PoleSide.A)); // "terrorists", and the off-target "ISIS terrorists"
        Assert.Equal(1, counts.OutOfScopeCount(Opposition, PoleSide.B)); // the negated "rebels"
        Assert.Equal(1, counts.OutOfScopeCount(Opposition, PoleSide.Neutral));
        Assert.Equal(1, counts.OutOfScopeCount(Forces, PoleSide.B));
        Assert.Empty(result.Matches);
        Assert.Equal(["regime", "terrorists", "rebels", "terrorists", "gunmen"], result.UncountedMatches.Select(m => m.Surface));
        Assert.All(result.UncountedMatches, m => Assert.Equal(MatchStatus.OutOfScope, m.Status));
        Assert.False(counts.IsEmpty);
        Assert.True(result.CoveredTokens > 0); // coverage still sees the vocabulary
    }

    [Fact]
    public void TheSameTextInScopeJudgesItsMatchesAsUsual()
    {
        var result = Score("The regime said the terrorists, not rebels, attacked Syria; ISIS terrorists and gunmen fled.");

        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(1, result.Counts.NegatedCount(Opposition, PoleSide.B));
        Assert.Equal(1, result.Counts.OffTargetCount(Opposition, PoleSide.A));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.Neutral));
        Assert.Equal(0, result.Counts.OutOfScopeDocuments);
        Assert.DoesNotContain(result.UncountedMatches, m => m.Status == MatchStatus.OutOfScope);
    }

    [Theory]
    [InlineData("قال مصدر إن الإرهابيين انسحبوا من الأحياء الشرقية لمدينة حلب.", 0)]
    [InlineData("وأكد الجيش السوري أن الإرهابيين انسحبوا.", 0)]
    [InlineData("وقال إن الإرهابيين هاجموا المسجد في العريش.", 1)]
    public void ArabicScopeWordsMatchWithTheirClitics(string text, long outOfScope)
    {
        var result = Score(text);

        Assert.Equal(outOfScope, result.Counts.OutOfScopeDocuments);
        Assert.Equal(1 - outOfScope, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(outOfScope, result.Counts.OutOfScopeCount(Opposition, PoleSide.A));
    }

    [Fact]
    public void AScopeWordAsPartOfAnotherWordDoesNotCount()
    {
        // "syria*" is a prefix pattern; "aleppo" is a word: "aleppos" is not it.
        Assert.Equal(1, Score("The terrorists fled the aleppos.").Counts.OutOfScopeDocuments);
        Assert.Equal(0, Score("The terrorists fled to Syria.").Counts.OutOfScopeDocuments);
    }

    [Fact]
    public void ALanguageWithoutScopeWordsIsAlwaysInScope()
    {
        // The English-only lexicon scores Arabic documents without matches, and has no Arabic scope words either.
        var lexicon = Lexicon.Parse(Yaml.Replace("  ar: { words: [\"سوري*\", حلب] }\n", string.Empty, StringComparison.Ordinal), "scope-test.yaml");
        Assert.Equal(["en"], lexicon.Scope.Select(s => s.Language));
        var result = lexicon.Compile().CreateScorer(new ScoringOptions()).Score("t", "وقال إن الإرهابيين هاجموا المسجد.");

        Assert.Equal(0, result.Counts.OutOfScopeDocuments);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void AScopeWordAnywhereInALongDocumentPutsAllOfItInScope()
    {
        // A long text is scored in chunks; the one scope word is on the last line, chunks after the matches.
        var text = new StringBuilder();
        while (text.Length < 3 * DocumentScorer.ChunkCharacters)
        {
            text.Append("The terrorists and the regime traded fire again today.\n");
        }

        var outOfScope = Score(text.ToString());
        var lines = (long)outOfScope.Counts.OutOfScopeCount(Opposition, PoleSide.A);
        Assert.Equal(1, outOfScope.Counts.OutOfScopeDocuments);
        Assert.True(lines > 100);

        text.Append("Both fled to Syria.\n");
        var inScope = Score(text.ToString());
        Assert.Equal(0, inScope.Counts.OutOfScopeDocuments);
        Assert.Equal(lines, inScope.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(lines, inScope.Counts.Count(Forces, PoleSide.B));
    }

    [Fact]
    public void TermsAreLabelledWhateverTheScope()
    {
        // keyness and learn label a term by scoring it as a document of its own, which names no scope word: every term
        // was out of scope, and none was labelled (keyness's lexicon column empty with syria-conflict 2.3.0).
        var labels = new LexiconTermLabels(Compiled.Value);
        Assert.Equal("opposition/terror", labels.WholeOrPartial("terrorists"));
        Assert.Equal("forces/regime", labels.WholeOrPartial("regime"));
        Assert.Equal("opposition/terror", labels.WholeOrPartial("إرهابيين"));
        var shipped = new LexiconTermLabels(Lexicon.Load("syria-conflict").Compile());
        Assert.Contains("armed-opposition/terrorism", shipped.WholeOrPartial("terrorists"), StringComparison.Ordinal);

        // Documents are still judged by the scope.
        Assert.Equal(1, Score("The terrorists fled.").Counts.OutOfScopeDocuments);
    }

    [Fact]
    public void OutOfScopeFiguresAddUpAcrossDocuments()
    {
        var scorer = Compiled.Value.CreateScorer(new ScoringOptions());
        var texts = new[] { "The terrorists fled.", "The terrorists fled Syria.", "Rebels and the regime.", "Gunmen fled." };
        var sum = new FramingCounts(2);
        foreach (var t in texts)
        {
            sum.Add(scorer.Score("t", t).Counts);
        }

        Assert.Equal(3, sum.OutOfScopeDocuments);
        Assert.Equal(1, sum.OutOfScopeCount(Opposition, PoleSide.A));
        Assert.Equal(1, sum.OutOfScopeCount(Opposition, PoleSide.B));
        Assert.Equal(1, sum.OutOfScopeCount(Opposition, PoleSide.Neutral));
        Assert.Equal(1, sum.Count(Opposition, PoleSide.A));
        Assert.Equal(0, sum.Count(Opposition, PoleSide.B));

        // Equality and the hash see the out-of-scope figures.
        var inScope = scorer.Score("t", "The terrorists fled Syria.").Counts;
        var outOfScope = scorer.Score("t", "The terrorists fled.").Counts;
        Assert.NotEqual(inScope, outOfScope);
        Assert.Equal(outOfScope, scorer.Score("u", "The terrorists fled.").Counts);
        Assert.Equal(outOfScope.GetHashCode(), scorer.Score("u", "The terrorists fled.").Counts.GetHashCode());
    }

    [Fact]
    public void ShardsSavedAndMergedGiveTheOutOfScopeFiguresOfTheWhole()
    {
        var lexicon = Compiled.Value.Lexicon;
        var scorer = Compiled.Value.CreateScorer(new ScoringOptions());
        var texts = new[] { "The terrorists fled.", "The terrorists fled Syria.", "Rebels and the regime.", "وقال إن الإرهابيين هاجموا.", "Gunmen fled Aleppo." };
        var whole = new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(50, 3));
        var shards = new[] { new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(50, 3)), new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(50, 3)) };
        for (var i = 0; i < texts.Length; i++)
        {
            var group = i % 2 == 0 ? "a" : "b";
            var identity = DocumentSample.IdentityOf(group, "d" + i, texts[i]);
            whole.Add(group, scorer.Score("d" + i, texts[i]), identity);
            shards[i % 2].Add(group, scorer.Score("d" + i, texts[i]), identity);
        }

        var merged = TestStates.RoundTrip(TestStates.Of(lexicon, shards[0])).Tally;
        merged.Merge(TestStates.RoundTrip(TestStates.Of(lexicon, shards[1])).Tally);

        Assert.Equal(whole.Groups.Select(g => g.Group), merged.Groups.Select(g => g.Group));
        foreach (var (w, m) in whole.Groups.Zip(merged.Groups))
        {
            Assert.Equal(w.Counts, m.Counts);
            Assert.Equal(w.Replicates!.Export(), m.Replicates!.Export());
        }

        Assert.Equal(2, whole.Groups.Single(g => g.Group == "a").Counts.OutOfScopeDocuments); // documents 0 and 2 (4 names Aleppo)
        Assert.Equal(1, whole.Groups.Single(g => g.Group == "b").Counts.OutOfScopeDocuments);
    }
}
