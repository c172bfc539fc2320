namespace Framing.Statistics.Tests;

/// <summary>
/// Hoare's selection on its own: the item of rank k ends at k with no greater item before it and no smaller one after
/// it, only the range given is touched, and a range still unsettled after <see cref="Selection.RoundsBeforeSort"/>
/// partitions is sorted, so that even an adversary choosing every comparison's answer cannot make it quadratic.
/// </summary>
public sealed class SelectionTests
{
    [Fact]
    public void TheItemOfRankKEndsAtKWithinTheRangeAndNothingOutsideMoves()
    {
        var random = new Random(20261206);
        for (var trial = 0; trial < 3000; trial++)
        {
            var n = random.Next(1, 60);
            var values = Enumerable.Range(0, n).Select(_ => random.Next(trial % 3 == 0 ? 4 : 1000)).ToArray();
            var low = random.Next(n);
            var high = random.Next(low, n);
            var k = random.Next(low, high + 1);
            var items = (int[])values.Clone();

            Selection.Select<int>(items, low, high, k);

            var range = values[low..(high + 1)];
            Array.Sort(range);
            var shown = $"values [{string.Join(",", values)}], range [{low}, {high}], k {k}: [{string.Join(",", items)}]";
            Assert.True(range[k - low] == items[k], shown);
            for (var i = low; i <= high; i++)
            {
                Assert.True(i < k ? items[i] <= items[k] : items[i] >= items[k], shown);
            }

            var after = items[low..(high + 1)];
            Array.Sort(after);
            Assert.True(range.AsSpan().SequenceEqual(after), shown);
            Assert.True(values.AsSpan(0, low).SequenceEqual(items.AsSpan(0, low)) && values.AsSpan(high + 1).SequenceEqual(items.AsSpan(high + 1)), shown);
        }
    }

    [Fact]
    public void ARankOutsideTheRangeIsRefused()
    {
        var items = new[] { 5, 4, 3, 2, 1 };
        Assert.Throws<ArgumentOutOfRangeException>(() => Selection.Select<int>(items, 1, 3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Selection.Select<int>(items, 1, 3, 4));
        Assert.Equal([5, 4, 3, 2, 1], items);
        Selection.Select<int>(items, 1, 3, 3); // the largest of 4, 3, 2 to index 3; 5 and 1 stay where they are
        Assert.Equal((5, 4, 1), (items[0], items[3], items[4]));
    }

    /// <summary>
    /// McIlroy's adversary ("A killer adversary for quicksort", 1999) decides each comparison as it is made, keeping the
    /// pivot candidate's value open, so that every partition splits off only a few items. Without the sort after
    /// <see cref="Selection.RoundsBeforeSort"/> rounds that costs 1.7 to 2.3 million comparisons for 3,000 items (measured);
    /// with it, at most 64 × 3n for the rounds and 3n log₂ n for the sort (about 0.3 million measured). The item placed at k must still be the one of rank k for the values the
    /// adversary settled on.
    /// </summary>
    [Theory]
    [InlineData(3000, 1500)]
    [InlineData(3000, 2000)]
    [InlineData(3000, 2998)]
    [InlineData(1000, 777)]
    public void AnAdversaryCannotMakeSelectionQuadratic(int n, int k)
    {
        var adversary = new Adversary(n);
        var items = Enumerable.Range(0, n).Select(id => new Gas(adversary, id)).ToArray();

        Selection.Select<Gas>(items, 0, n - 1, k);

        var chosen = adversary.Value(items[k].Id);
        var values = items.Select(item => adversary.Value(item.Id)).ToArray();
        Assert.True(values.Take(k).All(v => v <= chosen) && values.Skip(k + 1).All(v => v >= chosen), $"k {k}: the item at k is not of rank k");
        Assert.True(values.Count(v => v < chosen) <= k && values.Count(v => v <= chosen) > k, $"k {k}: the item at k is not of rank k");
        Assert.Equal(Enumerable.Range(0, n), items.Select(item => item.Id).Order());

        var bound = (Selection.RoundsBeforeSort * 3L * n) + (3L * n * (long)Math.Ceiling(Math.Log2(n)));
        Assert.True(adversary.Comparisons <= bound, $"{adversary.Comparisons} comparisons for {n} items (bound {bound})");
        Assert.True(adversary.Comparisons > Selection.RoundsBeforeSort * (long)n, $"{adversary.Comparisons} comparisons: the adversary did not hold the partitions back");
    }

    /// <summary>
    /// The values the adversary settled on, as plain numbers in the items' first order (the few it never settled made
    /// distinct, above the rest, in a shuffled order), drive selection through the same partitions to the sort: the
    /// sort must take in the whole unsettled range.
    /// </summary>
    [Theory]
    [InlineData(3000, 1500)]
    [InlineData(3000, 2000)]
    [InlineData(3000, 2998)]
    [InlineData(1000, 777)]
    public void TheAdversarysInputIsSelectedAsASortPlacesIt(int n, int k)
    {
        var adversary = new Adversary(n);
        Selection.Select<Gas>(Enumerable.Range(0, n).Select(id => new Gas(adversary, id)).ToArray(), 0, n - 1, k);
        var random = new Random(k);
        var values = Enumerable.Range(0, n).Select(id => adversary.Value(id) < n ? adversary.Value(id) : n + random.Next(1_000_000)).ToArray();
        var sorted = values.Order().ToArray();
        var unsettled = values.Count(v => v >= n);

        Selection.Select<int>(values, 0, n - 1, k);

        Assert.Equal(sorted[k], values[k]);
        for (var i = 0; i < n; i++)
        {
            Assert.True(i < k ? values[i] <= values[k] : values[i] >= values[k], $"index {i} of {n}, k {k} ({unsettled} values unsettled)");
        }
    }

    /// <summary>
    /// Expected linear time on ordinary inputs, ties included: a partition that leaves the rank among items equal to the
    /// pivot ends the selection, and the median of three keeps sorted, reversed and constant ranges from costing a
    /// round per item (2n to 2.6n comparisons measured here; the bound is 6n).
    /// </summary>
    [Theory]
    [InlineData("random")]
    [InlineData("few-distinct")]
    [InlineData("constant")]
    [InlineData("sorted")]
    [InlineData("reversed")]
    public void OrdinaryInputsTakeLinearlyManyComparisons(string shape)
    {
        const int n = 10_001; // odd: a constant range's first partition meets at its middle item, the median

        var random = new Random(5);
        var values = Enumerable.Range(0, n).Select(i => shape switch
        {
            "random" => random.Next(),
            "few-distinct" => random.Next(5),
            "constant" => 7,
            "sorted" => i,
            _ => n - i,
        }).ToArray();
        var sorted = values.Order().ToArray();
        foreach (var k in new[] { n / 2, n / 10, n - 1 - (n / 10) })
        {
            var counter = new Counter();
            var items = values.Select(v => new Counted(counter, v)).ToArray();

            Selection.Select<Counted>(items, 0, n - 1, k);

            Assert.Equal(sorted[k], items[k].Value);
            Assert.True(counter.Comparisons <= 6L * n, $"{shape}, k {k}: {counter.Comparisons} comparisons for {n} items");
        }
    }

    /// <summary>The adversary: an item's value is "gas" (above every settled value) until a comparison settles it.</summary>
    private sealed class Adversary(int n)
    {
        private readonly int[] _values = Enumerable.Repeat(n, n).ToArray();
        private int _settled;
        private int _candidate = -1;

        public long Comparisons { get; private set; }

        public int Value(int id) => _values[id];

        public int Compare(int x, int y)
        {
            Comparisons++;
            if (_values[x] == n && _values[y] == n)
            {
                _values[x == _candidate ? x : y] = _settled++;
            }

            if (_values[x] == n)
            {
                _candidate = x;
            }
            else if (_values[y] == n)
            {
                _candidate = y;
            }

            return _values[x].CompareTo(_values[y]);
        }
    }

    private sealed class Gas(Adversary adversary, int id) : IComparable<Gas>
    {
        public int Id { get; } = id;

        public int CompareTo(Gas? other) => adversary.Compare(Id, other!.Id);
    }

    private sealed class Counter
    {
        public long Comparisons { get; set; }
    }

    private sealed class Counted(Counter counter, int value) : IComparable<Counted>
    {
        public int Value { get; } = value;

        public int CompareTo(Counted? other)
        {
            counter.Comparisons++;
            return Value.CompareTo(other!.Value);
        }
    }
}
