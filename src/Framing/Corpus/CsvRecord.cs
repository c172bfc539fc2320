namespace Framing.Corpus;

/// <summary>One record (row) of a CSV file as split by <see cref="CsvRecordReader"/>, before any field checks.</summary>
/// <param name="Line">The 1-based line where the record starts.</param>
/// <param name="Fields">The record's fields, unquoted.</param>
/// <param name="Error">A syntax error that makes the record unusable (for example an unterminated quoted field), or null.</param>
/// <param name="InvalidUtf8Line">The first line of the record that is not valid UTF-8, or 0 when the record decoded cleanly.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error, int InvalidUtf8Line)
{
    /// <summary>Whether the record is longer than the limit (then <see cref="Error"/> says so and it has no fields).</summary>
    internal bool IsTooLong { get; init; }

    /// <summary>
    /// The reason the record cannot be used regardless of its content, or null: a syntax error, invalid UTF-8, or a
    /// field count different from <paramref name="expectedFields"/>.
    /// </summary>
    /// <param name="expectedFields">The number of columns in the header.</param>
    /// <returns>The one-line reason, or null.</returns>
    internal string? StructuralError(int expectedFields)
    {
        if (Error is not null)
        {
            return Error;
        }

        if (InvalidUtf8Line != 0)
        {
            return InvalidUtf8Line == Line
                ? RecordMessages.InvalidUtf8
                : $"{RecordMessages.InvalidUtf8} (line {InvalidUtf8Line.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        }

        return Fields.Count != expectedFields ? RecordMessages.FieldCount(expectedFields, Fields.Count) : null;
    }
}
