namespace Framing.Matching;

/// <summary>Whether a match counts for its pole, and if not, why.</summary>
public enum MatchStatus
{
    /// <summary>The match counts for its pole (or as neutral vocabulary).</summary>
    Counted = 0,

    /// <summary>A negation word of the lexicon stands right before the label ("not terrorists"): the match is counted
    /// as negated, not for its pole.</summary>
    Negated = 1,

    /// <summary>The label is aimed at an actor its target rule excludes (or at none, where the default is to ignore):
    /// the match is counted as off target, not for its pole.</summary>
    OffTarget = 2,

    /// <summary>The document names none of the lexicon's scope words for its language (<c>scope:</c>): it is not about
    /// the lexicon's subject, and none of its matches counts.</summary>
    OutOfScope = 3,
}

/// <summary>What produced a match.</summary>
public enum MatchKind
{
    /// <summary>A lexicon entry.</summary>
    Entry = 0,

    /// <summary>A scare marker next to an actor's name (so-called, ما يسمى, or quotation marks around the lone name).</summary>
    ScareMarker = 1,
}
