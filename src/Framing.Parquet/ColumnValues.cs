namespace Framing.Parquet;

/// <summary>One column of one row group as text: a value per row (null where the column is null).</summary>
/// <param name="Values">The values, one per row.</param>
/// <param name="InvalidUtf8">For binary columns, which rows hold bytes that are not UTF-8 (their value is null); else null.</param>
internal sealed record ColumnValues(string?[] Values, bool[]? InvalidUtf8)
{
    /// <summary>Whether row <paramref name="row"/> holds invalid UTF-8.</summary>
    internal bool IsInvalid(int row) => InvalidUtf8 is { } invalid && invalid[row];
}
