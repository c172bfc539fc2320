using System.Runtime.CompilerServices;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// Which tokens are reported speech, from the speech cues of the lexicon (said, according to, قال، بحسب, …).
/// </summary>
/// <remarks>
/// <para><b>Forward.</b> A cue attributes the rest of its sentence. When an opener of the lexicon (أن، إن, that) or a
/// colon follows the cue within <c>window</c> tokens, the reported clause starts after it, so the speaker named between
/// the cue and the opener («قال المتحدث باسم الجيش إن …») keeps the outlet's voice; otherwise it starts right after the
/// cue, or, in a language whose speaker follows the cue (<c>speaker-after-cue</c>, Arabic verb-subject order), one token
/// later, so that the speaker («أكدت المعارضة …»، «بحسب المرصد») keeps the outlet's voice. After a colon the reported
/// speech runs to the end of the paragraph, not only of the sentence.</para>
/// <para><b>Closing attribution.</b> A cue that stands in the last clause of its sentence (after the sentence's last
/// comma, a clause of at most <c>window</c> tokens) and has no opener or colon after it attributes the whole sentence
/// before that comma: "Rebels shelled the town, the army said." / «قتل عشرة مسلحين، بحسب المرصد».</para>
/// </remarks>
internal static class AttributionSpans
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compute(DocumentContext context, TokenizedText tokenized, ReadOnlySpan<char> text, int window, bool speakerAfterCue)
    {
        var tokens = tokenized.Tokens;
        var sentences = tokenized.Sentences;
        for (var k = 0; k < context.CueStarts.Count; k++)
        {
            var cue = context.CueStarts[k];
            var after = cue + context.CueLengths[k];
            var sentence = sentences[tokens[cue].Sentence];
            var first = sentence.FirstToken;
            var last = first + sentence.TokenCount - 1;
            var start = after;
            var opened = false;
            var colon = false;
            for (var t = after; t <= last && t < after + window; t++)
            {
                if (TokenGaps.HasColonBefore(text, tokens, t))
                {
                    (start, opened, colon) = (t, true, true);
                    break;
                }

                if (context.OpenerEnd(t) >= 0)
                {
                    (start, opened) = (context.OpenerEnd(t), true);
                    break;
                }
            }

            if (!opened && speakerAfterCue)
            {
                start++;
            }

            var end = colon ? ParagraphEnd(tokenized, text, tokens[cue].Sentence) : last;
            context.MarkAttributed(start, end);
            if (!opened)
            {
                var comma = LastComma(tokens, text, first, last);
                if (comma > first && cue >= comma && last - comma + 1 <= window)
                {
                    context.MarkAttributed(first, comma - 1);
                }
            }
        }
    }

    /// <summary>The first token of the sentence's last clause (after its last comma), or -1.</summary>
    private static int LastComma(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int last)
    {
        for (var t = last; t > first; t--)
        {
            if (TokenGaps.HasCommaBefore(text, tokens, t))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The last token of the paragraph that sentence <paramref name="sentence"/> belongs to.</summary>
    private static int ParagraphEnd(TokenizedText tokenized, ReadOnlySpan<char> text, int sentence)
    {
        var sentences = tokenized.Sentences;
        var s = sentence;
        while (s + 1 < sentences.Length && !TokenGaps.HasLineBreakBefore(text, tokenized.Tokens, sentences[s + 1].FirstToken))
        {
            s++;
        }

        return sentences[s].FirstToken + sentences[s].TokenCount - 1;
    }
}
