using System.Runtime.CompilerServices;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

// Token resolution: each token's normalized form and pattern-word occurrences, through the per-matcher token cache.
// A token's occurrences are read from its ResolvedToken (ResolvedAt(i)); _elements is only the scratch of a new token.
public sealed partial class DocumentScorer
{
    [MethodImpl(HotPath.Compilation)]
    private void ResolveTokens(ReadOnlySpan<char> text, LanguageMatcher matcher)
    {
        var tokens = _tokens.Tokens;
        var cache = CacheFor(matcher);
        var maxLength = _options.MaxMatchableTokenLength;

        _uncached.Clear();

        // Tokens the cache holds first, in one loop with no call (TokenCache.LookupAll); the others are resolved after
        // it. (A new word met twice in the text is looked up again before it is resolved.)
        var misses = _misses;
        var missCount = cache.LookupAll(text, tokens, maxLength, _readingOf, _tokenMask, misses);
        for (var k = 0; k < missCount; k++)
        {
            var i = misses[k];
            var original = text.Slice(tokens[i].Start, tokens[i].Length);
            int entry;
            if (original.Length <= maxLength && (entry = cache.Lookup(original, out var slots)) >= 0)
            {
                _readingOf[i] = entry;
                _tokenMask[i] = slots;
            }
            else
            {
                ResolveNew(i, original, matcher, cache);
            }
        }

        // After the last Add of the chunk: the array the entries' readings are in now.
        _readingValues = cache.Values;
    }

    /// <summary>Resolves a token the cache does not hold (or one too long to match), and remembers it.</summary>
    // Out of the loop above, so that the loop's own variables are not kept around the rare calls of a new token; still
    // compiled fully optimized (and on the warm-up thread), as it was inside the loop: a corpus of real pages meets new
    // words on every document.
    [MethodImpl(MethodImplOptions.NoInlining | HotPath.Compilation)]
    private void ResolveNew(int i, ReadOnlySpan<char> original, LanguageMatcher matcher, TokenCache cache)
    {
        if (original.Length > _options.MaxMatchableTokenLength)
        {
            _readingOf[i] = Uncached(ResolvedToken.Unmatchable);
            _tokenMask[i] = 0;
            return;
        }

        _normalized.Clear();
        matcher.Profile.Normalizer.Normalize(original, _normalized);
        var normalized = _normalized.WrittenSpan;
        _elements.Clear();
        var count = normalized.Length == 0
            ? 0
            : matcher.Resolve(normalized, original, _variantScratch, _elements);
        var resolved = Remember(normalized, count, matcher);
        var entry = cache.Add(original, resolved);
        _readingOf[i] = entry >= 0 ? entry : Uncached(resolved);
        _tokenMask[i] = resolved.StartSlots;
    }

    /// <summary>Keeps a reading the cache does not hold for the current chunk; returns its place for <c>_readingOf</c>.</summary>
    private int Uncached(ResolvedToken resolved)
    {
        _uncached.Add(resolved);
        return ~(_uncached.Count - 1);
    }

    /// <summary>The reading of token <paramref name="token"/> of the current chunk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ResolvedToken ResolvedAt(int token)
    {
        var reading = _readingOf[token];
        return reading >= 0 ? _readingValues[reading] : _uncached[~reading];
    }

    /// <summary>The normalized form of token <paramref name="token"/> of the current chunk (empty for a token too long to match).</summary>
    private ReadOnlySpan<char> NormalizedForm(int token) => ResolvedAt(token).Normalized;

    [PerTokenHelper]
    private ResolvedToken Remember(ReadOnlySpan<char> normalized, int count, LanguageMatcher matcher)
    {
        if (count == 0)
        {
            return new ResolvedToken(normalized.ToString(), [], [], [], 0);
        }

        var elements = new int[count];
        var masks = new ulong[count];
        var variants = new AffixVariant[count];
        var startSlots = 0UL;
        for (var k = 0; k < count; k++)
        {
            elements[k] = _elements.Element(k);
            masks[k] = _elements.Mask(k);
            variants[k] = _elements.Variant(k);
            startSlots |= masks[k] & matcher.StartSlots(elements[k]);
        }

        // A reading that removed a conjunction continues a phrase only as a word the pattern joins by that conjunction.
        int[]? continuations = null;
        if (matcher.Profile.AffixStripper is { } stripper)
        {
            for (var k = 0; k < count; k++)
            {
                if (stripper.RemovedConjunction(normalized, variants[k]) is var conjunction and not '\0')
                {
                    continuations ??= (int[])elements.Clone();
                    continuations[k] = matcher.ContinuationElement(elements[k], conjunction);
                }
            }
        }

        return new ResolvedToken(normalized.ToString(), elements, masks, variants, startSlots, continuations);
    }

    [PerTokenHelper]
    private TokenCache CacheFor(LanguageMatcher matcher)
    {
        foreach (var (owner, cache) in _caches)
        {
            if (ReferenceEquals(owner, matcher))
            {
                return cache;
            }
        }

        var created = new TokenCache();
        _caches.Add((matcher, created));
        return created;
    }

    [PerTokenHelper]
    private void EnsureCapacity(int n)
    {
        if (_readingOf.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, _readingOf.Length * 2);
        _readingOf = new int[size];
        _tokenMask = new ulong[size];
        _misses = new int[size];
    }
}
