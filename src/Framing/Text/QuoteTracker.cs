using System.Runtime.CompilerServices;

namespace Framing.Text;

/// <summary>
/// Follows quotation marks through a paragraph: which quotations are open at each point, and where each starts and ends.
/// </summary>
/// <remarks>
/// Recognized pairs: « » (also » … » and » … « as some Arabic outlets write them), “ ” and „ “ / „ ”, ‹ ›, ‘ ’,
/// ‚ ‘ and ‚ ’ (the German single quotes, as in scare quotes: ‚Terroristen‘),
/// straight double quotes " ", and 「 」. Quotations nest. A closing mark closes the innermost open quotation it can
/// close (” closes “, „ or ”; » closes « or ») and any unclosed quotations inside it. A closing mark with no matching opening mark opens a quotation when it
/// stands right before a word after a space (the reversed use of » and ”), and is otherwise ignored. A straight " with
/// none open opens one unless it ends a word and stands before no word (terrorists" near, a 5" gun): then it is
/// ignored too. ‘ opens only
/// after a non-letter, and ’ between two letters is an apostrophe, not a quotation mark. A quotation still open at
/// the end of its paragraph (a line break or the end of the text) ends there.
/// <para>Linear in the marks, however deep quotations nest: the open quotations of each kind are counted, so a mark
/// that closes none of them, or asks whether a straight quotation is open, does not search the nesting (a paragraph
/// of thousands of unclosed « took quadratic time).</para>
/// </remarks>
internal sealed class QuoteTracker
{
    /// <summary>How many kinds of quotation there are: one more than the last <see cref="QuoteKind"/>, so that a kind added
    /// to the list is counted too.</summary>
    private const int KindCount = (int)QuoteKind.Corner + 1;

    private readonly int[] _openOfKind = new int[KindCount];
    private QuoteKind[] _kinds = new QuoteKind[8];
    private int[] _starts = new int[8];
    private int _depth;

    private enum QuoteKind : byte
    {
        Guillemet,      // « … »
        ReversedGuillemet, // » … » or » … «
        CurlyDouble,    // “ … ”
        LowHigh,        // „ … “ or „ … ”
        RightRight,     // ” … ”
        Angle,          // ‹ … ›
        CurlySingle,    // ‘ … ’
        LowSingle,      // ‚ … ‘ or ‚ … ’ (German, Czech, Polish single quotes)
        Straight,       // " … "
        Corner,         // 「 … 」 (keep last: KindCount counts up to it)
    }

    /// <summary>Current nesting depth.</summary>
    public int Depth => _depth;

    /// <summary>Open quotations looked at while searching for one to close (for the tests that check the cost is linear).</summary>
    internal long Steps { get; private set; }

    /// <summary>Forgets every open quotation (without recording them).</summary>
    public void Reset()
    {
        _depth = 0;
        Array.Clear(_openOfKind);
    }

    /// <summary>
    /// Processes the character at <paramref name="index"/>, which is not part of a token.
    /// Records closed quotations in <paramref name="output"/>.
    /// </summary>
    public void Process(ReadOnlySpan<char> text, int index, TokenizedText output)
    {
        switch (text[index])
        {
            case '\u00AB': // «
                if (!TryClose(QuoteKind.ReversedGuillemet, index, output))
                {
                    Open(QuoteKind.Guillemet, index);
                }

                break;
            case '\u00BB': // »
                if (!TryClose(QuoteKind.Guillemet, QuoteKind.ReversedGuillemet, QuoteKind.ReversedGuillemet, index, output) && OpensWord(text, index))
                {
                    Open(QuoteKind.ReversedGuillemet, index);
                }

                break;
            case '\u201C': // “
                if (!TryClose(QuoteKind.LowHigh, index, output))
                {
                    Open(QuoteKind.CurlyDouble, index);
                }

                break;
            case '\u201D': // ”
                if (!TryClose(QuoteKind.CurlyDouble, QuoteKind.LowHigh, QuoteKind.RightRight, index, output) && OpensWord(text, index))
                {
                    Open(QuoteKind.RightRight, index);
                }

                break;
            case '\u201E': // „
                Open(QuoteKind.LowHigh, index);
                break;
            case '\u2039': // ‹
                Open(QuoteKind.Angle, index);
                break;
            case '\u203A': // ›
                TryClose(QuoteKind.Angle, index, output);
                break;
            case '\u300C': // 「
                Open(QuoteKind.Corner, index);
                break;
            case '\u300D': // 」
                TryClose(QuoteKind.Corner, index, output);
                break;
            case '"':
                if (_depth > 0 && _kinds[_depth - 1] == QuoteKind.Straight)
                {
                    TryClose(QuoteKind.Straight, index, output);
                }
                else if (!IsOpenAnywhere(QuoteKind.Straight))
                {
                    // None is open: the mark opens one, unless it ends a word and opens none (terrorists" near, a 5" gun,
                    // disguise," the report said: a stray closing mark, ignored like an unmatched ” or »).
                    if (!IsStrayClosingMark(text, index))
                    {
                        Open(QuoteKind.Straight, index);
                    }
                }
                else if (OpensWord(text, index))
                {
                    Open(QuoteKind.Straight, index);
                }
                else
                {
                    // A straight quotation is open further out and this mark opens no word: it closes that one.
                    TryClose(QuoteKind.Straight, index, output);
                }

                break;
            case '\u201A': // ‚ (single low-9 quotation mark, never a comma or an apostrophe in typeset text)
                Open(QuoteKind.LowSingle, index);
                break;
            case '\u2018': // ‘ closes ‚ when one is open; else it opens, unless it elides the century of a year (‘90s,
                            // ‘03): an apostrophe, which no ’ closes
                if (!TryClose(QuoteKind.LowSingle, index, output) && !CharClass.IsWordBefore(text, index) && !CharClass.IsDigitAt(text, index + 1))
                {
                    Open(QuoteKind.CurlySingle, index);
                }

                break;
            case '\u2019': // ’ outside a word: closes ‘ (or ‚) when one is open
                TryClose(QuoteKind.CurlySingle, QuoteKind.LowSingle, QuoteKind.LowSingle, index, output);
                break;
        }
    }

    /// <summary>Ends the paragraph at <paramref name="end"/>: every open quotation is recorded as unclosed and forgotten.</summary>
    [PerDocument]
    public void EndParagraph(int end, TokenizedText output)
    {
        while (_depth > 0)
        {
            _depth--;
            _openOfKind[(int)_kinds[_depth]]--;
            output.AddQuote(new QuotedSpan(_starts[_depth], end, _depth + 1, IsClosed: false));
        }
    }

    private static bool OpensWord(ReadOnlySpan<char> text, int index)
    {
        var before = index == 0 || char.IsWhiteSpace(text[index - 1]) || text[index - 1] is '(' or '[' or '\u0640' || IsArabicLetter(text[index - 1]);
        var after = index + 1 < text.Length && CharClass.IsWordAt(text, index + 1, out _);
        return before && after;
    }

    /// <summary>A straight mark that ends a word (right after a letter or digit, or after closing punctuation: . , ; ! ?
    /// … ) ] ” ’ ») and stands before no word: it can only close a quotation. After a colon, a dash or a tatweel (said:"
    /// terrorists ", بـ" الإرهابيين ") it opens one.</summary>
    private static bool IsStrayClosingMark(ReadOnlySpan<char> text, int index) =>
        index > 0
        && (CharClass.IsWordBefore(text, index) || text[index - 1] is '.' or ',' or ';' or '!' or '?' or '\u2026' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u060C' or '\u061B' or '\u061F')
        && text[index - 1] != '\u0640'
        && !(index + 1 < text.Length && CharClass.IsWordAt(text, index + 1, out _));

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';

    private bool IsOpenAnywhere(QuoteKind kind) => _openOfKind[(int)kind] > 0;

    private void Open(QuoteKind kind, int index)
    {
        if (_depth == _kinds.Length)
        {
            Array.Resize(ref _kinds, _kinds.Length * 2);
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        _kinds[_depth] = kind;
        _starts[_depth] = index;
        _depth++;
        _openOfKind[(int)kind]++;
    }

    private bool TryClose(QuoteKind kind, int index, TokenizedText output) => TryClose(kind, kind, kind, index, output);

    /// <summary>Closes the innermost open quotation of any of the given kinds.</summary>
    private bool TryClose(QuoteKind first, QuoteKind second, QuoteKind third, int index, TokenizedText output)
    {
        if (!IsOpenAnywhere(first) && !IsOpenAnywhere(second) && !IsOpenAnywhere(third))
        {
            return false;
        }

        // One of them is open: the quotations passed on the way to it are closed with it.
        for (var i = _depth - 1; i >= 0; i--)
        {
            Steps++;
            var kind = _kinds[i];
            if (kind != first && kind != second && kind != third)
            {
                continue;
            }

            // Quotations opened inside this one and never closed end where it ends.
            while (_depth > i + 1)
            {
                _depth--;
                _openOfKind[(int)_kinds[_depth]]--;
                output.AddQuote(new QuotedSpan(_starts[_depth], index, _depth + 1, IsClosed: false));
            }

            _depth--;
            _openOfKind[(int)kind]--;
            output.AddQuote(new QuotedSpan(_starts[_depth], index + 1, _depth + 1, IsClosed: true));
            return true;
        }

        return false;
    }
}
