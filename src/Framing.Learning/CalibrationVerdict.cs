namespace Framing.Learning;

/// <summary>What calibration did to an entry.</summary>
public enum CalibrationVerdict
{
    /// <summary>The entry keeps its pole with the fitted weight.</summary>
    Kept,

    /// <summary>The fitted weight is about 0 (below <see cref="CalibrationOptions.MinimumWeight"/> of the dimension's
    /// strongest entry): moved to neutral.</summary>
    Zero,

    /// <summary>The fitted coefficient points to the other pole's camp: moved to neutral.</summary>
    Contradicts,

    /// <summary>No document of either side uses the entry: it keeps its pole and weight (no evidence either way).</summary>
    Unused,

    /// <summary>A neutral entry: not fitted, unchanged.</summary>
    Neutral,
}
