namespace Framing;

/// <summary>
/// What the user can do about a <see cref="Diagnostic"/>, as a typed hint rather than words, so each front end (the
/// CLI's options, a caller's own settings) can say it in its own terms.
/// </summary>
public enum DiagnosticHint
{
    /// <summary>No particular remedy.</summary>
    None = 0,

    /// <summary>The field read as the text (<see cref="Corpus.CorpusReaderOptions.TextField"/>) cannot hold text: choose another one.</summary>
    ChooseTextField,

    /// <summary>A file read as TSV has a header of one column holding commas: it seems to be comma-separated, so read it as CSV.</summary>
    ReadAsCsv,

    /// <summary>A file read as CSV has a header of one column holding tabs: it seems to be tab-separated, so read it as TSV.</summary>
    ReadAsTsv,

    /// <summary>A CSV or TSV corpus or a manifest has a header of one column holding semicolons: it seems to be separated by
    /// semicolons (as Excel saves CSV under a German or French locale), so read it with that separator
    /// (<see cref="Corpus.CorpusReaderOptions.CsvDelimiter"/>).</summary>
    ReadWithSemicolons,
}
