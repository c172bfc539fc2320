using Framing.Cli.Arguments;
using Framing.Cli.Commands;
using Framing.Parquet;

namespace Framing.Cli.Output;

/// <summary>
/// <c>--format parquet</c>: a table as a Parquet file with the CSV's column names, typed columns (see
/// <see cref="ParquetColumnTypes"/>), nulls where the CSV is empty, and the run's options as metadata (see
/// <see cref="ParquetMetadata"/>). Parquet is binary: it is written only to a file given with <c>--output</c>.
/// </summary>
internal static class ParquetOutput
{
    /// <summary>Refuses <c>--format parquet</c> without <c>--output</c>, before any work is done.</summary>
    /// <exception cref="UsageException">Parquet would go to standard output.</exception>
    public static void CheckDestination(ParsedArguments args)
    {
        if (args.Text(SharedOptions.Format) == "parquet" && args.Text(SharedOptions.Output) is null or "-" && Array.Exists(args.Spec.Options, o => o.Name == SharedOptions.Output.Name))
        {
            throw new UsageException($"--format parquet writes a binary file: name it with --output FILE (e.g. 'framing {args.Spec.Name} … --format parquet -o results.parquet'); Parquet is never written to standard output");
        }
    }

    /// <summary>Writes a whole table.</summary>
    public static void Write(CliContext context, TabularData data)
    {
        var types = ParquetColumnTypes.Resolve(data.Columns, data.Rows);
        using var sink = new ParquetRowSink(context, data.Columns, types);
        foreach (var row in data.Rows)
        {
            sink.Add(row);
        }

        sink.Complete(data.Metadata);
    }
}
