namespace Framing.Scoring;

/// <summary>One dimension of a <see cref="ScoreAxis"/>: its index in the lexicon and its sign (+1 or −1).</summary>
/// <param name="Dimension">The dimension's index in <see cref="Lexicons.Lexicon.Dimensions"/>.</param>
/// <param name="Sign">+1: the dimension's pole A is the axis's pole A; −1: its poles are swapped.</param>
public readonly record struct AxisComponent(int Dimension, int Sign);
