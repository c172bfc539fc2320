namespace Framing.Cli.Output;

/// <summary>The output formats of tabular commands.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned text table for terminals (Arabic wrapped in bidi isolates).</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header row; numbers culture-invariant.</summary>
    Csv,

    /// <summary>A JSON document with metadata and a <c>rows</c> array.</summary>
    Json,

    /// <summary>A GitHub-flavoured Markdown table.</summary>
    Markdown,

    /// <summary>A Parquet file with typed columns and the run's options as metadata (only with <c>--output</c>).</summary>
    Parquet,
}
