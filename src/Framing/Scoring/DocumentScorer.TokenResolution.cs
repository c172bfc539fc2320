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
        _normalized.Clear();
        _elements.Clear();
        var tokens = _tokens.Tokens;
        var normalizer = matcher.Profile.Normalizer;
        var cache = CacheFor(matcher);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            _elementStart[i] = _elements.Count;
            _normStart[i] = _normalized.Length;
            if (token.Length > _options.MaxMatchableTokenLength)
            {
                _normLength[i] = 0;
                _elementCount[i] = 0;
                continue;
            }

            var original = text.Slice(token.Start, token.Length);
            if (cache.TryGet(original, out var known))
            {
                _normalized.Append(known.Normalized);
                _normLength[i] = known.Normalized.Length;
                for (var k = 0; k < known.Elements.Length; k++)
                {
                    _elements.Add(known.Elements[k], known.Masks[k], known.Variants[k]);
                }

                _elementCount[i] = known.Elements.Length;
                continue;
            }

            normalizer.Normalize(original, _normalized);
            var length = _normalized.Length - _normStart[i];
            _normLength[i] = length;
            _elementCount[i] = length == 0
                ? 0
                : matcher.Resolve(_normalized.Slice(_normStart[i], length), _variantScratch, _elements);
            cache.Add(original, Remember(_normalized.Slice(_normStart[i], length), _elementStart[i], _elementCount[i]));
        }
    }

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
        if (_normStart.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, _normStart.Length * 2);
        _normStart = new int[size];
        _normLength = new int[size];
        _elementStart = new int[size];
        _elementCount = new int[size];
        _covered = new bool[size];
    }
}
