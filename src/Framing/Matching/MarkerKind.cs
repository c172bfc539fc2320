namespace Framing.Matching;

/// <summary>
/// The kinds of context words a lexicon may define besides its entries. Each kind is compiled as a pseudo-dimension
/// (slot <c>dimensionCount + kind</c>) of the same word table and trie as the entries, so it is normalized, stripped of
/// clitics and matched (leftmost, then longest, within a sentence) exactly like them.
/// </summary>
internal enum MarkerKind
{
    /// <summary>A name of an actor (payload: the actor's index).</summary>
    Actor = 0,

    /// <summary>A speech verb or attribution phrase.</summary>
    Cue = 1,

    /// <summary>A word that opens the reported clause after a cue (أن, that).</summary>
    Opener = 2,

    /// <summary>A negation word.</summary>
    Negation = 3,

    /// <summary>A word that may stand between a label and the actor it refers to.</summary>
    Link = 4,

    /// <summary>A scare marker written before a name.</summary>
    ScareBefore = 5,

    /// <summary>A scare marker written after a name.</summary>
    ScareAfter = 6,

    /// <summary>A scope word: a document that names one is about the lexicon's subject.</summary>
    Scope = 7,
}

/// <summary>Constants of <see cref="MarkerKind"/>.</summary>
internal static class MarkerKinds
{
    /// <summary>Number of marker kinds.</summary>
    public const int Count = 8;
}
