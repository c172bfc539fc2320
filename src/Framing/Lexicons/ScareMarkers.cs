namespace Framing.Lexicons;

/// <summary>
/// The scare markers of one language (<c>scare-markers:</c>): words that distance the writer from a name
/// (so-called, ما يسمى before it; المزعوم after it) and, optionally, quotation marks around a lone actor name. A marker
/// next to an actor's name counts for the pole of the actor's <see cref="Actor.Scare"/> mapping.
/// </summary>
/// <param name="Language">The language code.</param>
/// <param name="Before">Markers written right before a name.</param>
/// <param name="After">Markers written right after a name.</param>
/// <param name="Quotes">Whether quotation marks around a lone actor name are a scare marker in this language.</param>
/// <param name="Location">Where the markers are written.</param>
internal sealed record ScareMarkers(string Language, IReadOnlyList<string> Before, IReadOnlyList<string> After, bool Quotes, SourceLocation Location);
