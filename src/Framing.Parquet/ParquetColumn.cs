namespace Framing.Parquet;

/// <summary>A column of a table written by <see cref="ParquetTableWriter"/>.</summary>
/// <param name="Name">The column's name, as in the CSV header of the same table.</param>
/// <param name="Type">The column's type.</param>
public sealed record ParquetColumn(string Name, ParquetColumnType Type)
{
    /// <summary>The record's members as the compiler prints them (<c>ParquetColumn { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ParquetColumn), PrintMembers);
}
