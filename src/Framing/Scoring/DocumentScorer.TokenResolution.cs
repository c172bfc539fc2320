using System.Runtime.CompilerServices;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

// Token resolution: each token's normalized form and pattern-word occurrences, through the per-matcher token cache.
public sealed partial class DocumentScorer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResolveTokens(ReadOnlySpan<char> text, LanguageMatcher matcher)
    {
        _elements.Clear();
        var tokens = _tokens.Tokens;
        var normalizer = matcher.Profile.Normalizer;
        var cache = CacheFor(matcher);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            _elementStart[i] = _elements.Count;
            if (token.Length > _options.MaxMatchableTokenLength)
            {
                _resolved[i] = ResolvedToken.Unmatchable;
                _elementCount[i] = 0;
                _tokenMask[i] = 0;
                continue;
            }

            var original = text.Slice(token.Start, token.Length);
            if (cache.TryGet(original, out var known))
            {
                // A token seen before: its normalized form is the cached one (not copied), its occurrences are copied.
                _resolved[i] = known;
                var elements = known.Elements;
                for (var k = 0; k < elements.Length; k++)
                {
                    _elements.Add(elements[k], known.Masks[k], known.Variants[k]);
                }

                _elementCount[i] = elements.Length;
                _tokenMask[i] = known.Slots;
                continue;
            }

            _normalized.Clear();
            normalizer.Normalize(original, _normalized);
            var normalized = _normalized.WrittenSpan;
            _elementCount[i] = normalized.Length == 0
                ? 0
                : matcher.Resolve(normalized, _variantScratch, _elements);
            var resolved = Remember(normalized, _elementStart[i], _elementCount[i]);
            _resolved[i] = resolved;
            _tokenMask[i] = resolved.Slots;
            cache.Add(original, resolved);
        }
    }

    /// <summary>The normalized form of token <paramref name="token"/> of the current chunk (empty for a token too long to match).</summary>
    private ReadOnlySpan<char> NormalizedForm(int token) => _resolved[token].Normalized;

    private ResolvedToken Remember(ReadOnlySpan<char> normalized, int start, int count)
    {
        if (count == 0)
        {
            return new ResolvedToken(normalized.ToString(), [], [], []);
        }

        var elements = new int[count];
        var masks = new ulong[count];
        var variants = new AffixVariant[count];
        for (var k = 0; k < count; k++)
        {
            elements[k] = _elements.Element(start + k);
            masks[k] = _elements.Mask(start + k);
            variants[k] = _elements.Variant(start + k);
        }

        return new ResolvedToken(normalized.ToString(), elements, masks, variants);
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
        _elementStart = new int[size];
        _elementCount = new int[size];
        _tokenMask = new ulong[size];
        _covered = new bool[size];
    }
}
