namespace Framing.Lexicons;

/// <summary>A framing dimension: two opposed framings of one object (pole A and pole B) and optional neutral vocabulary.</summary>
/// <param name="Id">Identifier, unique in the lexicon.</param>
/// <param name="Description">What the dimension measures.</param>
/// <param name="PoleA">Pole A; a positive score leans to it.</param>
/// <param name="PoleB">Pole B; a negative score leans to it.</param>
/// <param name="Neutral">The neutral category, when the lexicon records neutral vocabulary for the dimension.</param>
/// <param name="Target">Which actors the dimension's labels may be aimed at to count (entries may override it), or null
/// when any target counts.</param>
/// <param name="TargetDefault">What happens to a label with no actor in reach (entries may override it).</param>
public sealed record Dimension(
    string Id,
    string Description,
    Pole PoleA,
    Pole PoleB,
    Pole? Neutral,
    TargetRule? Target = null,
    TargetDefault TargetDefault = TargetDefault.Count)
{
    /// <summary>The pole for a side.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The pole, or null for <see cref="PoleSide.Neutral"/> when the dimension has no neutral category.</returns>
    public Pole? GetPole(PoleSide side) => side switch
    {
        PoleSide.A => PoleA,
        PoleSide.B => PoleB,
        _ => Neutral,
    };
}
