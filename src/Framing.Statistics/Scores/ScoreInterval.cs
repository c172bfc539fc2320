namespace Framing.Statistics.Scores;

/// <summary>A confidence interval for a group's score, or the reason there is none.</summary>
/// <param name="Lower">Lower limit, or null.</param>
/// <param name="Upper">Upper limit, or null.</param>
/// <param name="Note">Why there is no interval (empty when there is one).</param>
public sealed record ScoreInterval(double? Lower, double? Upper, string Note)
{
    /// <summary>Whether the interval exists.</summary>
    public bool HasInterval => Lower.HasValue && Upper.HasValue;
}
