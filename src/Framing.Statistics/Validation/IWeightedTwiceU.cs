namespace Framing.Statistics.Validation;

/// <summary>The Mann–Whitney count 2U of side A's documents over side B's on one axis, each outlet's documents counted a
/// whole number of times: the statistic of one outlet-cluster bootstrap replicate, exact.</summary>
internal interface IWeightedTwiceU
{
    /// <summary>Σ over pairs of a side-A document a and a side-B document b of w(a) · w(b) · (2 if a &gt; b, 1 if equal,
    /// else 0), where w is its outlet's weight.</summary>
    /// <param name="weights">One weight per outlet, side A's first (a replicate's multiplicities).</param>
    /// <returns>2U.</returns>
    long TwiceU(ReadOnlySpan<int> weights);
}
