namespace Framing.Statistics.Validation;

/// <summary>Computes the figures of one bootstrap replicate from its draws.</summary>
/// <param name="replicate">The replicate's number.</param>
/// <param name="multiplicities">How many times it drew each outlet, side A's first; valid only during the call.</param>
internal delegate void ReplicateAction(int replicate, ReadOnlySpan<int> multiplicities);
