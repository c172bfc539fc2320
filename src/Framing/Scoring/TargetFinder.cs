using System.Runtime.CompilerServices;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// The target of a label: the actor it refers to, judged within its sentence.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>An actor's name inside the label ("Hezbollah militia", «ميليشيات النظام»), or a longer name the label is part
/// of, is its target.</item>
/// <item>Otherwise an actor name after the label, reached across at most <c>window</c> link tokens of the lexicon (of,
/// from, the, من, تنظيم) and scare markers (which do not count towards the window): construct states and apposition
/// ("terrorists of Nusra", «إرهابيي النصرة», «مسلحي تنظيم داعش»); or a name right before the label, with nothing but
/// scare markers between them: modifiers ("ISIS militants", «داعش الإرهابي»). Link words do not reach backwards
/// («حذرت المعارضة من الميليشيات»: the opposition warns of the militias, it is not what they are). With names on both
/// sides, a name right after the label wins, then a name right before it, then a name after it across link words.</item>
/// <item>A label that is itself exactly an actor's name (a generic name such as «النظام» or "regime") takes a name
/// next to it first («النظام الإيراني», "the Iranian regime"), and otherwise refers to its own actor.</item>
/// <item>A comma, colon, semicolon, parenthesis, bracket or dash, the sentence's end, or a conjunction clitic (و، ف) on the word after
/// the gap (coordination, not apposition: «المعارضة وداعش») stops the search on that side. A name right after the
/// label that carries a preposition clitic (ب، ل، ك) is not in a construct state with it («المعارضين للنظام»: the
/// opponents of the government are not the government); after a link word it is («تابعة لجبهة النصرة»). A clitic written
/// apart from the word after it (لـ«النظام», و «داعش») is read as that word's: the search passes over it.</item>
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
    [MethodImpl(HotPath.Compilation)]
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
                var governed = context.MentionHasPreposition(t) && rightLinks == 0;
                right = context.MentionHasConjunction(t) || governed ? -1 : context.ActorAt(t);
                break;
            }

            if (context.IsScareWord(t) || context.IsDetachedClitic(t))
            {
                continue;
            }

            if (!context.IsLink(t) || ++rightLinks > window)
            {
                break;
            }
        }

        var left = -1;
        if (!labelHasConjunction)
        {
            for (var t = first - 1; t >= 0 && tokens[t].Sentence == sentence && !TokenGaps.HasBarrierBefore(text, tokens, t + 1); t--)
            {
                if (context.ActorAt(t) >= 0)
                {
                    left = context.ActorAt(t);
                    break;
                }

                if (!context.IsScareWord(t))
                {
                    break;
                }
            }
        }

        return left >= 0 && (right < 0 || rightLinks > 0) ? left : right >= 0 ? right : own;
    }
}
