using System.Runtime.CompilerServices;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// Whether a label is negated: a negation word or phrase of the lexicon ends at most <c>window</c> tokens before the
/// label's first token (window 1: right before it), in the same sentence, with no comma, colon, semicolon,
/// parenthesis, bracket or dash in between ("they are not terrorists", «ليسوا إرهابيين»).
/// </summary>
internal static class NegationRule
{
    [MethodImpl(HotPath.Compilation)]
    public static bool IsNegated(DocumentContext context, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int window)
    {
        var sentence = tokens[first].Sentence;
        for (var d = 1; d <= window; d++)
        {
            var t = first - d;
            if (t < 0 || tokens[t].Sentence != sentence || TokenGaps.HasBarrierBefore(text, tokens, t + 1))
            {
                return false;
            }

            if (context.NegationEndsAt(t))
            {
                return true;
            }
        }

        return false;
    }
}
