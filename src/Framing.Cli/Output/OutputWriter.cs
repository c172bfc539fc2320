namespace Framing.Cli.Output;

/// <summary>Writes tabular data in the chosen format to the command's output.</summary>
internal static class OutputWriter
{
    /// <summary>The values of every command's <c>--format</c> option for tabular output.</summary>
    public static readonly string[] FormatNames = ["table", "csv", "json", "markdown", "parquet"];

    public static OutputFormat ParseFormat(string? text) => text switch
    {
        null or "table" => OutputFormat.Table,
        "csv" => OutputFormat.Csv,
        "json" => OutputFormat.Json,
        "markdown" or "md" => OutputFormat.Markdown,
        "parquet" => OutputFormat.Parquet,
        _ => throw new Arguments.UsageException($"unknown format '{text}': expected table, csv, json, markdown or parquet"),
    };

    public static void Write(CliContext context, OutputFormat format, TabularData data)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                CsvOutput.Write(context.Out, data);
                break;
            case OutputFormat.Json:
                context.Out.Flush();
                JsonOutput.Write(context.OutStream, data);
                break;
            case OutputFormat.Markdown:
                MarkdownOutput.Write(context.Out, data);
                break;
            case OutputFormat.Parquet:
                ParquetOutput.Write(context, data);
                break;
            default:
                TableOutput.Write(context.Out, data);
                break;
        }

        context.Out.Flush();
    }
}
