namespace Framing.Lexicons.Import;

/// <summary>One category of an imported dictionary and its patterns, in file order.</summary>
/// <param name="Name">
/// The category name: a quanteda key (nested keys joined with '.', as quanteda does: <c>parent.child</c>) or a LIWC
/// category name.
/// </param>
/// <param name="Patterns">The category's patterns, in file order (duplicates are kept; the importer merges them).</param>
/// <param name="Location">Where the category is defined.</param>
internal sealed record ImportedCategory(string Name, IReadOnlyList<ImportedPattern> Patterns, SourceLocation Location);
