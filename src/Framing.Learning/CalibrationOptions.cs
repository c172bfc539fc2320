namespace Framing.Learning;

/// <summary>Options of <see cref="LexiconCalibrator"/>. Immutable.</summary>
public sealed record CalibrationOptions
{
    /// <summary>The default options.</summary>
    public static CalibrationOptions Default { get; } = new();

    /// <summary>Folds, seed, bootstrap, regularisation and threads (see <see cref="LearningOptions"/>).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public LearningOptions Learning { get; init => field = value ?? throw new ArgumentNullException(nameof(Learning)); } = LearningOptions.Default;

    /// <summary>An entry whose fitted weight is below this share of its dimension's strongest entry is moved to neutral
    /// (default 0.05); one whose coefficient points to the other camp by at least this share is moved to neutral as
    /// contradicting its pole.</summary>
    public double MinimumWeight { get; init; } = 0.05;

    /// <summary>Whether each dimension gets its own model and scale (default) or the dimensions of a composite share one.</summary>
    public CalibrationScale Scale { get; init; } = CalibrationScale.Dimension;

    /// <summary>The record's members as the compiler prints them (<c>CalibrationOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CalibrationOptions), PrintMembers);
}

/// <summary>Which entries one logistic model fits together, and so share a scale (their strongest weighs 1).</summary>
public enum CalibrationScale
{
    /// <summary>One model per dimension: each dimension's strongest entry weighs 1. A dimension is oriented as its
    /// composites take it (sign −1: side A is its pole B's camp; see <see cref="LexiconCalibrator"/>).</summary>
    Dimension,

    /// <summary>One model per composite, on the entries of all its dimensions (with their component signs): the
    /// composite's strongest entry weighs 1, so that a composite score pools weights on one scale. Dimensions in no
    /// composite keep a model of their own; a dimension in several composites is fitted with the first.</summary>
    Composite,
}
