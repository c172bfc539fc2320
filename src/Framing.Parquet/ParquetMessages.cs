using System.Globalization;

namespace Framing.Parquet;

/// <summary>The one-line messages of the Parquet reader, worded as the core readers word theirs (without any front end's option names: remedies are <see cref="DiagnosticHint"/>s).</summary>
internal static class ParquetMessages
{
    internal const string NoSuchFile = "no such file or directory";
    internal const string EmptyText = "empty text";

    internal static string MissingColumn(string name, IEnumerable<string> columns) =>
        $"missing column \"{name}\" (the file has {Framing.Corpus.RecordMessages.Columns([.. columns])})";

    internal static string NotAStringColumn(string name, string type) =>
        $"column \"{name}\" is not a string column (it holds {type})";

    internal static string NotAScalarColumn(string name, string kind) =>
        $"column \"{name}\" is a {kind}, not a column of single values";

    internal static string UnsupportedColumn(string name, string type) =>
        $"column \"{name}\" holds {type}, which cannot be read as text";

    internal static string NullField(string name) => $"field \"{name}\" is null";

    internal static string InvalidUtf8(string name) => $"invalid UTF-8 in column \"{name}\"";

    internal static string NotParquet(string reason) => "not a Parquet file (" + OneLine(reason) + ")";

    internal static string RowGroup(int index, long firstRow, long rows, string column, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"row group {index + 1} (rows {firstRow + 1}-{firstRow + rows}): cannot read column \"{column}\": {OneLine(reason)}");

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
