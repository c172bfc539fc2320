namespace Framing.Coverage;

/// <summary>The kinds of unmatched terms a <see cref="CoverageCounter"/> counts.</summary>
public enum CoverageTermKind
{
    /// <summary>One token not covered by any match.</summary>
    Unigram,

    /// <summary>Two consecutive uncovered tokens of one sentence.</summary>
    Bigram,

    /// <summary>One token of a scope word of the lexicon (its <c>scope:</c> section, which a document must name for its
    /// matches to count) not covered by any match: it names the conflict, not a framing, so it is counted apart from the
    /// unigrams instead of topping them as a word the lexicon lacks. It still forms bigrams with its neighbours.</summary>
    Scope,
}
