using System.Runtime.CompilerServices;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// Scare candidates: an actor name whose actor has a scare mapping, with a scare marker next to it. A marker of the
/// lexicon's <c>before</c> list ends right before the name (at most <c>window</c> link tokens may stand between them,
/// as in «ما يسمى حركة أحرار الشام», and a proclitic written apart, as in «ما يسمى بـ«جيش الإسلام»»), or one of its <c>after</c> list starts right after the name; where the language
/// allows it, quotation marks that enclose the name and nothing else are a marker too. Only quotation marks and spaces
/// may stand in the gaps. The candidate spans the marker and the name.
/// </summary>
/// <remarks>Linear in the mentions and quotations: the names are visited in text order, and the search for the quotation
/// around a name starts after the quotations that began no later than the previous name, which cannot enclose a later
/// name alone (a name quoted thousands of times in one paragraph took quadratic time).</remarks>
internal static class ScareFinder
{
    /// <summary>Records the scare candidates of the chunk in <paramref name="context"/>.</summary>
    /// <returns>How many quotations the searches for a name alone in quotation marks looked at (for the tests that check the cost is linear).</returns>
    [MethodImpl(HotPath.Compilation)]
    public static long Compute(DocumentContext context, TokenizedText tokenized, ReadOnlySpan<char> text, MatcherContext rules)
    {
        var tokens = tokenized.Tokens;
        long steps = 0;
        var skipped = 0;

        // The mentions' first tokens, in text order: not a test of every token of the chunk.
        foreach (var t in context.MentionStarts.Span)
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
            else if (rules.ScareQuotes && IsAloneInQuotes(tokenized, first, end, ref skipped, ref steps))
            {
                context.AddScareCandidate(first, end - first, actor, true);
            }
        }

        return steps;
    }

    /// <summary>The first token of a before-name marker that reaches the name at <paramref name="first"/>, or -1.</summary>
    [MethodImpl(HotPath.Compilation)]
    private static int MarkerBefore(DocumentContext context, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int sentence, int window)
    {
        var links = 0;
        for (var t = first - 1; t >= 0 && tokens[t].Sentence == sentence && !TokenGaps.HasBarrierBefore(text, tokens, t + 1); t--)
        {
            if (context.ScareBeforeStart(t) >= 0)
            {
                return context.ScareBeforeStart(t);
            }

            if (context.IsDetachedClitic(t))
            {
                continue; // «ما يسمى بـ«جيش الإسلام»»: the preposition written apart belongs to the name
            }

            if (!context.IsLink(t) || ++links > window)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a closed quotation encloses tokens [first, end) and no other token. The quotations are in the order they
    /// closed; the search stops at the first that starts after the name. The first <paramref name="skipped"/> began no
    /// later than an earlier name, so they cannot enclose this one alone (the token before it ends after their start)
    /// and did not stop that name's search: they are passed over, and the ones this search passes join them.
    /// </summary>
    private static bool IsAloneInQuotes(TokenizedText tokenized, int first, int end, ref int skipped, ref long steps)
    {
        var tokens = tokenized.Tokens;
        var quotes = tokenized.Quotes;
        var start = tokens[first].Start;
        var stop = tokens[end - 1].End;
        var found = false;
        for (var q = skipped; q < quotes.Length; q++)
        {
            steps++;
            var quote = quotes[q];
            if (quote.Start > start)
            {
                break;
            }

            if (quote.IsClosed && quote.End >= stop
                && (first == 0 || tokens[first - 1].End <= quote.Start)
                && (end == tokens.Length || tokens[end].Start >= quote.End))
            {
                found = true;
                break;
            }
        }

        while (skipped < quotes.Length && quotes[skipped].Start <= start)
        {
            skipped++;
        }

        return found;
    }
}
