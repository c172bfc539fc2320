namespace Framing.Statistics.Resampling;

/// <summary>
/// The order statistics of an array of finite numbers, found one at a time by selection instead of a full sort: a
/// percentile interval reads at most four of them, and selection costs a few passes over the replicates where a sort
/// costs log₂ of their number. Each value found is the one a sort would put at that index (the same double), so
/// intervals are unchanged to the bit.
/// </summary>
/// <remarks>
/// The array is reordered in place. After the statistic at index i is found, every element before i is at most it and
/// every one after at least it, so later look-ups search only between the nearest indices already found.
/// </remarks>
internal sealed class OrderStatistics
{
    // Partitioning rounds before a range is sorted outright: quickselect with a median-of-three pivot is linear in
    // practice, and this bounds its worst case at n log n.
    private const int RoundsBeforeSort = 64;

    private readonly double[] _values;
    private readonly List<int> _found = [];

    /// <summary>Wraps <paramref name="values"/>, which it reorders as statistics are read.</summary>
    /// <param name="values">Finite numbers (no NaN: its order is not defined by comparison).</param>
    public OrderStatistics(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <summary>Number of values.</summary>
    public int Count => _values.Length;

    /// <summary>The value a sort would place at <paramref name="index"/> (0 is the smallest).</summary>
    /// <param name="index">An index in [0, <see cref="Count"/>).</param>
    /// <returns>The order statistic.</returns>
    public double At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _values.Length);
        var position = _found.BinarySearch(index);
        if (position >= 0)
        {
            return _values[index];
        }

        position = ~position;
        var low = position == 0 ? 0 : _found[position - 1] + 1;
        var high = position == _found.Count ? _values.Length - 1 : _found[position] - 1;
        Select(_values, low, high, index);
        _found.Insert(position, index);
        return _values[index];
    }

    /// <summary>Puts the value of rank <paramref name="k"/> within [low, high] at k, smaller ones before and larger ones after.</summary>
    private static void Select(double[] a, int low, int high, int k)
    {
        for (var round = 0; high > low; round++)
        {
            if (round == RoundsBeforeSort)
            {
                Array.Sort(a, low, high - low + 1);
                return;
            }

            if (high - low == 1)
            {
                if (a[high] < a[low])
                {
                    (a[low], a[high]) = (a[high], a[low]);
                }

                return;
            }

            // Median of three at low, middle and high; it ends at middle and serves as the pivot, with a[low] ≤ pivot ≤ a[high]
            // as sentinels for the scans below.
            var middle = low + ((high - low) / 2);
            if (a[middle] < a[low])
            {
                (a[low], a[middle]) = (a[middle], a[low]);
            }

            if (a[high] < a[low])
            {
                (a[low], a[high]) = (a[high], a[low]);
            }

            if (a[high] < a[middle])
            {
                (a[middle], a[high]) = (a[high], a[middle]);
            }

            var pivot = a[middle];
            var i = low;
            var j = high;

            // Hoare's partition: afterwards [low, j] ≤ pivot ≤ [i, high], and any index between j and i holds the pivot.
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (pivot < a[j])
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
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
}
