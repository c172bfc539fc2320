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
/// <para><b>Where it stops.</b> Reported speech never runs past a semicolon (; ؛) or into the next cue's speech: it ends
/// before the next cue, and in a language whose speaker comes before the cue, before the speaker's clause (at the last
/// comma before the next cue, when there is one): in "The army said it took three villages; rebels said they withdrew"
/// and «قال الجيش إنه سيطر على ثلاث قرى، وقالت المعارضة إنها انسحبت» the second speaker keeps the outlet's voice.</para>
/// <para><b>Closing attribution.</b> A cue that stands in the last clause of its sentence (after the sentence's last
/// comma, a clause of at most <c>window</c> tokens up to a semicolon or the sentence's end) and has no opener or colon
/// after it attributes the sentence before that comma, from its last semicolon or from where an earlier cue's own speech
/// starts (so that cue's speaker, before its opener or after the cue, keeps the outlet's voice): "Rebels shelled the
/// town, the army said." / «قتل عشرة مسلحين، بحسب المرصد» / «أكد الثوار سقوط القرية، بحسب المرصد».</para>
/// <para><b>Parenthetical attribution.</b> A cue without opener or colon in a short clause (at most <c>window</c> tokens)
/// between two commas inside its sentence also attributes the sentence before that clause, from its last semicolon or
/// where an earlier cue's own speech starts: "Rebels held the hill, the army said, and …" / «قتل عشرة مسلحين، بحسب
/// المرصد، في ريف حلب». What follows the second comma stays the cue's forward speech.</para>
/// <para><b>Cost.</b> Linear in the tokens of the text, however many cues a sentence or paragraph holds: what depends
/// only on a cue's sentence (its last comma, the last semicolon before that comma and the first after it) or paragraph
/// (its end) is found once, and the search for the first semicolon after a cue resumes where the previous cue's search
/// left off.</para>
/// </remarks>
internal static class AttributionSpans
{
    /// <summary>Marks the reported speech of the cues in <paramref name="context"/>.</summary>
    /// <returns>How many tokens the searches looked at (for the tests that check the cost is linear).</returns>
    [MethodImpl(HotPath.Compilation)]
    public static long Compute(DocumentContext context, TokenizedText tokenized, ReadOnlySpan<char> text, int window, bool speakerAfterCue)
    {
        var tokens = tokenized.Tokens;
        var sentences = tokenized.Sentences;
        long steps = 0;
        // Figures of the current cue's sentence (-2: not found yet) and paragraph (its sentences, and its last token).
        var sentenceIndex = -1;
        var comma = -2;
        var commaClauseStart = -2;
        var commaSemicolon = -2;
        var semicolonFrom = int.MaxValue;
        var semicolon = -1;
        var paragraphFirst = -1;
        var paragraphLast = -1;
        for (var k = 0; k < context.CueStarts.Count; k++)
        {
            var cue = context.CueStarts[k];
            var after = cue + context.CueLengths[k];
            var sentence = sentences[tokens[cue].Sentence];
            if (tokens[cue].Sentence != sentenceIndex)
            {
                (sentenceIndex, comma, commaClauseStart, commaSemicolon, semicolonFrom, semicolon) = (tokens[cue].Sentence, -2, -2, -2, int.MaxValue, -1);
            }

            var first = sentence.FirstToken;
            var last = first + sentence.TokenCount - 1;
            var nextCue = k + 1 < context.CueStarts.Count ? context.CueStarts[k + 1] : int.MaxValue;
            var limit = Stop(tokens, text, after, last, nextCue, speakerAfterCue, ref steps);
            var start = after;
            var opened = false;
            var colon = false;
            for (var t = after; t <= limit && t < after + window; t++)
            {
                steps++;
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

            context.CueSpeechStarts.Add(start);

            var end = limit;
            if (colon)
            {
                if (sentenceIndex < paragraphFirst || sentenceIndex > paragraphLast)
                {
                    (paragraphFirst, paragraphLast) = (sentenceIndex, ParagraphLastSentence(tokenized, text, sentenceIndex, ref steps));
                }

                end = Stop(tokens, text, after, sentences[paragraphLast].FirstToken + sentences[paragraphLast].TokenCount - 1, nextCue, speakerAfterCue, ref steps);
            }

            context.MarkAttributed(start, end);
            if (!opened)
            {
                // The first semicolon in [after, last]: the search resumes where the last one of this sentence left off.
                if (after < semicolonFrom || (semicolon >= 0 && semicolon < after))
                {
                    (semicolonFrom, semicolon) = (after, SemicolonAfter(tokens, text, after, last, ref steps));
                }

                var clauseEnd = semicolon >= 0 ? semicolon - 1 : last;
                if (comma == -2)
                {
                    comma = LastComma(tokens, text, first, last, ref steps);
                }

                var afterComma = comma > first && cue >= comma;
                if (afterComma && commaSemicolon == -2)
                {
                    // The first semicolon after the comma: a cue after it stands in a clause of its own, not in the
                    // clause after the comma ("Terrorists shelled the town, killing two; rebels said nothing.").
                    commaSemicolon = SemicolonAfter(tokens, text, comma + 1, last, ref steps);
                }

                if (afterComma && (commaSemicolon < 0 || commaSemicolon > cue) && clauseEnd - comma + 1 <= window)
                {
                    // Back to the last semicolon, and not over an earlier cue of the sentence and its speaker.
                    if (commaClauseStart == -2)
                    {
                        commaClauseStart = LastSemicolon(tokens, text, first, comma - 1, ref steps);
                    }

                    context.MarkAttributed(ClauseStartBefore(context, k, comma, commaClauseStart), comma - 1);
                }
                else if (ParentheticalStart(tokens, text, first, cue, after, last, window, ref steps) is var open && open > first)
                {
                    // A cue in a short clause between two commas inside the sentence ("Rebels held the hill, the army said,
                    // and …", «قتل عشرة مسلحين، بحسب المرصد، في …»): the clause before it is what the speaker said, as
                    // before a closing clause. The search back for a semicolon is bounded by the clause itself.
                    context.MarkAttributed(ClauseStartBefore(context, k, open, LastSemicolon(tokens, text, first, open - 1, ref steps)), open - 1);
                }
            }
        }

        return steps;
    }

    /// <summary>
    /// Where the speech that a cue attributes backwards, before the clause that starts at <paramref name="clause"/>, starts:
    /// at <paramref name="from"/> (the sentence's start or its last semicolon before that clause), but not over the last
    /// earlier cue before the clause and its speaker (that cue's speech starts after its opener, or after it).
    /// </summary>
    private static int ClauseStartBefore(DocumentContext context, int k, int clause, int from)
    {
        // The last cue before the clause (other cues of the clause are skipped: at most window of them).
        var earlier = k - 1;
        while (earlier >= 0 && context.CueStarts[earlier] >= clause)
        {
            earlier--;
        }

        if (earlier >= 0 && context.CueStarts[earlier] >= from)
        {
            // Where that cue's own speech starts: its speaker, before an opener or after the cue
            // («أكد الثوار …، بحسب المرصد»), keeps the outlet's voice.
            from = Math.Max(from, Math.Min(context.CueSpeechStarts[earlier], clause));
        }

        return from;
    }

    /// <summary>
    /// The first token of the clause that holds the cue at <paramref name="cue"/> (ending before <paramref name="after"/>)
    /// when that clause stands between two commas inside the sentence [<paramref name="first"/>, <paramref name="last"/>]
    /// and is at most <paramref name="window"/> tokens long, with no semicolon in or around it; -1 otherwise. The searches
    /// look at no more than <paramref name="window"/> gaps on each side, so every cue costs at most twice its window.
    /// </summary>
    [PerTokenHelper]
    private static int ParentheticalStart(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int cue, int after, int last, int window, ref long steps)
    {
        var open = -1;
        for (var t = cue; t > first && t > cue - window; t--)
        {
            steps++;
            var gap = text[tokens[t - 1].End..tokens[t].Start];
            if (gap.IndexOfAny(TokenGaps.Semicolons) >= 0)
            {
                return -1;
            }

            if (gap.IndexOfAny(TokenGaps.Commas) >= 0)
            {
                open = t;
                break;
            }
        }

        if (open < 0)
        {
            return -1;
        }

        for (var t = after; t <= last && t - open <= window; t++)
        {
            steps++;
            var gap = text[tokens[t - 1].End..tokens[t].Start];
            if (gap.IndexOfAny(TokenGaps.Semicolons) >= 0)
            {
                return -1;
            }

            if (gap.IndexOfAny(TokenGaps.Commas) >= 0)
            {
                return open;
            }
        }

        return -1;
    }

    /// <summary>
    /// The last token of reported speech that starts at <paramref name="from"/> (the token after its cue) and may run to
    /// <paramref name="end"/>: the token before a semicolon, or before the next cue (<paramref name="nextCue"/>), where a
    /// speaker that comes before its cue is cut off at the last comma between the two cues.
    /// </summary>
    [PerTokenHelper]
    private static int Stop(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int from, int end, int nextCue, bool speakerAfterCue, ref long steps)
    {
        // The first semicolon up to the next cue ends the speech; at the next cue (with no semicolon before it) the speech
        // ends before the cue, or before its speaker's clause.
        var cueInRange = nextCue >= from && nextCue <= end;
        var semicolon = SemicolonAfter(tokens, text, from, cueInRange ? nextCue : end, ref steps);
        if (semicolon >= 0)
        {
            return semicolon - 1;
        }

        if (!cueInRange)
        {
            return end;
        }

        if (!speakerAfterCue)
        {
            var comma = LastCommaGap(tokens, text, from, nextCue, ref steps);
            if (comma >= 0)
            {
                return comma - 1;
            }
        }

        return nextCue - 1;
    }

    /// <summary>The first token in [<paramref name="from"/>, <paramref name="to"/>] with a semicolon before it, or -1.</summary>
    // One vector search over the text of the gaps before those tokens instead of a search per gap (most gaps are one
    // space). A semicolon is never inside a token, so the one found lies in the gap before the first token that starts
    // after it. Steps: the tokens a search gap by gap would have looked at.
    internal static int SemicolonAfter(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int from, int to, ref long steps)
    {
        if (from > to)
        {
            return -1;
        }

        var gapsStart = from == 0 ? 0 : tokens[from - 1].End;
        var found = text[gapsStart..tokens[to].Start].IndexOfAny(TokenGaps.Semicolons);
        if (found < 0)
        {
            steps += to - from + 1;
            return -1;
        }

        var token = FirstStartingAfter(tokens, from, to, gapsStart + found);
        steps += token - from + 1;
        return token;
    }

    /// <summary>The first token of the last clause in [<paramref name="first"/>, <paramref name="last"/>] after a semicolon, or <paramref name="first"/>.</summary>
    // As SemicolonAfter, searching backwards: the last semicolon in the gaps before tokens first + 1 .. last.
    internal static int LastSemicolon(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int last, ref long steps)
    {
        if (last <= first)
        {
            return first;
        }

        var gapsStart = tokens[first].End;
        var found = text[gapsStart..tokens[last].Start].LastIndexOfAny(TokenGaps.Semicolons);
        if (found < 0)
        {
            steps += last - first;
            return first;
        }

        var token = FirstStartingAfter(tokens, first + 1, last, gapsStart + found);
        steps += last - token + 1;
        return token;
    }

    /// <summary>The first token in [<paramref name="from"/>, <paramref name="to"/>] that starts after <paramref name="position"/> (token <paramref name="to"/> does).</summary>
    private static int FirstStartingAfter(ReadOnlySpan<Token> tokens, int from, int to, int position)
    {
        while (from < to)
        {
            var middle = from + ((to - from) / 2);
            if (tokens[middle].Start > position)
            {
                to = middle;
            }
            else
            {
                from = middle + 1;
            }
        }

        return from;
    }

    /// <summary>The first token of the sentence's last clause (after its last comma), or -1.</summary>
    private static int LastComma(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int last, ref long steps) =>
        LastCommaGap(tokens, text, first, last, ref steps);

    /// <summary>The last token in (<paramref name="first"/>, <paramref name="last"/>] with a comma before it, or -1.</summary>
    // As LastSemicolon: one backward vector search over the text of those gaps instead of a search per gap (sentences of
    // news run to dozens of tokens). A comma inside a token (a number: 1,000) is no clause's end: the search then goes on
    // before that token. Steps: the tokens a search gap by gap would have looked at.
    internal static int LastCommaGap(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int last, ref long steps)
    {
        if (last <= first)
        {
            return -1;
        }

        var gapsStart = tokens[first].End;
        var end = tokens[last].Start;
        while (true)
        {
            var found = text[gapsStart..end].LastIndexOfAny(TokenGaps.Commas);
            if (found < 0)
            {
                steps += last - first;
                return -1;
            }

            var position = gapsStart + found;
            var token = FirstStartingAfter(tokens, first + 1, last, position);
            if (position >= tokens[token - 1].End)
            {
                steps += last - token + 1;
                return token;
            }

            end = tokens[token - 1].Start; // inside the token before: search before it
        }
    }

    /// <summary>The last sentence of the paragraph that sentence <paramref name="sentence"/> belongs to.</summary>
    [PerTokenHelper]
    private static int ParagraphLastSentence(TokenizedText tokenized, ReadOnlySpan<char> text, int sentence, ref long steps)
    {
        var sentences = tokenized.Sentences;
        var s = sentence;
        while (s + 1 < sentences.Length && !TokenGaps.HasLineBreakBefore(text, tokenized.Tokens, sentences[s + 1].FirstToken))
        {
            steps++;
            s++;
        }

        return s;
    }
}
