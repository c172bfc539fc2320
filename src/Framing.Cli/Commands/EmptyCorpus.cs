using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands;

/// <summary>
/// A corpus without a single document is an input error (exit code 2, <c>no documents in &lt;path&gt;</c>), so that a
/// CI job pointed at a wrong path or an empty export never goes green; <c>--allow-empty</c> accepts it for pipelines
/// that expect it.
/// </summary>
internal static class EmptyCorpus
{
    /// <summary>The option that accepts an empty corpus.</summary>
    public static FlagOption Spec { get; } = Option.Flag("allow-empty", "Accept a corpus without documents (empty results, exit 0) instead of failing with 'no documents in <corpus>' (exit 2).");

    /// <summary>The help of <c>--allow-empty</c> for a command that still needs <paramref name="needs"/> (exit 2 without them).</summary>
    public static string HelpNeeding(string needs) =>
        "Accept a corpus without documents instead of failing with 'no documents in <corpus>'; the command still needs " + needs + " (exit 2 without them).";

    /// <summary>The file extensions of corpora that a folder corpus (read as its .txt files) does not read.</summary>
    private static readonly string[] OtherCorpusExtensions = [".jsonl", ".ndjson", ".json", ".csv", ".tsv"];

    /// <summary>Fails unless documents were scored or <c>--allow-empty</c> is given.</summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="corpus">The corpus as the reader describes it (its path, or <c>-</c>).</param>
    /// <param name="documents">Documents read (accepted, whether or not they had matches).</param>
    /// <param name="rejected">Records rejected (with --skip-invalid).</param>
    /// <exception cref="InputException">No documents, and empty corpora are not allowed.</exception>
    public static void Check(ParsedArguments args, string corpus, long documents, long rejected)
    {
        if (documents == 0 && !args.IsSet(Spec))
        {
            throw new InputException(Message(corpus, rejected));
        }
    }

    /// <summary>The one-line error for a corpus without documents.</summary>
    internal static string Message(string corpus, long rejected)
    {
        var what = corpus == CorpusReaderFactory.StandardInput ? "- (standard input)" : corpus;
        string why;
        if (rejected > 0)
        {
            why = rejected == 1 ? ": its only record was rejected" : string.Create(CultureInfo.InvariantCulture, $": all {rejected} records were rejected");
        }
        else if (Directory.Exists(corpus))
        {
            why = FolderHint(corpus);
        }
        else
        {
            why = string.Empty;
        }

        return $"no documents in {what}{why} (use --allow-empty when an empty corpus is expected)";
    }

    /// <summary>What a folder without .txt files holds instead, when it holds other corpus files.</summary>
    private static string FolderHint(string folder)
    {
        List<string> others;
        try
        {
            others = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true })
                .Where(f => Array.Exists(OtherCorpusExtensions, e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }

        if (others.Count == 0)
        {
            return ": a folder corpus is its .txt files, and it has none";
        }

        var shown = string.Join(", ", others.Take(5)) + (others.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {others.Count - 5} more") : string.Empty);
        var example = Path.Join(folder, others[0]);
        return $": a folder corpus is its .txt files, and it has none, but it holds {shown}; "
            + $"give such a file as the corpus (e.g. {example}; --corpus-format jsonl, csv, tsv or manifest reads it when its extension does not say)";
    }
}
