using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// The target of a label: the actor it refers to, judged within its sentence.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>An actor's name inside the label ("Hezbollah militia", «ميليشيات النظام»), or a longer name the label is part
/// of, is its target.</item>
/// <item>Otherwise the nearest actor name on either side, reached across at most <c>window</c> link tokens of the
/// lexicon (of, from, the, من, تنظيم), and scare markers (which do not count towards the window), and nothing else: construct states and apposition after the
/// label ("terrorists of Nusra", «إرهابيي النصرة», «مسلحي تنظيم داعش») and modifiers before it ("ISIS militants",
/// «داعش الإرهابي»). With a name on both sides, the side with fewer link tokens wins, and on a tie the name after the
/// label.</item>
/// <item>A label that is itself exactly an actor's name (a generic name such as «النظام» or "regime") takes a name
/// next to it first («النظام الإيراني», "the Iranian regime"), and otherwise refers to its own actor.</item>
/// <item>A comma, colon, semicolon or parenthesis, the sentence's end, or a conjunction clitic (و، ف) on the word after
/// the gap (coordination, not apposition: «المعارضة وداعش») stops the search on that side.</item>
/// </list>
/// </remarks>
internal static class TargetFinder
{
    /// <summary>The actor index of the target of the label at tokens [first, first + length), or -1.</summary>
    /// <param name="context">The document's context words.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="text">The original text.</param>
    /// <param name="first">The label's first token.</param>
    /// <param name="length">The label's length in tokens.</param>
    /// <param name="window">The most link tokens between the label and a name.</param>
    /// <param name="labelHasConjunction">Whether the label's first token carries a conjunction clitic (which blocks the left side).</param>
    public static int Find(DocumentContext context, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int length, int window, bool labelHasConjunction)
    {
        if (!context.HasMentions)
        {
            return -1;
        }

        var last = first + length - 1;
        var own = -1;
        for (var t = first; t <= last; t++)
        {
            if (context.ActorAt(t) >= 0)
            {
                if (context.MentionFirst(t) != first || context.MentionLast(t) != last)
                {
                    return context.ActorAt(t);
                }

                own = context.ActorAt(t);
            }
        }

        var sentence = tokens[first].Sentence;
        var right = -1;
        var rightLinks = 0;
        for (var t = first + length; t < tokens.Length && tokens[t].Sentence == sentence && !TokenGaps.HasBarrierBefore(text, tokens, t); t++)
        {
            if (context.ActorAt(t) >= 0)
            {
                right = context.MentionHasConjunction(t) ? -1 : context.ActorAt(t);
                break;
            }

            if (context.IsScareWord(t))
            {
                continue;
            }

            if (!context.IsLink(t) || ++rightLinks > window)
            {
                break;
            }
        }

        var left = -1;
        var leftLinks = 0;
        if (!labelHasConjunction)
        {
            for (var t = first - 1; t >= 0 && tokens[t].Sentence == sentence && !TokenGaps.HasBarrierBefore(text, tokens, t + 1); t--)
            {
                if (context.ActorAt(t) >= 0)
                {
                    left = context.ActorAt(t);
                    break;
                }

                if (context.IsScareWord(t))
                {
                    continue;
                }

                if (!context.IsLink(t) || ++leftLinks > window)
                {
                    break;
                }
            }
        }

        return right >= 0 && (left < 0 || rightLinks <= leftLinks) ? right : left >= 0 ? left : own;
    }
}
