using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Framing.Text;

/// <summary>
/// Splits text into tokens, sentences and quoted spans in one pass, keeping every token's offset and length in the
/// original text. Stateless and thread-safe; all per-text state lives in the <see cref="TokenizedText"/> it fills.
/// </summary>
/// <remarks>
/// <para>A token is a maximal run of letters, combining marks and digits of any script (Unicode categories L*, M*, N*)
/// that holds at least one letter other than tatweel, or a digit: a run of only tatweel and marks, such as the tatweel
/// that Arabic outlets write as a dash («دمشق ـ سانا»), is punctuation.
/// Apostrophes (' ’ ʼ, and ‘ ` ´ ′ ＇ ʻ ʽ ʾ ʿ typed for one), the Hebrew geresh and gershayim (׳ ״), zero-width joiners and non-joiners, word joiners, soft hyphens and bidi marks, embeddings and
/// isolates between two word characters stay inside the token ("Assad's", "don't"), however many, but one apostrophe at
/// most: two in a row are a quotation mark; a full stop or comma between two digits stays inside a number ("3.5",
/// "1,000"). A digit next to an Arabic letter ends a word («١٠إرهابيين» is ١٠ and إرهابيين; see
/// <see cref="CharClass.IsDigitLetterBoundary"/>); next to a Latin letter it does not ("F16"). Hyphens and dashes separate tokens ("Iranian-backed" is two tokens). Lone surrogates and other invalid
/// UTF-16 are treated as separators.</para>
/// <para>A sentence ends at . ! ? ؟ ؛ … ۔ and at a line break. A full stop after an abbreviation or a single letter
/// ("Dr.", "U.S.", "J.", and "No." before a number) does not end a sentence, nor does one inside a number.</para>
/// <para>A paragraph ends at a line break; quotations left open at its end are closed there (see <see cref="QuoteTracker"/>).</para>
/// </remarks>
internal sealed class Tokenizer
{
    /// <summary>The shared instance (the tokenizer has no options and no state).</summary>
    public static Tokenizer Instance { get; } = new();

    // Whether runs of plain words are read by ScanPlainRun (always, but for the tests that compare it with the general
    // loop alone).
    private readonly bool _plainRuns;

    private Tokenizer(bool plainRuns = true)
    {
        _plainRuns = plainRuns;
    }

    /// <summary>A tokenizer that reads everything with the general loop (for tests: the same output as <see cref="Instance"/>).</summary>
    internal static Tokenizer WithoutPlainRunsForTest() => new(plainRuns: false);

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="output"/>, which is cleared first.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="output">Receives tokens, sentences and quoted spans.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Instance API so that tokenizer options can be added without breaking callers.")]
    [MethodImpl(HotPath.Compilation)]
    public void Tokenize(ReadOnlySpan<char> text, TokenizedText output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        var quotes = output.OpenQuotes;
        var sentence = 0;
        var sentenceFirstToken = 0;
        var boundaryPending = false;
        var i = 0;
        var wordTable = CharClass.WordTable;

        // The tokens are written straight into the output's buffer, the count kept here and given to the output before
        // anything reads it (closing a sentence, the abbreviation check, the end): the loop's own values stay in
        // registers instead of a field read and write per token.
        var buffer = output.TokenBuffer;
        var count = 0;
        var plainRuns = _plainRuns;
        while ((uint)i < (uint)text.Length)
        {
            if (plainRuns && !boundaryPending)
            {
                i = ScanPlainRun(text, i, buffer, ref count, sentence, quotes.Depth, wordTable);
                if ((uint)i >= (uint)text.Length)
                {
                    break;
                }
            }

            var c = text[i];
            if (c == ' ')
            {
                i++; // the most common separator: no token, boundary or quotation
                continue;
            }

            var runeLength = 1;
            if (CharClass.IsBmpWordCharacter(wordTable, c) || (char.IsSurrogate(c) && CharClass.IsWordAt(text, i, out runeLength)))
            {
                var start = i;
                i = ScanWord(text, i + runeLength, wordTable);
                if (CharClass.MayLackBaseCharacter(c) && !CharClass.HasBaseCharacter(text[start..i]))
                {
                    continue; // only tatweel and marks: a dash («دمشق ـ سانا»), not a word
                }

                if (boundaryPending)
                {
                    output.SetTokenCount(count);
                    CloseSentence(output, ref sentence, ref sentenceFirstToken);
                    boundaryPending = false;
                }

                if ((uint)count >= (uint)buffer.Length)
                {
                    output.SetTokenCount(count);
                    buffer = output.GrowTokenBuffer();
                }

                buffer[count++] = new Token(start, i - start, sentence, quotes.Depth);
                continue;
            }

            if (CharClass.IsLineBreak(c))
            {
                quotes.EndParagraph(i, output);
                boundaryPending = true;
            }
            else if (CharClass.IsSentenceTerminator(c))
            {
                output.SetTokenCount(count);
                if (!(c == '.' && FollowsAbbreviation(text, i, output)))
                {
                    boundaryPending = true;
                }
            }
            else
            {
                quotes.Process(text, i, output);
            }

            i++;
        }

        output.SetTokenCount(count);
        quotes.EndParagraph(text.Length, output);
        if (output.TokenCount > sentenceFirstToken)
        {
            CloseSentence(output, ref sentence, ref sentenceFirstToken);
        }

        output.SortQuotes();
    }

    /// <summary>
    /// Reads a run of spaces and plain words from <paramref name="i"/> into the buffer, as the general loop of
    /// <see cref="Tokenize"/> would, and returns where that loop must go on: at the first character that is neither a
    /// space nor the start of a word ended by a space or the text's end (punctuation, a line break, a quotation mark, a
    /// word that goes on past a joiner or a separator, one that may lack a base character), or when the buffer is full.
    /// </summary>
    // Most of a news text is such runs. This loop makes no call, so its values stay in registers; the general loop, with
    // its calls for quotations, sentences and rare characters, spills them.
    [MethodImpl(HotPath.Compilation)]
    private static int ScanPlainRun(ReadOnlySpan<char> text, int i, Token[] buffer, ref int count, int sentence, int depth, ReadOnlySpan<ulong> wordTable)
    {
        var n = count;
        while ((uint)i < (uint)text.Length)
        {
            if (Vector256.IsHardwareAccelerated)
            {
                i = ScanPlainBlocks(text, i, buffer, ref n, sentence, depth);
                if ((uint)i >= (uint)text.Length)
                {
                    break;
                }
            }

            // One step by the table where the blocks stopped: a space, or one word (or the end of the run).
            var c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            if (!CharClass.IsBmpWordCharacter(wordTable, c) || CharClass.MayLackBaseCharacter(c) || (uint)n >= (uint)buffer.Length
                || ((uint)(i + 1) < (uint)text.Length && CharClass.IsDigitLetterBoundary(c, text[i + 1])))
            {
                break; // (an ASCII digit before an Arabic letter, which the plain letters skipped next would not see)
            }

            var end = CharClass.SkipPlainWordCharacters(text, i + 1);
            while ((uint)end < (uint)text.Length && CharClass.IsBmpWordCharacter(wordTable, text[end]) && !CharClass.IsDigitLetterBoundary(text[end - 1], text[end]))
            {
                end++;
            }

            if ((uint)end < (uint)text.Length && text[end] != ' ')
            {
                break; // the word may go on (a joiner, an apostrophe, a separator in a number) or end at a digit: the general loop reads it
            }

            buffer[n++] = new Token(i, end - i, sentence, depth);
            i = end;
        }

        count = n;
        return i;
    }

    /// <summary>
    /// Reads the run from <paramref name="i"/> thirty-two units at a time, as <see cref="ScanPlainRun"/>'s steps would, as
    /// long as its words are plain (ASCII letters and U+0620..U+065F, starting with a letter that is not tatweel) and
    /// end at a space; returns where it stopped, for those steps to go on (at a word it cannot tell, at any other unit,
    /// within thirty-two units of the text's end, or when the buffer is full).
    /// </summary>
    // Per block of two vectors, three 32-bit masks (plain word units, spaces, letters a word may start with) from a few
    // vector comparisons (CharClass.ClassifyPlain); the words are the runs of the first mask, found with bit scans. A
    // word that reaches the block's end is carried into the next block (`pending`, its start) and taken once the unit
    // after it is known to be a space; where the steps by the table must go on, they start at the first word not taken.
    // Inlined into ScanPlainRun: no call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanPlainBlocks(ReadOnlySpan<char> text, int i, Token[] buffer, ref int count, int sentence, int depth)
    {
        const int Width = 32; // two Vector256<short>
        ref var units = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        var n = count;
        var pending = -1;
        while (i <= text.Length - Width)
        {
            var (word0, space0, starter0) = CharClass.ClassifyPlain(Vector256.LoadUnsafe(ref units, (nuint)i));
            var (word1, space1, starter1) = CharClass.ClassifyPlain(Vector256.LoadUnsafe(ref units, (nuint)(i + 16)));
            var word = Vector256.Narrow(word0, word1).ExtractMostSignificantBits();
            var space = Vector256.Narrow(space0, space1).ExtractMostSignificantBits();
            var starter = Vector256.Narrow(starter0, starter1).ExtractMostSignificantBits();

            // Units at or past `limit` are not read here: the block's end, or its first unit that is neither.
            var other = ~(word | space);
            var limit = other == 0 ? Width : BitOperations.TrailingZeroCount(other);
            var carried = pending >= 0 ? 1u : 0u;
            var starts = word & ~((word << 1) | carried);
            var ends = word & ~(word >> 1); // the last unit of each run

            if (pending >= 0)
            {
                // The carried word ends before this block (at a space: taken) or inside it, or goes on through it.
                var last = (word & 1) == 0 ? -1 : BitOperations.TrailingZeroCount(ends);
                if (last + 1 >= limit)
                {
                    if (limit < Width)
                    {
                        break; // it ends at a unit that is neither: for the steps by the table
                    }

                    i += Width;
                    continue;
                }

                if ((uint)n >= (uint)buffer.Length)
                {
                    break;
                }

                buffer[n++] = new Token(pending, i + last + 1 - pending, sentence, depth);
                pending = -1;
                if (last >= 0)
                {
                    ends &= ends - 1;
                }
            }

            starts &= limit == Width ? uint.MaxValue : (1u << limit) - 1;
            while (starts != 0)
            {
                var start = BitOperations.TrailingZeroCount(starts);
                if ((starter & (1u << start)) == 0)
                {
                    count = n;
                    return i + start;
                }

                var last = BitOperations.TrailingZeroCount(ends);
                if (last + 1 >= limit)
                {
                    if (limit < Width)
                    {
                        count = n;
                        return i + start;
                    }

                    pending = i + start; // reaches the block's end: carried into the next block
                    break;
                }

                if ((uint)n >= (uint)buffer.Length)
                {
                    count = n;
                    return i + start;
                }

                buffer[n++] = new Token(i + start, last + 1 - start, sentence, depth);
                starts &= starts - 1;
                ends &= ends - 1;
            }

            if (limit < Width)
            {
                count = n;
                return i + limit;
            }

            i += Width;
        }

        count = n;
        return pending >= 0 ? pending : i;
    }

    /// <summary>The end of the word whose characters before <paramref name="i"/> are scanned.</summary>
    // Inlined into Tokenize: most words are a run of BMP word characters ended by a space, read here eight plain word
    // characters at a time (CharClass.SkipPlainWordCharacters), then one table look-up per character, without a call;
    // everything else (a surrogate pair, an in-word joiner, a separator inside a number) is left to ContinueWord.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanWord(ReadOnlySpan<char> text, int i, ReadOnlySpan<ulong> wordTable)
    {
        while (true)
        {
            // A word ends between a digit and an Arabic letter (CharClass.IsDigitLetterBoundary): tested before the plain
            // letters are skipped (the unit before them may be a digit) and at each unit after them (digits are not plain).
            if ((uint)i < (uint)text.Length && i > 0 && CharClass.IsDigitLetterBoundary(text[i - 1], text[i]))
            {
                return i;
            }

            i = CharClass.SkipPlainWordCharacters(text, i);
            while ((uint)i < (uint)text.Length && CharClass.IsBmpWordCharacter(wordTable, text[i]))
            {
                if (CharClass.IsDigitLetterBoundary(text[i - 1], text[i]))
                {
                    return i;
                }

                i++;
            }

            if ((uint)i >= (uint)text.Length || text[i] == ' ')
            {
                return i;
            }

            var next = ContinueWord(text, i);
            if (next == i)
            {
                return i;
            }

            i = next;
        }
    }

    /// <summary>
    /// Where a word goes on at <paramref name="i"/>, whose character is neither a BMP word character nor a space: after a
    /// supplementary word character, or at the word character after in-word joiners or after a separator between two
    /// digits; <paramref name="i"/> itself when the word ends there.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [PerTokenHelper]
    private static int ContinueWord(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (CharClass.IsWordAt(text, i, out var length))
        {
            return i + length;
        }

        if (i + 1 < text.Length)
        {
            if (CharClass.IsInWordJoiner(c) && CharClass.SkipInWordJoiners(text, i) is var next && next < text.Length && CharClass.IsWordAt(text, next, out _))
            {
                return next;
            }

            if (CharClass.IsNumberSeparator(c) && CharClass.IsDigitBefore(text, i) && CharClass.IsDigitAt(text, i + 1))
            {
                return i + 1;
            }
        }

        return i;
    }

    [PerTokenHelper]
    private static bool FollowsAbbreviation(ReadOnlySpan<char> text, int dot, TokenizedText output)
    {
        if (output.TokenCount == 0)
        {
            return false;
        }

        var last = output.Tokens[^1];
        return last.End == dot && Abbreviations.IsAbbreviationBefore(text.Slice(last.Start, last.Length), text[(dot + 1)..]);
    }

    [PerTokenHelper]
    private static void CloseSentence(TokenizedText output, ref int sentence, ref int firstToken)
    {
        var count = output.TokenCount - firstToken;
        if (count > 0)
        {
            var tokens = output.Tokens;
            output.AddSentence(new SentenceSpan(tokens[firstToken].Start, tokens[^1].End, firstToken, count));
            sentence++;
            firstToken = output.TokenCount;
        }
    }
}
