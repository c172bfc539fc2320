namespace Framing.Matching;

/// <summary>The context rules of one language of a compiled lexicon.</summary>
/// <param name="DimensionCount">Number of dimensions; marker slots follow them.</param>
/// <param name="HasActors">Whether the language has actor names.</param>
/// <param name="HasSpeech">Whether the language has speech cues.</param>
/// <param name="HasNegation">Whether the language has negation words.</param>
/// <param name="SpeechWindow">Tokens after a cue in which an opener or colon is looked for; the longest closing attribution clause.</param>
/// <param name="NegationWindow">Most tokens from a negation's end to a label's first token.</param>
/// <param name="LinkWindow">Most link tokens between a label and an actor's name.</param>
/// <param name="ScareQuotes">Whether quotation marks around a lone actor name are a scare marker.</param>
/// <param name="HasScareMarkers">Whether the language has scare markers (words or quotes).</param>
/// <param name="Scares">Per actor index, what a scare marker next to its name counts for (null: nothing).</param>
/// <param name="SpeakerAfterCue">Whether the token right after a cue without opener is its speaker (outlet's voice).</param>
/// <param name="HasScope">Whether the language has scope words: a document must name one of them for its matches to count.</param>
internal sealed record MatcherContext(
    int DimensionCount,
    bool HasActors,
    bool HasSpeech,
    bool HasNegation,
    int SpeechWindow,
    int NegationWindow,
    int LinkWindow,
    bool ScareQuotes,
    bool HasScareMarkers,
    CompiledScare?[] Scares,
    bool SpeakerAfterCue,
    bool HasScope = false)
{
    /// <summary>Number of slots: dimensions, then one per marker kind.</summary>
    public int SlotCount => DimensionCount + MarkerKinds.Count;

    /// <summary>Whether any marker kind exists in this language.</summary>
    public bool HasMarkers => HasActors || HasSpeech || HasNegation || HasScareMarkers || HasScope;

    /// <summary>The slot of a marker kind.</summary>
    public int Slot(MarkerKind kind) => DimensionCount + (int)kind;
}
