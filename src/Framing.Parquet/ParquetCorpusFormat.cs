using Framing.Corpus;

namespace Framing.Parquet;

/// <summary>
/// The Parquet corpus format for <see cref="CorpusReaderFactory"/>: named <c>parquet</c>, detected by the
/// <c>.parquet</c> extension, read by <see cref="ParquetCorpusReader"/>.
/// </summary>
/// <example><code>
/// var factory = new CorpusReaderFactory(new ParquetCorpusFormat());
/// var reader = factory.Create("articles.parquet");   // or factory.Create(path, "parquet")
/// </code></example>
public sealed class ParquetCorpusFormat : ICorpusFormatProvider
{
    /// <summary>The format's name, <c>parquet</c>.</summary>
    public const string FormatName = "parquet";

    /// <inheritdoc/>
    public string Name => FormatName;

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".parquet"];

    /// <inheritdoc/>
    public ICorpusReader Open(string path, CorpusReaderOptions options) => new ParquetCorpusReader(path, options);
}
