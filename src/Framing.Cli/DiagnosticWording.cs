namespace Framing.Cli;

/// <summary>The CLI's words for the library's <see cref="Diagnostic"/>s: the one-line problem, then the remedy its <see cref="DiagnosticHint"/> names, in terms of the CLI's options.</summary>
internal static class DiagnosticWording
{
    /// <summary>Formats a problem as the CLI prints it after <c>framing: error: </c>.</summary>
    /// <param name="diagnostic">The problem.</param>
    /// <returns><c>location: message</c>, and the remedy when the problem has a hint.</returns>
    public static string Format(Diagnostic diagnostic) => diagnostic + Remedy(diagnostic.Hint);

    /// <summary>The remedy of a hint, with its leading separator, or nothing.</summary>
    /// <param name="hint">The hint.</param>
    /// <returns>The remedy.</returns>
    public static string Remedy(DiagnosticHint hint) => hint switch
    {
        DiagnosticHint.ChooseTextField => "; choose the text column with --text-field",
        DiagnosticHint.ReadAsCsv => "; read it as CSV with --corpus-format csv",
        DiagnosticHint.ReadAsTsv => "; read it as TSV with --corpus-format tsv",
        DiagnosticHint.ReadWithSemicolons => "; read it with --csv-delimiter ';'",
        _ => string.Empty,
    };
}
