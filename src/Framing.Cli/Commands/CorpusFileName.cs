namespace Framing.Cli.Commands;

/// <summary>
/// A corpus's file name, as a known-leanings table's <c>corpus</c> column and a written lexicon's notes name it: the
/// last part of the path, a folder's name too when the path ends with a separator (<c>articles/</c>, as shell
/// completion writes a folder, is <c>articles</c>, not the empty name).
/// </summary>
internal static class CorpusFileName
{
    /// <summary>The file or folder name of <paramref name="corpus"/> (<c>-</c> for standard input).</summary>
    public static string Of(string corpus) => Path.GetFileName(Path.TrimEndingDirectorySeparator(corpus)) is { Length: > 0 } name ? name : corpus;
}
