namespace Framing.Statistics.Resampling;

/// <summary>
/// The order statistics of an array of finite numbers, found one at a time by selection (<see cref="Selection"/>)
/// instead of a full sort: a percentile interval reads at most four of them, and selection costs a few passes over the
/// replicates where a sort costs log₂ of their number. Each value found is the one a sort would put at that index (the same double), so
/// intervals are unchanged to the bit.
/// </summary>
/// <remarks>
/// The values are copied, and the copy reordered as statistics are read. After the statistic at index i is found, every element before i is at most it and
/// every one after at least it, so later look-ups search only between the nearest indices already found.
/// </remarks>
internal sealed class OrderStatistics
{
    private readonly FiniteValue[] _values;
    private readonly List<int> _found = [];

    /// <summary>Reads order statistics of a copy of <paramref name="values"/>.</summary>
    /// <param name="values">Finite numbers (no NaN: its order is not defined by comparison).</param>
    public OrderStatistics(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new FiniteValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            _values[i] = new FiniteValue(values[i]);
        }
    }

    /// <summary>Number of values.</summary>
    public int Count => _values.Length;

    /// <summary>The value a sort would place at <paramref name="index"/> (0 is the smallest).</summary>
    /// <param name="index">An index in [0, <see cref="Count"/>).</param>
    /// <returns>The order statistic.</returns>
    public double At(int index)
    {
        if ((uint)index >= (uint)_values.Length)
        {
            // Not ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual: generic framework code the installed tool would
            // compile at run time, in the output phase of every run with intervals.
            throw new ArgumentOutOfRangeException(nameof(index), index, $"must be in [0, {_values.Length})");
        }
        var position = _found.BinarySearch(index);
        if (position >= 0)
        {
            return _values[index].Value;
        }

        position = ~position;
        var low = position == 0 ? 0 : _found[position - 1] + 1;
        var high = position == _found.Count ? _values.Length - 1 : _found[position] - 1;
        Selection.Select(new Span<FiniteValue>(_values), low, high, index);
        _found.Insert(position, index);
        return _values[index].Value;
    }

    /// <summary>
    /// A finite number ordered by value. Selection runs over this type rather than over <see cref="double"/> because
    /// ReadyToRun precompiles generic code instantiated over this assembly's own types but not over the framework's:
    /// <c>Selection.Select&lt;double&gt;</c> was compiled at run time in the output phase of every run with intervals.
    /// </summary>
    private readonly struct FiniteValue(double value) : IComparable<FiniteValue>
    {
        public double Value { get; } = value;

        public int CompareTo(FiniteValue other) => Value.CompareTo(other.Value);
    }
}
