namespace Framing.Parquet;

/// <summary>The decoded columns of one row group.</summary>
/// <param name="FirstRow">The 0-based position in the file of the row group's first row.</param>
/// <param name="Rows">The number of rows.</param>
/// <param name="Text">The text column, or null when it is streamed page by page instead.</param>
/// <param name="Fields">The field columns, as <see cref="CorpusColumns.Fields"/>.</param>
internal sealed record RowGroupData(long FirstRow, int Rows, ColumnValues? Text, ColumnValues[] Fields);
