using System.Buffers;
using System.Runtime.CompilerServices;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// Whether a phrase of consecutive tokens straddles the boundary of a quotation: a quotation that holds some of its
/// words and a word outside it ("They shouted “We are the opposition” fighters": the quotation holds "opposition" and
/// "the", not "fighters"). A quotation that holds the whole phrase, or only words of the phrase (scare quotes inside
/// it: the “regime” forces, the ‘so-called’ rebels), is no boundary. The same for every quotation mark the tokenizer
/// knows (<see cref="QuoteTracker"/>), whatever the language. Per chunk of text; not thread-safe.
/// </summary>
/// <remarks>
/// Asked only about phrases that hold a quotation mark between their words, so a phrase without one costs a look at
/// its gaps. The quotations' nesting (each one's innermost enclosing quotation) is worked out once per chunk, on the
/// first such question, in one pass over them; each answer then costs two binary searches and a walk out through the
/// quotations that hold the phrase's first or last word but not the whole phrase.
/// </remarks>
internal sealed class QuoteBoundaries
{
    // The marks QuoteTracker reads as quotation marks (an apostrophe among them: ’ closes ‘).
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"\u00AB\u00BB\u201C\u201D\u201E\u2039\u203A\u2018\u2019\u201A\u300C\u300D");

    private int[] _parent = new int[16];
    private bool _ready;

    /// <summary>Forgets the nesting: the next chunk has quotations of its own.</summary>
    public void Reset() => _ready = false;

    /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="last"/>] straddle a quotation's boundary.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public bool Straddles(TokenizedText tokenized, ReadOnlySpan<char> text, int first, int last)
    {
        if (tokenized.QuoteCount == 0 || !HasMarkBetween(tokenized.Tokens, text, first, last))
        {
            return false;
        }

        if (!_ready)
        {
            Nest(tokenized.Quotes);
        }

        // A quotation that holds the first word but not the last one, and a word before the phrase; or the last word but
        // not the first one, and a word after it. One that holds neither end lies inside the phrase.
        var tokens = tokenized.Tokens;
        var quotes = tokenized.Quotes;
        for (var q = Innermost(quotes, tokens[first]); q >= 0 && !Holds(quotes[q], tokens[last]); q = _parent[q])
        {
            if (first > 0 && Holds(quotes[q], tokens[first - 1]))
            {
                return true;
            }
        }

        for (var q = Innermost(quotes, tokens[last]); q >= 0 && !Holds(quotes[q], tokens[first]); q = _parent[q])
        {
            if (last + 1 < tokens.Length && Holds(quotes[q], tokens[last + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarkBetween(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int last)
    {
        for (var t = first + 1; t <= last; t++)
        {
            var gap = text[tokens[t - 1].End..tokens[t].Start];
            if (!(gap.Length == 1 && gap[0] == ' ') && gap.IndexOfAny(Marks) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(QuotedSpan quote, Token token) => quote.Start < token.Start && token.End <= quote.End;

    /// <summary>The innermost quotation that holds <paramref name="token"/>, or -1.</summary>
    private int Innermost(ReadOnlySpan<QuotedSpan> quotes, Token token)
    {
        // The last quotation that starts before the token: it holds the token, or one of those around it does (a
        // quotation that holds the token is open where that one starts, so it encloses it).
        int low = 0, high = quotes.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (quotes[middle].Start < token.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var q = low - 1;
        while (q >= 0 && !Holds(quotes[q], token))
        {
            q = _parent[q];
        }

        return q;
    }

    /// <summary>Each quotation's innermost enclosing quotation (-1: none), from the quotations in order of their start
    /// (an outer one before an inner one that starts at the same mark).</summary>
    private void Nest(ReadOnlySpan<QuotedSpan> quotes)
    {
        if (_parent.Length < quotes.Length)
        {
            _parent = new int[Math.Max(quotes.Length, _parent.Length * 2)];
        }

        // The chain of quotations open at the current one's start: a stack kept in the parent links themselves.
        var top = -1;
        for (var q = 0; q < quotes.Length; q++)
        {
            while (top >= 0 && quotes[q].End > quotes[top].End)
            {
                top = _parent[top];
            }

            _parent[q] = top;
            top = q;
        }

        _ready = true;
    }
}
