namespace Framing.Coverage;

/// <summary>The kinds of unmatched terms a <see cref="CoverageCounter"/> counts.</summary>
public enum CoverageTermKind
{
    /// <summary>One token not covered by any match.</summary>
    Unigram,

    /// <summary>Two consecutive uncovered tokens of one sentence.</summary>
    Bigram,
}
