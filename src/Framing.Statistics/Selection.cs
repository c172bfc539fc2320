namespace Framing.Statistics;

/// <summary>
/// Hoare's selection (quickselect): puts the item of a given rank at its place in a range, the items before it no
/// greater and the ones after it no smaller, in expected linear time. The pivot is the median of the range's first,
/// middle and last items; a range still unsettled after <see cref="RoundsBeforeSort"/> partitions is sorted outright,
/// which bounds the worst case at n log n.
/// </summary>
internal static class Selection
{
    /// <summary>Partitioning rounds before a range is sorted outright.</summary>
    internal const int RoundsBeforeSort = 64;

    /// <summary>Puts the item of rank <paramref name="k"/> within [<paramref name="low"/>, <paramref name="high"/>] at k,
    /// those before it no greater and those after it no smaller (by <see cref="IComparable{T}.CompareTo"/>).</summary>
    /// <typeparam name="T">The item type (a total order: no NaN among doubles).</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="low">The range's first index.</param>
    /// <param name="high">The range's last index.</param>
    /// <param name="k">The rank wanted, an index in the range.</param>
    public static void Select<T>(Span<T> items, int low, int high, int k)
        where T : IComparable<T>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, low);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, high);
        for (var round = 0; high > low; round++)
        {
            if (round == RoundsBeforeSort)
            {
                items[low..(high + 1)].Sort();
                return;
            }

            // Median of three at low, middle and high; it ends at middle and serves as the pivot, with
            // items[low] ≤ pivot ≤ items[high] as sentinels for the scans below.
            var middle = low + ((high - low) / 2);
            SwapIfGreater(items, low, middle);
            SwapIfGreater(items, low, high);
            SwapIfGreater(items, middle, high);
            var pivot = items[middle];
            var i = low;
            var j = high;

            // Afterwards [low, j] ≤ pivot ≤ [i, high], and any index between j and i holds an item equal to the pivot.
            while (i <= j)
            {
                while (items[i].CompareTo(pivot) < 0)
                {
                    i++;
                }

                while (pivot.CompareTo(items[j]) < 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                high = j;
            }
            else if (k >= i)
            {
                low = i;
            }
            else
            {
                return;
            }
        }
    }

    private static void SwapIfGreater<T>(Span<T> items, int a, int b)
        where T : IComparable<T>
    {
        if (items[b].CompareTo(items[a]) < 0)
        {
            (items[a], items[b]) = (items[b], items[a]);
        }
    }
}
