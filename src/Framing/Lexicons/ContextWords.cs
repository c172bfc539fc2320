namespace Framing.Lexicons;

/// <summary>
/// Words of one language that change how the labels near them count: negation words (<c>negation:</c>), the link
/// words that may stand between a label and the actor it refers to (<c>target-links:</c>), or the words that put a
/// document in the lexicon's scope (<c>scope:</c>). Patterns are written like entry patterns.
/// </summary>
/// <param name="Language">The language code.</param>
/// <param name="Words">The patterns.</param>
/// <param name="Window">How far they reach, in tokens: for negation, the most tokens from the end of the negation to the
/// label's first token (1 = right before it); for link words, the most link words between a label and an actor's name;
/// 0 for scope words, which reach the whole document.</param>
/// <param name="Location">Where the list is written.</param>
internal sealed record ContextWords(string Language, IReadOnlyList<string> Words, int Window, SourceLocation Location);
