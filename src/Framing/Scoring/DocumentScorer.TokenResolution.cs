using System.Runtime.CompilerServices;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

// Token resolution: each token's normalized form and pattern-word occurrences, through the per-matcher token cache.
// A token's occurrences are read from its ResolvedToken (_resolved[i]); _elements is only the scratch of a new token.
public sealed partial class DocumentScorer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResolveTokens(ReadOnlySpan<char> text, LanguageMatcher matcher)
    {
        var tokens = _tokens.Tokens;
        var normalizer = matcher.Profile.Normalizer;
        var cache = CacheFor(matcher);
        var maxLength = _options.MaxMatchableTokenLength;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length > maxLength)
            {
                _resolved[i] = ResolvedToken.Unmatchable;
                _tokenMask[i] = 0;
                continue;
            }

            var original = text.Slice(token.Start, token.Length);
            if (cache.TryGet(original, out var known, out var slots))
            {
                // A token seen before: its reading is the cached one, shared, not copied; its slots come from the
                // cache's own table, so a token that no pattern word reaches costs no visit to the reading.
                _resolved[i] = known;
                _tokenMask[i] = slots;
                continue;
            }

            _normalized.Clear();
            normalizer.Normalize(original, _normalized);
            var normalized = _normalized.WrittenSpan;
            _elements.Clear();
            var count = normalized.Length == 0
                ? 0
                : matcher.Resolve(normalized, _variantScratch, _elements);
            var resolved = Remember(normalized, count, matcher);
            _resolved[i] = resolved;
            _tokenMask[i] = resolved.StartSlots;
            cache.Add(original, resolved);
        }
    }

    /// <summary>The normalized form of token <paramref name="token"/> of the current chunk (empty for a token too long to match).</summary>
    private ReadOnlySpan<char> NormalizedForm(int token) => _resolved[token].Normalized;

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

        return new ResolvedToken(normalized.ToString(), elements, masks, variants, startSlots);
    }

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

    private void EnsureCapacity(int n)
    {
        if (_resolved.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, _resolved.Length * 2);
        _resolved = new ResolvedToken[size];
        _tokenMask = new ulong[size];
        _covered = new bool[size];
    }
}
