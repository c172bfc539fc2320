namespace Framing.Lexicons;

/// <summary>A framing dimension: two opposed framings of one object (pole A and pole B) and optional neutral vocabulary.</summary>
public sealed record Dimension
{
    internal Dimension(
        string id,
        string description,
        Pole poleA,
        Pole poleB,
        Pole? neutral,
        TargetRule? target = null,
        TargetDefault targetDefault = TargetDefault.Count)
    {
        Id = id;
        Description = description;
        PoleA = poleA;
        PoleB = poleB;
        Neutral = neutral;
        Target = target;
        TargetDefault = targetDefault;
    }

    /// <summary>Identifier, unique in the lexicon.</summary>
    public string Id { get; }

    /// <summary>What the dimension measures.</summary>
    public string Description { get; }

    /// <summary>Pole A; a positive score leans to it.</summary>
    public Pole PoleA { get; }

    /// <summary>Pole B; a negative score leans to it.</summary>
    public Pole PoleB { get; }

    /// <summary>The neutral category, when the lexicon records neutral vocabulary for the dimension.</summary>
    public Pole? Neutral { get; }

    /// <summary>
    /// Which actors the dimension's labels may be aimed at to count (entries may override it), or null when any target
    /// counts.
    /// </summary>
    internal TargetRule? Target { get; }

    /// <summary>What happens to a label with no actor in reach (entries may override it).</summary>
    internal TargetDefault TargetDefault { get; }

    /// <summary>Whether a pole has no id (an error of its own): a pole id not found in the dimension is then no typo to
    /// report, and "expected terror or " no list to offer.</summary>
    internal bool HasPoleWithoutId => PoleA.Id.Length == 0 || PoleB.Id.Length == 0;

    /// <summary>The ids of <paramref name="dimensions"/> for an "unknown dimension" message: each once, in file order,
    /// without the empty id of a dimension that has none (a duplicate or a missing id is an error of its own).</summary>
    /// <param name="dimensions">The lexicon's dimensions as read.</param>
    /// <returns>The ids, separated by commas.</returns>
    internal static string KnownIds(IEnumerable<Dimension> dimensions) =>
        string.Join(", ", dimensions.Select(d => d.Id).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal));

    /// <summary>The pole for a side.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The pole, or null for <see cref="PoleSide.Neutral"/> when the dimension has no neutral category.</returns>
    public Pole? GetPole(PoleSide side) => side switch
    {
        PoleSide.A => PoleA,
        PoleSide.B => PoleB,
        _ => Neutral,
    };

    /// <summary>The record's members as the compiler prints them (<c>Dimension { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(Dimension), PrintMembers);
}
