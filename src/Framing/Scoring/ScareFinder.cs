using System.Runtime.CompilerServices;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// Scare candidates: an actor name whose actor has a scare mapping, with a scare marker next to it. A marker of the
/// lexicon's <c>before</c> list ends right before the name (at most <c>window</c> link tokens may stand between them,
/// as in «ما يسمى حركة أحرار الشام»), or one of its <c>after</c> list starts right after the name; where the language
/// allows it, quotation marks that enclose the name and nothing else are a marker too. Only quotation marks and spaces
/// may stand in the gaps. The candidate spans the marker and the name.
/// </summary>
internal static class ScareFinder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compute(DocumentContext context, TokenizedText tokenized, ReadOnlySpan<char> text, MatcherContext rules)
    {
        var tokens = tokenized.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            var actor = context.ActorAt(t);
            if (actor < 0 || context.MentionFirst(t) != t || rules.Scares[actor] is null)
            {
                continue;
            }

            var first = t;
            var end = context.MentionLast(t) + 1;
            var sentence = tokens[first].Sentence;
            var before = MarkerBefore(context, tokens, text, first, sentence, rules.LinkWindow);
            if (before >= 0)
            {
                context.AddScareCandidate(before, end - before, actor, false);
            }
            else if (end < tokens.Length && context.ScareAfterEnd(end) >= 0 && tokens[end].Sentence == sentence && !TokenGaps.HasBarrierBefore(text, tokens, end))
            {
                context.AddScareCandidate(first, context.ScareAfterEnd(end) - first, actor, false);
            }
            else if (rules.ScareQuotes && IsAloneInQuotes(tokenized, first, end))
            {
                context.AddScareCandidate(first, end - first, actor, true);
            }
        }
    }

    /// <summary>The first token of a before-name marker that reaches the name at <paramref name="first"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MarkerBefore(DocumentContext context, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int sentence, int window)
    {
        var links = 0;
        for (var t = first - 1; t >= 0 && tokens[t].Sentence == sentence && !TokenGaps.HasBarrierBefore(text, tokens, t + 1); t--)
        {
            if (context.ScareBeforeStart(t) >= 0)
            {
                return context.ScareBeforeStart(t);
            }

            if (!context.IsLink(t) || ++links > window)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>Whether a closed quotation encloses tokens [first, end) and no other token.</summary>
    private static bool IsAloneInQuotes(TokenizedText tokenized, int first, int end)
    {
        var tokens = tokenized.Tokens;
        var start = tokens[first].Start;
        var stop = tokens[end - 1].End;
        foreach (var quote in tokenized.Quotes)
        {
            if (quote.Start > start)
            {
                break;
            }

            if (quote.IsClosed && quote.End >= stop
                && (first == 0 || tokens[first - 1].End <= quote.Start)
                && (end == tokens.Length || tokens[end].Start >= quote.End))
            {
                return true;
            }
        }

        return false;
    }
}
