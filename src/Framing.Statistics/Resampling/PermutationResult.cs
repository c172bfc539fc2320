namespace Framing.Statistics.Resampling;

/// <summary>A two-sided permutation test.</summary>
/// <param name="Observed">The observed statistic.</param>
/// <param name="PValue">(1 + #{|T*| ≥ |T_obs|}) / (B + 1) (Phipson and Smyth 2010: never 0).</param>
/// <param name="Permutations">B, the number of random permutations.</param>
/// <param name="AtLeastAsExtreme">#{|T*| ≥ |T_obs|}.</param>
internal sealed record PermutationResult(double Observed, double PValue, int Permutations, int AtLeastAsExtreme)
{
    /// <summary>The test's name as reports print it.</summary>
    public const string TestName = "permutation test (document labels)";
}
