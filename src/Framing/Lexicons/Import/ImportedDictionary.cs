namespace Framing.Lexicons.Import;

/// <summary>
/// A dictionary read from another tool's format (quanteda YAML, LIWC <c>.dic</c>, or built by hand): categories with
/// their patterns, and warnings about what the reader skipped. Turn it into a Framing lexicon with
/// <see cref="LexiconImporter"/>.
/// </summary>
internal sealed class ImportedDictionary
{
    /// <summary>Creates a dictionary.</summary>
    /// <param name="sourceName">Where it was read from (a path), used in notes and messages.</param>
    /// <param name="formatName">The format's name for people (for example <c>quanteda</c> or <c>LIWC</c>).</param>
    /// <param name="categories">The categories, in file order; names must be unique.</param>
    /// <param name="warnings">What the reader skipped, with where (each stored with <see cref="DiagnosticSeverity.Warning"/>).</param>
    /// <param name="skippedPatterns">How many patterns the reader left out (unsupported wildcards, empty patterns).</param>
    /// <exception cref="ArgumentException">Two categories have the same name.</exception>
    public ImportedDictionary(string sourceName, string formatName, IReadOnlyList<ImportedCategory> categories, IReadOnlyList<Diagnostic>? warnings = null, int skippedPatterns = 0)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(formatName);
        ArgumentNullException.ThrowIfNull(categories);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (!names.Add(category.Name))
            {
                throw new ArgumentException($"duplicate category '{category.Name}'", nameof(categories));
            }
        }

        SourceName = sourceName;
        FormatName = formatName;
        Categories = categories;
        Warnings = warnings is null ? [] : [.. warnings.Select(w => w with { Severity = DiagnosticSeverity.Warning })];
        SkippedPatternCount = skippedPatterns;
    }

    /// <summary>How many patterns the reader left out (each also in <see cref="Warnings"/>): unsupported wildcards, empty patterns.</summary>
    public int SkippedPatternCount { get; }

    /// <summary>Where the dictionary was read from.</summary>
    public string SourceName { get; }

    /// <summary>The format's name for people (for example <c>quanteda</c> or <c>LIWC</c>).</summary>
    public string FormatName { get; }

    /// <summary>The categories, in file order.</summary>
    public IReadOnlyList<ImportedCategory> Categories { get; }

    /// <summary>Patterns or lines the reader skipped (unsupported wildcards, conditional LIWC codes…), each with file:line:column.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>The number of patterns in all categories.</summary>
    public int PatternCount => Categories.Sum(c => c.Patterns.Count);

    /// <summary>Finds a category by name.</summary>
    /// <param name="name">The category name.</param>
    /// <returns>The category, or null.</returns>
    public ImportedCategory? FindCategory(string name)
    {
        foreach (var category in Categories)
        {
            if (string.Equals(category.Name, name, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return null;
    }
}
