using System.Globalization;

namespace Framing.Corpus;

/// <summary>
/// A deterministic slice of a corpus for scoring on several machines: shard <c>i/n</c> (1-based) takes the records
/// whose position in the corpus (counting rejected records too) is i − 1 modulo n. Every record belongs to exactly one
/// shard, whatever the format, and the shards of one corpus are the same on every run.
/// </summary>
/// <param name="Index">The shard, from 1 to <paramref name="Count"/> (a corpus run refuses any other).</param>
/// <param name="Count">The number of shards, at least 1.</param>
public sealed record CorpusShard(int Index, int Count)
{
    /// <summary>Parses <c>i/n</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard.</param>
    /// <returns>Whether the text is a valid shard (1 ≤ i ≤ n).</returns>
    internal static bool TryParse(string? text, out CorpusShard? shard)
    {
        shard = null;
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count)
            && new CorpusShard(index, count) is { IsValid: true } parsed)
        {
            shard = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The records of this shard, in corpus order.</summary>
    /// <param name="items">The whole corpus.</param>
    /// <returns>The shard's records.</returns>
    internal IEnumerable<CorpusItem> Select(IEnumerable<CorpusItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Check();
        return Filter(items, Index - 1, Count);
    }

    /// <summary>Refuses a shard that takes no record (<c>0/3</c>, <c>4/3</c>) or divides by zero (<c>1/0</c>): a wrong
    /// index in a shard-and-merge job would silently leave part of the corpus out.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1, or the index is not from 1 to the count.</exception>
    internal void Check()
    {
        if (!IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(Index), string.Create(CultureInfo.InvariantCulture, $"shard {Index}/{Count}: the index must be from 1 to the count, and the count at least 1"));
        }
    }

    /// <summary>Whether the shard takes records: a count of at least 1, an index from 1 to the count.</summary>
    private bool IsValid => Count >= 1 && Index >= 1 && Index <= Count;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static IEnumerable<CorpusItem> Filter(IEnumerable<CorpusItem> items, int remainder, int count)
    {
        long position = 0;
        foreach (var item in items)
        {
            if (position++ % count == remainder)
            {
                yield return item;
            }
        }
    }
}
