namespace Framing.Lexicons.Import;

/// <summary>One pattern of an imported dictionary category, as written in the dictionary, with where it was read.</summary>
/// <param name="Pattern">The pattern: a word, a word ending in <c>*</c> (prefix), or a phrase of such words separated by spaces.</param>
/// <param name="Location">Where the pattern is in the dictionary file.</param>
internal sealed record ImportedPattern(string Pattern, SourceLocation Location);
