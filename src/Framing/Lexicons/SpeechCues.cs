namespace Framing.Lexicons;

/// <summary>
/// The speech verbs and attribution phrases of one language (<c>speech:</c>): text they introduce is reported speech,
/// whose matches have the attributed voice.
/// </summary>
/// <param name="Language">The language code.</param>
/// <param name="Cues">Speech verbs and attribution phrases (said, according to, قال، بحسب), written like entry patterns.</param>
/// <param name="Openers">Words that open the reported clause after a cue and its speaker (أن، إن, that); may be empty.</param>
/// <param name="Window">How many tokens after a cue an opener or a colon is looked for, and the longest closing clause
/// (", the army said.") that attributes the sentence before it.</param>
/// <param name="Location">Where the cues are written.</param>
/// <param name="SpeakerAfterCue">Whether the speaker usually follows the cue (Arabic verb-subject order: «أكدت المعارضة …»,
/// «بحسب المرصد»): when no opener or colon is in reach, the token right after the cue is the speaker and keeps the outlet's
/// voice.</param>
internal sealed record SpeechCues(string Language, IReadOnlyList<string> Cues, IReadOnlyList<string> Openers, int Window, SourceLocation Location, bool SpeakerAfterCue = false)
{
    /// <summary>Phrases in which a cue is used in another sense and is no cue (<c>exclude:</c>: "claimed the lives",
    /// "told to"), written like an entry's exclusions: each holds the words of a cue and at least one word more.</summary>
    public IReadOnlyList<string> Exclusions { get; init; } = [];
}
