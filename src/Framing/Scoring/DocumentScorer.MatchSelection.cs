using System.Runtime.CompilerServices;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

// Match selection: per dimension, the longest entry starting at a token (ties: fewer prefix words, then higher weight, then first defined), exclusions, and scare matches.
public sealed partial class DocumentScorer
{
    [MethodImpl(HotPath.Compilation)]
    private void MatchAt(int i, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var touchedCount = (_tokenMask[i] & _dimensionBits) != 0 ? CollectLongest(i, matcher, tokens, text, _dimensionBits, 0, _dimensions) : 0;
        var scareLength = _context.ScareLength(i);
        if (scareLength > 0 && matcher.Context.Scares[_context.ScareActor(i)] is { } scare)
        {
            var d = scare.DimensionIndex;
            if (i >= _nextFree[d] && matcher.Owns(d))
            {
                if (_bestLength[d] == 0)
                {
                    _touched[touchedCount++] = d;
                    _bestLength[d] = scareLength;
                    _bestEntry[d] = ScareChoice;
                }
                else if (scareLength >= _bestLength[d])
                {
                    _bestLength[d] = scareLength;
                    _bestEntry[d] = ScareChoice;
                }
            }
        }

        for (var t = 0; t < touchedCount; t++)
        {
            var d = _touched[t];
            var length = _bestLength[d];
            var choice = _bestEntry[d];
            _bestLength[d] = 0;
            _nextFree[d] = i + length;

            // Matches come in the order of their first tokens, so the tokens they cover are counted by a sweep: only
            // those past the furthest end so far are new. Across lanes, each token is marked instead.
            var end = i + length;
            if (_coveredTokens is { } covered)
            {
                Cover(covered, i, end);
            }
            else if (end > _coveredEnd)
            {
                _coveredCount += end - Math.Max(i, _coveredEnd);
                _coveredEnd = end;
            }

            if (choice == ScareChoice)
            {
                CountScare(i, length, matcher, tokens, text, counts, matches, uncounted);
            }
            else
            {
                CountEntry(i, length, matcher.Entries[choice], matcher, tokens, text, counts, matches, uncounted);
            }
        }
    }

    /// <summary>
    /// Walks the trie from token <paramref name="i"/> along the readings that <paramref name="pathMask"/> allows and keeps,
    /// per slot in [<paramref name="slotLow"/>, <paramref name="slotHigh"/>) that is free at <paramref name="i"/>, the best
    /// entry (longest; then fewer prefix words; then higher weight; then first defined). Returns how many
    /// slots it wrote into <c>_touched</c>.
    /// </summary>
    [MethodImpl(HotPath.Compilation)]
    private int CollectLongest(int i, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ulong pathMask, int slotLow, int slotHigh)
    {
        var trie = matcher.Trie;
        var touchedCount = 0;
        var depth = PushChildren(trie, PatternTrie.Root, i, pathMask, 0);
        while (depth > 0)
        {
            var (node, next, mask) = _walk[--depth];

            // A phrase never straddles a quotation's boundary ("“We are the opposition” fighters"); quotation marks
            // around some of its words only (the ‘so-called’ rebels) are no boundary. Its entries are passed over, but
            // the walk goes on: a longer phrase may hold the whole quotation.
            var terminals = trie.Terminals(node);
            if (terminals.Length > 0 && next - i > 1 && _tokens.QuoteCount > 0 && _quoteBoundaries.Straddles(_tokens, text, i, next - 1))
            {
                terminals = [];
            }

            foreach (var entryIndex in terminals)
            {
                var entry = matcher.Entries[entryIndex];
                var d = entry.DimensionIndex;
                if (d < slotLow || d >= slotHigh || (mask & entry.SlotBit) == 0 || i < _nextFree[d] || (entry.Exclusions.Length > 0 && IsExcluded(entry, i, tokens, text)))
                {
                    continue;
                }

                var length = next - i;
                if (_bestLength[d] == 0)
                {
                    _touched[touchedCount++] = d;
                    _bestLength[d] = length;
                    _bestEntry[d] = entryIndex;
                }
                else if (IsBetter(matcher, entryIndex, length, _bestEntry[d], _bestLength[d]))
                {
                    _bestLength[d] = length;
                    _bestEntry[d] = entryIndex;
                }
            }

            // A phrase never spans two sentences, nor a comma, semicolon, colon, parenthesis, bracket or dash between its
            // words ("the opposition; fighters came" holds no "opposition fighters").
            if (next < tokens.Length && trie.HasChildren(node) && TokenGaps.ContinuesPhrase(text, tokens, next))
            {
                depth = PushChildren(trie, node, next, mask, depth);
            }
        }

        return touchedCount;
    }

    [PerTokenHelper]
    private static bool IsBetter(LanguageMatcher matcher, int candidate, int candidateLength, int best, int bestLength)
    {
        if (candidateLength != bestLength)
        {
            return candidateLength > bestLength;
        }

        // Of two entries as long, the one with fewer prefix words (rebels over rebel*, rebels fighters over rebel*
        // fighters: the more specific entry, whatever the order of the file), then the higher weight, then the entry
        // defined first.
        var c = matcher.Entries[candidate];
        var b = matcher.Entries[best];
        if (c.PrefixWords != b.PrefixWords)
        {
            return c.PrefixWords < b.PrefixWords;
        }

        return c.WeightMilli != b.WeightMilli ? c.WeightMilli > b.WeightMilli : c.EntryIndex < b.EntryIndex;
    }

    /// <summary>Counts the tokens of [<paramref name="start"/>, <paramref name="end"/>) that no match of an earlier lane or of this one covered yet.</summary>
    private void Cover(bool[] covered, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (!covered[t])
            {
                covered[t] = true;
                _coveredCount++;
            }
        }
    }

    /// <summary>Pushes the trie steps that the token's occurrences allow; a path keeps only the slots every step allows.</summary>
    // The walk's stack is one array of frames, held by the scorer and grown as needed; a frame is a trie node reached, the
    // token after it and the slots still possible on the path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PushChildren(PatternTrie trie, int node, int token, ulong pathMask, int depth)
    {
        var resolved = ResolvedAt(token);

        // A word after a phrase's first steps with its continuation (a reading that removed a conjunction, -1 unless the
        // pattern joins the word by that conjunction: «التنظيم والدولة» is no تنظيم الدولة).
        var elements = node == PatternTrie.Root ? resolved.Elements : resolved.Continuations;
        var masks = resolved.Masks;
        for (var e = 0; e < elements.Length; e++)
        {
            var mask = pathMask & masks[e];
            if (mask != 0 && elements[e] >= 0 && trie.TryStep(node, elements[e], out var child))
            {
                if (depth == _walk.Length)
                {
                    Array.Resize(ref _walk, depth * 2);
                }

                _walk[depth++] = new WalkFrame(child, token + 1, mask);
            }
        }

        return depth;
    }

    private readonly record struct WalkFrame(int Node, int Next, ulong Mask);

    [MethodImpl(HotPath.Compilation)]
    private bool IsExcluded(CompiledEntry entry, int start, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text)
    {
        foreach (var exclusion in entry.Exclusions)
        {
            var elements = exclusion.Elements;
            var first = start - exclusion.EntryOffset;
            if (first < 0 || first + elements.Length > tokens.Length)
            {
                continue;
            }

            // One word outside the entry first: most exclusions fail there.
            var probe = exclusion.Probe;
            if (!HasElement(first + probe, elements[probe]))
            {
                continue;
            }

            // Like a phrase, an exclusion never spans two sentences, a comma, semicolon, colon, parenthesis, bracket, dash or line
            // break; it spans a comma only where it writes one ("Odessa, Texas"): «النظام، العام الماضي» is no النظام العام.
            var all = true;
            for (var k = 0; k < elements.Length && all; k++)
            {
                all = (k == probe || HasElement(first + k, elements[k]))
                    && (k == 0 || (k < 64 && ((exclusion.CommaGaps >> k) & 1) != 0
                        ? TokenGaps.ContinuesExclusion(text, tokens, first + k)
                        : TokenGaps.ContinuesPhrase(text, tokens, first + k)));
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of token <paramref name="token"/>'s occurrences is pattern word <paramref name="element"/>.</summary>
    // A plain loop, inlined: a token has one to a few occurrences, fewer than the calls of Array.IndexOf cost.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasElement(int token, int element)
    {
        foreach (var occurrence in ResolvedAt(token).Elements)
        {
            if (occurrence == element)
            {
                return true;
            }
        }

        return false;
    }
}
