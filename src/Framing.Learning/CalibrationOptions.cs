namespace Framing.Learning;

/// <summary>Options of <see cref="LexiconCalibrator"/>. Immutable.</summary>
public sealed record CalibrationOptions
{
    /// <summary>The default options.</summary>
    public static CalibrationOptions Default { get; } = new();

    /// <summary>Folds, seed, bootstrap, regularisation and threads (see <see cref="LearningOptions"/>).</summary>
    public LearningOptions Learning { get; init; } = LearningOptions.Default;

    /// <summary>An entry whose fitted weight is below this share of its dimension's strongest entry is moved to neutral
    /// (default 0.05); one whose coefficient points to the other camp by at least this share is moved to neutral as
    /// contradicting its pole.</summary>
    public double MinimumWeight { get; init; } = 0.05;
}
