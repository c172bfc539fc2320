using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Properties;

/// <summary>
/// A scorer that scored other texts before (its token cache filled by them, its buffers grown) scores a text exactly as
/// a new scorer does: the same counts, tokens, covered tokens, matches and voices. The texts mix the lexicon's phrases,
/// their words with Arabic clitics, speech cues and openers, the punctuation that ends reported speech and clauses,
/// overlong tokens and any character, so that the cache holds the same word under other readings' neighbours.
/// </summary>
public sealed class ScorerReuseProperties
{
    private static readonly Lexicon Syria = Lexicon.Load("syria-conflict");
    private static readonly CompiledLexicon SyriaCompiled = Syria.Compile();
    private static readonly CompiledLexicon StarterCompiled = Lexicon.Load("starter").Compile();

    // The lexicon's speech cues and openers (syria-conflict's speech section) and the words around them.
    private static readonly string[] SpeechWords =
        ["said", "according to", "told", "claimed", "that", "قال", "قالت", "أكد", "بحسب", "نقلا عن", "أن", "إن", "أنه", "بأن", "الجيش", "المرصد"];

    private static readonly string[] Separators = [" ", " ", " ", " ", ", ", "; ", ": ", "، ", "؛ ", ". ", "\n", " \"", "\" ", "؟ ", string.Empty];

    private static readonly string[] Clitics = [string.Empty, "و", "ب", "ل", "وال", "بال", "فـ"];

    private static Gen<string> Words { get; } = Gen.OneOf(
        Gen.Elements(Syria.Entries.Select(e => e.Pattern.Replace("*", string.Empty, StringComparison.Ordinal)).ToArray())
            .SelectMany(p => Gen.Elements(Clitics).Select(c => c + p)),
        Gen.Elements(SpeechWords),
        Gen.Choose(6, 70).Select(n => new string('ك', n)),
        Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString()));

    /// <summary>Up to about 40 pieces, each followed by a separator.</summary>
    private static Gen<string> Text { get; } =
        Gen.Choose(0, 40).SelectMany(count => Gen.ArrayOf(Words.SelectMany(w => Gen.Elements(Separators).Select(s => w + s)), count))
            .Select(parts => string.Concat(parts));

    /// <summary>A few texts and the longest matchable token (the default, or short enough that lexicon words are too long).</summary>
    private static Arbitrary<ReuseCase> Cases { get; } =
        Gen.Choose(2, 6).SelectMany(n => Gen.ArrayOf(Text, n))
            .SelectMany(texts => Gen.Elements(ScoringOptions.DefaultMaxMatchableTokenLength, 4, 7).Select(max => new ReuseCase(texts, max)))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property AReusedScorerScoresEachTextAsANewOne() => Prop.ForAll(Cases, c =>
    {
        foreach (var compiled in new[] { SyriaCompiled, StarterCompiled })
        {
            var options = new ScoringOptions { CollectMatches = true, MaxMatchableTokenLength = c.MaxLength };
            var forward = compiled.CreateScorer(options);
            var backward = compiled.CreateScorer(options);
            var fresh = c.Texts.Select(t => compiled.CreateScorer(options).Score("d", t)).ToArray();
            for (var i = 0; i < c.Texts.Length; i++)
            {
                Assert.Equal(fresh[i], forward.Score("d", c.Texts[i]));
            }

            // In the other order, and each text twice (the second time every token is a cache hit).
            for (var i = c.Texts.Length - 1; i >= 0; i--)
            {
                Assert.Equal(fresh[i], backward.Score("d", c.Texts[i]));
                Assert.Equal(fresh[i], backward.Score("d", c.Texts[i]));
            }
        }
    });

    /// <summary>Texts scored in turn, with the longest matchable token.</summary>
    public sealed record ReuseCase(string[] Texts, int MaxLength)
    {
        public override string ToString() =>
            $"max length {MaxLength}, texts [{string.Join(", ", Texts.Select(Generators.Show))}]";
    }
}
