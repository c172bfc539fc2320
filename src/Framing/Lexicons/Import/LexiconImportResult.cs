namespace Framing.Lexicons.Import;

/// <summary>What an import (<see cref="LexiconImport"/>) built: the lexicon YAML, the validated lexicon, and a report of what was left out.</summary>
public sealed class LexiconImportResult
{
    internal LexiconImportResult(
        string sourceName,
        string yaml,
        Lexicon lexicon,
        IReadOnlyList<string> mappedCategories,
        IReadOnlyList<string> skippedCategories,
        int duplicateCount,
        int invalidPatternCount,
        IReadOnlyList<Diagnostic> warnings)
    {
        SourceName = sourceName;
        Yaml = yaml;
        Lexicon = lexicon;
        MappedCategories = ReadOnlyLists.Of(mappedCategories);
        SkippedCategories = ReadOnlyLists.Of(skippedCategories);
        DuplicateCount = duplicateCount;
        InvalidPatternCount = invalidPatternCount;
        Warnings = [.. warnings.Select(w => w with { Severity = DiagnosticSeverity.Warning })];
    }

    /// <summary>The dictionary the lexicon was imported from (its path, or the name given for its text).</summary>
    public string SourceName { get; }

    /// <summary>How many categories the dictionary has (mapped and skipped).</summary>
    public int CategoryCount => MappedCategories.Count + SkippedCategories.Count;

    /// <summary>The lexicon file's text (YAML in the format of lexicons/README.md, one entry per line).</summary>
    public string Yaml { get; }

    /// <summary>The lexicon parsed back from <see cref="Yaml"/> (the import checks that it loads).</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The number of entries written.</summary>
    public int EntryCount => Lexicon.Entries.Count;

    /// <summary>The dictionary's categories that a mapping rule covers, in dictionary order.</summary>
    public IReadOnlyList<string> MappedCategories { get; }

    /// <summary>The dictionary's categories that no mapping rule covers, in dictionary order: their patterns were not imported.</summary>
    public IReadOnlyList<string> SkippedCategories { get; }

    /// <summary>Patterns left out because the same pattern (after normalization) is imported for the same dimension; the first one in the file wins.</summary>
    public int DuplicateCount { get; }

    /// <summary>Patterns left out because they are not valid Framing patterns: punctuation only, empty, or with wildcards
    /// Framing cannot express (<c>?</c>, a leading or inner <c>*</c>, a <c>*</c> after a hyphen), whether the reader or the importer found them.</summary>
    public int InvalidPatternCount { get; }

    /// <summary>Patterns without letters or Arabic-Indic digits (numbers such as <c>2011</c>), which no script assigns to one of
    /// two languages, imported once for each language (two entries each).</summary>
    public int EveryLanguagePatternCount { get; internal init; }

    /// <summary>
    /// Everything skipped or worth a look, each with file:line:column: the reader's warnings, invalid and duplicate
    /// patterns, unused mapping rules, placeholder poles, and what <c>lexicons validate</c> warns of in the lexicon: entries
    /// that never count (a broader entry of their dimension listed before them wins every tie), patterns that match more
    /// than they say (<c>it's</c> read as <c>it</c>), and patterns in the other script than their language is read in
    /// (<c>داعش</c> imported as <c>en</c>).
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }
}
