using System.Globalization;
using Framing.Lexicons;

namespace Framing.Learning;

/// <summary>
/// Which camp each dimension's poles belong to, for calibration: side A is pole A's camp (as <c>--side-a</c> names it) of
/// a dimension in no composite; a dimension that a composite takes with sign −1 counts its pole B for the composite's
/// pole A, so side A is its pole B's camp, as <c>framing validate</c>'s composite rows (which pool the dimensions with
/// their signs) expect. A dimension that composites take with opposite signs is ambiguous: it keeps sign 1 per dimension
/// (with <see cref="CalibrationScale.Composite"/>, the sign of the first composite that has it), and a warning says so.
/// </summary>
internal sealed class CalibrationOrientation
{
    private readonly Lexicon _lexicon;
    private readonly List<(int Dimension, (string Composite, int Sign)[] Components)> _ambiguous;

    private CalibrationOrientation(Lexicon lexicon, int[] signs, List<(int, (string, int)[])> ambiguous)
    {
        _lexicon = lexicon;
        Signs = signs;
        _ambiguous = ambiguous;
    }

    /// <summary>Per dimension (lexicon order), 1 when side A is its pole A's camp, −1 when side A is its pole B's.</summary>
    public IReadOnlyList<int> Signs { get; }

    /// <summary>The orientation of a lexicon's dimensions.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <returns>The orientation.</returns>
    public static CalibrationOrientation Of(Lexicon lexicon)
    {
        var signs = new int[lexicon.Dimensions.Count];
        var ambiguous = new List<(int, (string, int)[])>();
        for (var d = 0; d < signs.Length; d++)
        {
            var id = lexicon.Dimensions[d].Id;
            var components = lexicon.Composites
                .SelectMany(c => c.Components.Where(k => string.Equals(k.DimensionId, id, StringComparison.Ordinal)).Select(k => (c.Id, k.Sign)))
                .ToArray();
            var distinct = components.Select(c => c.Sign).Distinct().ToArray();
            signs[d] = distinct.Length == 1 ? distinct[0] : 1;
            if (distinct.Length > 1)
            {
                ambiguous.Add((d, components));
            }
        }

        return new CalibrationOrientation(lexicon, signs, ambiguous);
    }

    /// <summary>The dimensions whose pole B is side A's camp, with the composites that say so.</summary>
    /// <returns>One text per such dimension, such as <c>army (pole b 'state' is side A's: composite 'align' takes it with sign -1)</c>.</returns>
    public IReadOnlyList<string> Reversed() =>
        [.. Enumerable.Range(0, Signs.Count).Where(d => Signs[d] < 0).Select(d =>
        {
            var dimension = _lexicon.Dimensions[d];
            var composites = _lexicon.Composites.Where(c => c.Components.Any(k => k.DimensionId == dimension.Id)).Select(c => $"'{c.Id}'");
            return $"{dimension.Id} (its pole b '{dimension.PoleB.Id}' is side A's framing: composite {string.Join(", ", composites)} takes it with sign -1)";
        })];

    /// <summary>A warning per dimension that composites take with opposite signs: which orientation it was fitted with.</summary>
    /// <param name="scale">The calibration's scale.</param>
    /// <returns>The warnings, in lexicon order.</returns>
    public IReadOnlyList<string> Warnings(CalibrationScale scale) =>
        [.. _ambiguous.Select(a =>
        {
            var dimension = _lexicon.Dimensions[a.Dimension];
            var signs = string.Join(" and ", a.Components.Select(c => string.Create(CultureInfo.InvariantCulture, $"composite '{c.Composite}' with sign {c.Sign}")));
            var (first, firstSign) = a.Components[0];
            var fitted = scale == CalibrationScale.Composite
                ? $"it is fitted in composite '{first}', the first, with {(firstSign > 0 ? $"pole a '{dimension.PoleA.Id}'" : $"pole b '{dimension.PoleB.Id}'")} as side A's framing"
                : $"it is fitted with pole a '{dimension.PoleA.Id}' as side A's framing, as the sides name it";
            return $"dimension '{dimension.Id}' enters {signs}, so which camp its poles belong to is ambiguous: {fitted}; check its entries' verdicts, and the composites' signs";
        })];
}
