namespace Framing.Scoring;

/// <summary>One dimension of a <see cref="ScoreAxis"/>: its index in the lexicon and its sign (+1 or −1).</summary>
/// <param name="Dimension">The dimension's index in <see cref="Lexicons.Lexicon.Dimensions"/>.</param>
/// <param name="Sign">+1: the dimension's pole A is the axis's pole A; −1: its poles are swapped.</param>
public readonly record struct AxisComponent(int Dimension, int Sign)
{
    /// <summary>The record's members as the compiler prints them (<c>AxisComponent { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(AxisComponent), PrintMembers);
}
