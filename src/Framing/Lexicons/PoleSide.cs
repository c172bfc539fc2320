namespace Framing.Lexicons;

/// <summary>Which side of a dimension an entry counts for.</summary>
public enum PoleSide
{
    /// <summary>Pole A; a positive score leans to pole A.</summary>
    A = 0,

    /// <summary>Pole B; a negative score leans to pole B.</summary>
    B = 1,

    /// <summary>Neutral vocabulary: counted for coverage and reported, never in a score.</summary>
    Neutral = 2,
}
