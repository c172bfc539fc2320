namespace Framing.Statistics.Validation;

/// <summary>
/// Where each outlet is placed among the other side's outlets: the outlets' scores of each side sorted once, so that how
/// many of the other side's outlets one outlet is beyond is two binary searches, O(log k), not a pass over them all.
/// </summary>
internal sealed class OutletPlaces
{
    private readonly double[] _placed;
    private readonly int _outletsA;
    private readonly double[] _sortedA;
    private readonly double[] _sortedB;

    /// <summary>Sorts the outlets' scores of each side.</summary>
    /// <param name="placed">Each outlet's score (never NaN), side A's first.</param>
    /// <param name="outletsA">How many outlets side A has.</param>
    public OutletPlaces(double[] placed, int outletsA)
    {
        _placed = placed;
        _outletsA = outletsA;
        _sortedA = placed[..outletsA];
        _sortedB = placed[outletsA..];
        Array.Sort(_sortedA);
        Array.Sort(_sortedB);
    }

    /// <summary>How many of the other side's outlets outlet <paramref name="i"/> is beyond, ties half: a side-A outlet
    /// counts the side-B outlets below it, a side-B outlet the side-A outlets above it.</summary>
    /// <param name="i">The outlet.</param>
    /// <returns>The count, a multiple of ½.</returns>
    public double Beats(int i)
    {
        var x = _placed[i];
        var other = i < _outletsA ? _sortedB : _sortedA;
        var below = FirstNotBelow(other, x);
        var through = FirstAbove(other, x);
        var beyond = i < _outletsA ? below : other.Length - through;
        return beyond + (0.5 * (through - below));
    }

    private static int FirstNotBelow(double[] sorted, double x)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < x)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int FirstAbove(double[] sorted, double x)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] <= x)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
