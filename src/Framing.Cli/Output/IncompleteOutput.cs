namespace Framing.Cli.Output;

/// <summary>
/// What the help of a command that streams its rows to standard output says about a run that stops: rows are written
/// as they are found, so that memory does not grow with the corpus, and a run stopped by an error (exit code 2) has
/// already written some. Standard output then holds an incomplete output, JSON or SARIF cut off and not a valid
/// document; an output file (<c>-o</c>) is written whole or not at all.
/// </summary>
internal static class IncompleteOutput
{
    /// <summary>The paragraph of the help.</summary>
    /// <param name="streamed">What is streamed, as the sentence's subject ("With --per-document, CSV and JSON rows").</param>
    /// <param name="json">The formats that are then not a valid document ("JSON").</param>
    /// <returns>The paragraph, lines wrapped as the help's.</returns>
    public static string Note(string streamed, string json) =>
        $"""


        Incomplete output: {streamed} reach standard output as they are found,
        so that memory does not grow with the corpus. A run that stops with exit code 2 (a bad record
        without --skip-invalid, an input that cannot be read) leaves on standard output only what was
        written before the error, and {json} is then cut off, not a valid document: check the exit code
        before using the output. An output file (-o FILE) is written whole or not at all: after an error
        it is left as it was.
        """;
}
