using Framing.Corpus;
using Framing.Parquet;

namespace Framing.Cli.Commands;

/// <summary>The corpus formats the tool reads: the library's built-in formats and Parquet.</summary>
internal static class CorpusFormats
{
    /// <summary>The factory every command opens corpora with (immutable).</summary>
    public static CorpusReaderFactory Factory { get; } = new(new ParquetCorpusFormat());
}
