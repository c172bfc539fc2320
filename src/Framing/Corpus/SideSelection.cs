namespace Framing.Corpus;

/// <summary>
/// Which known leanings make up each camp: side A (the camp whose framing is pole A, for example <c>pro-damascus</c>)
/// and side B (for example <c>anti-damascus</c> and <c>anti-damascus-gulf</c>). A leaning on neither side (for example
/// <c>wire</c> or <c>international</c>) puts its documents outside the comparison. Immutable. Leanings are compared
/// ordinally (case-sensitive).
/// </summary>
public sealed class SideSelection
{
    private readonly HashSet<string> _a;
    private readonly HashSet<string> _b;

    /// <summary>Creates a selection.</summary>
    /// <param name="sideA">The leanings of side A (at least one).</param>
    /// <param name="sideB">The leanings of side B (at least one, none of them on side A).</param>
    /// <exception cref="ArgumentException">A side is empty, a leaning is empty, or a leaning is on both sides.</exception>
    public SideSelection(IEnumerable<string> sideA, IEnumerable<string> sideB)
    {
        ArgumentNullException.ThrowIfNull(sideA);
        ArgumentNullException.ThrowIfNull(sideB);
        SideA = ReadOnlyLists.Of(Distinct(sideA, "side A", nameof(sideA)));
        SideB = ReadOnlyLists.Of(Distinct(sideB, "side B", nameof(sideB)));
        _a = new HashSet<string>(SideA, StringComparer.Ordinal);
        _b = new HashSet<string>(SideB, StringComparer.Ordinal);
        foreach (var leaning in SideB)
        {
            if (_a.Contains(leaning))
            {
                throw new ArgumentException($"leaning '{leaning}' is on both sides", nameof(sideB));
            }
        }
    }

    /// <summary>The leanings of side A, in the order given, without repeats.</summary>
    public IReadOnlyList<string> SideA { get; }

    /// <summary>The leanings of side B, in the order given, without repeats.</summary>
    public IReadOnlyList<string> SideB { get; }

    /// <summary>Creates a selection from comma-separated lists (<c>"anti-damascus,anti-damascus-gulf"</c>); spaces around names
    /// are ignored, and an empty name (a doubled or trailing comma: a leaning left out?) is refused, as the constructor
    /// refuses one.</summary>
    /// <param name="sideA">Side A's leanings.</param>
    /// <param name="sideB">Side B's leanings.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">As the constructor.</exception>
    public static SideSelection Parse(string sideA, string sideB)
    {
        ArgumentNullException.ThrowIfNull(sideA);
        ArgumentNullException.ThrowIfNull(sideB);
        return new SideSelection(Split(sideA, "side A", nameof(sideA)), Split(sideB, "side B", nameof(sideB)));
    }

    /// <summary>The side a leaning is on, or null when it is on neither (or is null).</summary>
    /// <param name="leaning">A leaning.</param>
    /// <returns>The side, or null.</returns>
    public KnownSide? SideOf(string? leaning) =>
        leaning is null ? null : _a.Contains(leaning) ? KnownSide.A : _b.Contains(leaning) ? KnownSide.B : null;

    /// <summary>The leanings of a side.</summary>
    /// <param name="side">The side.</param>
    /// <returns>Its leanings.</returns>
    public IReadOnlyList<string> Of(KnownSide side) => side == KnownSide.A ? SideA : SideB;

    /// <summary>The selected leanings that are not in <paramref name="known"/> (typing mistakes, or camps a source lacks), side A's first.</summary>
    /// <param name="known">The leanings a source knows.</param>
    /// <returns>Each missing leaning with its side.</returns>
    public IReadOnlyList<(KnownSide Side, string Leaning)> MissingFrom(IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var set = known as IReadOnlySet<string> ?? new HashSet<string>(known, StringComparer.Ordinal);
        var missing = new List<(KnownSide, string)>();
        missing.AddRange(SideA.Where(l => !set.Contains(l)).Select(l => (KnownSide.A, l)));
        missing.AddRange(SideB.Where(l => !set.Contains(l)).Select(l => (KnownSide.B, l)));
        return missing;
    }

    private static string[] Split(string list, string what, string parameter)
    {
        var names = list.Split(',', StringSplitOptions.TrimEntries);
        if (names.Length > 1 && Array.Exists(names, n => n.Length == 0))
        {
            throw new ArgumentException($"{what} has an empty leaning (a doubled or trailing comma?)", parameter);
        }

        return names;
    }

    private static string[] Distinct(IEnumerable<string> leanings, string what, string parameter)
    {
        var list = new List<string>();
        foreach (var leaning in leanings)
        {
            if (string.IsNullOrWhiteSpace(leaning))
            {
                throw new ArgumentException($"{what} has an empty leaning", parameter);
            }

            if (!list.Contains(leaning, StringComparer.Ordinal))
            {
                list.Add(leaning);
            }
        }

        return list.Count > 0 ? [.. list] : throw new ArgumentException($"{what} needs at least one leaning", parameter);
    }
}
