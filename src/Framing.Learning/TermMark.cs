namespace Framing.Learning;

/// <summary>What a discriminative n-gram is, for a lexicon's author.</summary>
public enum TermMark
{
    /// <summary>A lexicon entry matches the whole n-gram.</summary>
    InLexicon,

    /// <summary>No entry matches it, and it is not outlet-specific: a candidate entry.</summary>
    NotInLexicon,

    /// <summary>Used (almost) only by one outlet, or by most of one outlet's documents: names, bylines, page furniture
    /// (not framing).</summary>
    OutletSpecific,
}
