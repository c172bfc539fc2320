using Framing.Lexicons;

namespace Framing.Learning;

/// <summary>
/// A document's pole-A share on every dimension and composite, as <c>framing validate</c> computes it:
/// weight_a / (weight_a + weight_b) with the given entry weights (a composite pools its dimensions with their signs);
/// 0.5 without weight.
/// </summary>
internal sealed class AxisShares
{
    private readonly int[] _dimensionOf;
    private readonly PoleSide[] _sideOf;
    private readonly (int Dimension, int Sign)[][] _composites;

    public AxisShares(Lexicon lexicon)
    {
        var dimensions = lexicon.Dimensions.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _dimensionOf = [.. lexicon.Entries.Select(e => dimensions[e.DimensionId])];
        _sideOf = [.. lexicon.Entries.Select(e => e.Side)];
        _composites = [.. lexicon.Composites.Select(c => c.Components.Select(k => (dimensions[k.DimensionId], k.Sign)).ToArray())];
        Ids = [.. lexicon.Dimensions.Select(d => d.Id), .. lexicon.Composites.Select(c => c.Id)];
        Dimensions = lexicon.Dimensions.Count;
    }

    /// <summary>Dimension ids in lexicon order, then composite ids.</summary>
    public IReadOnlyList<string> Ids { get; }

    public int Dimensions { get; }

    public int DimensionOf(int entry) => _dimensionOf[entry];

    /// <summary>The shares of a document with entry weights in thousandths (0: the entry does not count for a pole).</summary>
    public double[] Shares(LabelledDocument document, IReadOnlyList<int> weightMilli)
    {
        var a = (long[])document.ScareA.Clone();
        var b = (long[])document.ScareB.Clone();
        for (var k = 0; k < document.Entries.Length; k++)
        {
            var e = document.Entries[k];
            var w = (long)weightMilli[e] * document.EntryCounts[k];
            if (_sideOf[e] == PoleSide.A)
            {
                a[_dimensionOf[e]] += w;
            }
            else if (_sideOf[e] == PoleSide.B)
            {
                b[_dimensionOf[e]] += w;
            }
        }

        var shares = new double[Ids.Count];
        for (var d = 0; d < Dimensions; d++)
        {
            shares[d] = Share(a[d], b[d]);
        }

        for (var c = 0; c < _composites.Length; c++)
        {
            long ca = 0, cb = 0;
            foreach (var (d, sign) in _composites[c])
            {
                ca += sign > 0 ? a[d] : b[d];
                cb += sign > 0 ? b[d] : a[d];
            }

            shares[Dimensions + c] = Share(ca, cb);
        }

        return shares;
    }

    private static double Share(long a, long b) => a + b == 0 ? 0.5 : (double)a / (a + b);
}
