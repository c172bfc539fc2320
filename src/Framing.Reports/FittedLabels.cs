namespace Framing.Reports;

/// <summary>
/// The labels of one column of a chart (outlet names), each cut to the column's width by <see cref="TextWidth.Fit"/>,
/// and told apart: where different names would be cut to the same label (names that share a long beginning, such as
/// "Syrian Arab News Agency English Service" and "Syrian Arab News Agency Arabic Service"), those names are cut in the
/// middle instead (<see cref="TextWidth.FitAroundMiddle"/>: "Syrian Ar…lish Service"), keeping more of their ends
/// until the labels differ. Names that no cut of this width tells apart keep their cut beginnings; every cut label
/// has its whole name in a tooltip. A name is fitted as it is shown, its white space made visible by
/// <see cref="VisibleSpace"/>, so that names that differ only in white space get labels that differ.
/// </summary>
internal sealed class FittedLabels
{
    /// <summary>The shares of the room given to a name's beginning when its label is cut in the middle, tried in turn.</summary>
    private static readonly double[] HeadShares = [0.5, 0.35, 0.2];

    private readonly Dictionary<string, string> _shown = new(StringComparer.Ordinal);
    private readonly double _width;
    private readonly double _fontSize;

    /// <summary>Fits the labels of <paramref name="names"/> to a column.</summary>
    /// <param name="names">The names drawn in the column (repeats allowed).</param>
    /// <param name="width">The column's width in user units.</param>
    /// <param name="fontSize">The labels' font size in user units.</param>
    public FittedLabels(IEnumerable<string> names, double width, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(names);
        _width = width;
        _fontSize = fontSize;
        foreach (var name in names)
        {
            _shown.TryAdd(name, TextWidth.Fit(VisibleSpace.Of(name), width, fontSize));
        }

        var taken = new HashSet<string>(_shown.Values, StringComparer.Ordinal);
        foreach (var clash in _shown.GroupBy(p => p.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Select(p => p.Key).ToList()).ToList())
        {
            foreach (var share in HeadShares)
            {
                var labels = clash.Select(name => TextWidth.FitAroundMiddle(VisibleSpace.Of(name), width, fontSize, share)).ToList();
                if (labels.Distinct(StringComparer.Ordinal).Count() == labels.Count && !labels.Any(taken.Contains))
                {
                    for (var i = 0; i < clash.Count; i++)
                    {
                        _shown[clash[i]] = labels[i];
                        taken.Add(labels[i]);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>The label of <paramref name="name"/>: the name as shown (<see cref="VisibleSpace"/>) when it fits, otherwise its cut.</summary>
    /// <param name="name">A name (one given to the constructor, or any other, which is cut alone).</param>
    /// <returns>The label, not escaped.</returns>
    public string this[string name] => _shown.TryGetValue(name, out var shown) ? shown : TextWidth.Fit(VisibleSpace.Of(name), _width, _fontSize);
}
