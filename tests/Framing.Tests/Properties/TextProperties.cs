using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Tests.Text;
using Framing.Text;

namespace Framing.Tests.Properties;

/// <summary>Generated-input properties of the analyzer: normalizers are idempotent, tokens and matches map back to the text.</summary>
public sealed class TextProperties
{
    private static readonly Arbitrary<ShownText> Texts = Generators.Texts;

    private static readonly string[] NormalizerNames = ["arabic-default", "arabic-light", "arabic-aggressive", "latin-default", "arabic-default+latin-default"];

    private static readonly CompiledLexicon Starter = Lexicon.Load("starter").Compile();

    [Property(MaxTest = 300)]
    public Property NormalizersAreIdempotent() => Prop.ForAll(Texts, text =>
    {
        foreach (var name in NormalizerNames)
        {
            var normalizer = NormalizerIdempotenceTests.ByName(name);
            var once = normalizer.Normalize(text.Value);
            Assert.True(once == normalizer.Normalize(once), $"{name}: normalizing {Generators.Show(once)} again changes it");
        }
    });

    [Property(MaxTest = 300)]
    public Property TokensMapBackToTheirText() => Prop.ForAll(Texts, text =>
    {
        var tokenized = new TokenizedText();
        var alone = new TokenizedText();
        Tokenizer.Instance.Tokenize(text.Value, tokenized);
        foreach (var token in tokenized.Tokens)
        {
            Assert.InRange(token.Start, 0, text.Value.Length - 1);
            Assert.InRange(token.End, token.Start + 1, text.Value.Length);

            // The original span, on its own, is exactly that one token.
            Tokenizer.Instance.Tokenize(text.Value.AsSpan(token.Start, token.Length), alone);
            Assert.Equal(1, alone.TokenCount);
            Assert.Equal((0, token.Length), (alone.Tokens[0].Start, alone.Tokens[0].Length));
        }
    });

    [Property(MaxTest = 300)]
    public Property MatchesMapBackToTheirTextAndTokens() => Prop.ForAll(Texts, text =>
    {
        var scorer = Starter.CreateScorer(new ScoringOptions { CollectMatches = true });
        var result = scorer.Score("d", text.Value);
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text.Value, tokenized);
        foreach (var match in result.Matches.Concat(result.UncountedMatches))
        {
            Assert.Equal(text.Value.Substring(match.Start, match.Length), match.Surface);
            var first = tokenized.Tokens[match.FirstToken];
            var last = tokenized.Tokens[match.FirstToken + match.TokenCount - 1];
            Assert.Equal(first.Start, match.Start);
            Assert.Equal(last.End, match.Start + match.Length);
            Assert.Equal(match.TokenCount, match.Normalized.Split(' ').Length);
        }
    });
}
