namespace Framing.Lexicons;

/// <summary>The optional sections of a lexicon that judge a label in its context: actors, speech cues, negation, target links, scare markers and scope.</summary>
/// <param name="Actors">The actors.</param>
/// <param name="Speech">Speech cues per language.</param>
/// <param name="Negation">Negation words per language.</param>
/// <param name="TargetLinks">Target link words per language.</param>
/// <param name="ScareMarkers">Scare markers per language.</param>
/// <param name="Scope">Scope words per language: a document that names none of its language's has no match that counts.</param>
internal sealed record LexiconContextRules(
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<SpeechCues> Speech,
    IReadOnlyList<ContextWords> Negation,
    IReadOnlyList<ContextWords> TargetLinks,
    IReadOnlyList<ScareMarkers> ScareMarkers,
    IReadOnlyList<ContextWords> Scope)
{
    public static LexiconContextRules Empty { get; } = new([], [], [], [], [], []);
}
