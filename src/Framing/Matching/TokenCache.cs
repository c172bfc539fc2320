using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// What one distinct token resolves to (its normalized form and the pattern-word occurrences of its readings),
/// remembered by its original text. Word frequencies are Zipfian, so most tokens of a corpus are repeats and skip
/// normalization, clitic readings and trie walks. One cache per scorer (per thread); bounded: once full, new tokens
/// are resolved without being remembered (the first tokens seen are the frequent ones). Results never depend on it.
/// </summary>
internal sealed class TokenCache
{
    /// <summary>The most distinct tokens remembered (about 10 MB).</summary>
    public const int Capacity = 1 << 16;

#if NET9_0_OR_GREATER
    private readonly Dictionary<string, ResolvedToken> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedToken>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenCache()
    {
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResolvedToken? resolved) =>
        _lookup.TryGetValue(token, out resolved);

    public void Add(ReadOnlySpan<char> token, ResolvedToken resolved)
    {
        if (_map.Count < Capacity)
        {
            _lookup[token] = resolved;
        }
    }
#else
#pragma warning disable CA1822 // instance members, as on .NET 9+ where the cache exists
    public bool TryGet(ReadOnlySpan<char> token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResolvedToken? resolved)
    {
        resolved = null;
        return false;
    }

    public void Add(ReadOnlySpan<char> token, ResolvedToken resolved)
    {
    }
#pragma warning restore CA1822
#endif
}

/// <summary>A resolved token: its normalized form and its occurrences (parallel arrays).</summary>
internal sealed class ResolvedToken(string normalized, int[] elements, ulong[] masks, AffixVariant[] variants)
{
    public string Normalized { get; } = normalized;

    public int[] Elements { get; } = elements;

    public ulong[] Masks { get; } = masks;

    public AffixVariant[] Variants { get; } = variants;
}
