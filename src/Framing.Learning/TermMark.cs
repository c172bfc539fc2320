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

    /// <summary>No entry matches it by itself, but (almost) every use of it is inside a match of an entry (see
    /// <see cref="ClassifierOptions.InsideEntriesShare"/>): part of a longer entry, as "barrel" of "barrel bombs", or an
    /// entry that counts only in context. The lexicon already counts those uses, so it is no candidate.</summary>
    InsideEntries,
}
