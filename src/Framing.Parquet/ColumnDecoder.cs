using System.Globalization;
using System.Numerics;
using global::Parquet;
using global::Parquet.Schema;

namespace Framing.Parquet;

/// <summary>
/// Reads one column of a row group as text: strings as they are, binary values as strict UTF-8, and every other
/// supported type formatted culture-invariantly (numbers as .NET's shortest round-trip text, booleans as
/// <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-dd</c>, timestamps as ISO 8601 with a <c>Z</c> when in UTC).
/// </summary>
internal sealed class ColumnDecoder
{
    private readonly Func<ParquetRowGroupReader, int, CancellationToken, Task<ColumnValues>> _read;

    private ColumnDecoder(DataField field, bool isText, string typeName, Func<ParquetRowGroupReader, int, CancellationToken, Task<ColumnValues>> read)
    {
        Field = field;
        IsText = isText;
        TypeName = typeName;
        _read = read;
    }

    /// <summary>The column.</summary>
    internal DataField Field { get; }

    /// <summary>The column's name.</summary>
    internal string Name => Field.Name;

    /// <summary>Whether the column holds strings or binary values (the only columns a document's text can come from).</summary>
    internal bool IsText { get; }

    /// <summary>What the column holds, for messages (for example <c>int64</c>).</summary>
    internal string TypeName { get; }

    /// <summary>A decoder for <paramref name="field"/>, or null when its type cannot be read as text (<paramref name="typeName"/> says what it is).</summary>
    internal static ColumnDecoder? Create(DataField field, out string typeName)
    {
        var type = field.ClrType;
        typeName = NameOf(field);
        if (type == typeof(ReadOnlyMemory<char>) || type == typeof(string))
        {
            return new ColumnDecoder(field, true, typeName, (rg, rows, ct) => ReadStrings(rg, field, rows, ct));
        }

        if (type == typeof(ReadOnlyMemory<byte>) || type == typeof(byte[]))
        {
            return new ColumnDecoder(field, true, typeName, (rg, rows, ct) => ReadBinary(rg, field, rows, ct));
        }

        var read = field is TimeDataField ? null : ReaderOf(field, type);
        return read is null ? null : new ColumnDecoder(field, false, typeName, read);
    }

    /// <summary>Reads the column of <paramref name="rowGroup"/>, which has <paramref name="rows"/> rows.</summary>
    internal Task<ColumnValues> ReadAsync(ParquetRowGroupReader rowGroup, int rows, CancellationToken cancellationToken) =>
        _read(rowGroup, rows, cancellationToken);

    private static Func<ParquetRowGroupReader, int, CancellationToken, Task<ColumnValues>>? ReaderOf(DataField field, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        var isDate = field is DateTimeDataField { DateTimeFormat: DateTimeFormat.Date };
        return type switch
        {
            _ when type == typeof(bool) => Struct<bool>(field, v => v ? "true" : "false"),
            _ when type == typeof(sbyte) => Struct<sbyte>(field, v => v.ToString(invariant)),
            _ when type == typeof(byte) => Struct<byte>(field, v => v.ToString(invariant)),
            _ when type == typeof(short) => Struct<short>(field, v => v.ToString(invariant)),
            _ when type == typeof(ushort) => Struct<ushort>(field, v => v.ToString(invariant)),
            _ when type == typeof(int) => Struct<int>(field, v => v.ToString(invariant)),
            _ when type == typeof(uint) => Struct<uint>(field, v => v.ToString(invariant)),
            _ when type == typeof(long) => Struct<long>(field, v => v.ToString(invariant)),
            _ when type == typeof(ulong) => Struct<ulong>(field, v => v.ToString(invariant)),
            _ when type == typeof(float) => Struct<float>(field, v => v.ToString(invariant)),
            _ when type == typeof(double) => Struct<double>(field, v => v.ToString(invariant)),
            _ when type == typeof(decimal) => Struct<decimal>(field, v => v.ToString(invariant)),
            _ when type == typeof(BigInteger) => Struct<BigInteger>(field, v => v.ToString(invariant)),
            _ when type == typeof(Guid) => Struct<Guid>(field, v => v.ToString("D", invariant)),
            _ when type == typeof(DateOnly) => Struct<DateOnly>(field, v => v.ToString("yyyy'-'MM'-'dd", invariant)),
            _ when type == typeof(TimeOnly) => Struct<TimeOnly>(field, v => v.ToString("HH':'mm':'ss.FFFFFFF", invariant)),
            _ when type == typeof(TimeSpan) => Struct<TimeSpan>(field, v => v.ToString("c", invariant)),
            _ when type == typeof(DateTime) && isDate => Struct<DateTime>(field, v => v.ToString("yyyy'-'MM'-'dd", invariant)),
            _ when type == typeof(DateTime) => Struct<DateTime>(field, v =>
                v.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF", invariant) + (v.Kind == DateTimeKind.Utc ? "Z" : string.Empty)),
            _ => null,
        };
    }

    private static Func<ParquetRowGroupReader, int, CancellationToken, Task<ColumnValues>> Struct<T>(DataField field, Func<T, string> format)
        where T : struct =>
        async (rowGroup, rows, cancellationToken) =>
        {
            var values = new T?[rows];
            await rowGroup.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            var text = new string?[rows];
            for (var i = 0; i < rows; i++)
            {
                if (values[i] is { } value)
                {
                    text[i] = format(value);
                }
            }

            return new ColumnValues(text, null);
        };

    private static async Task<ColumnValues> ReadStrings(ParquetRowGroupReader rowGroup, DataField field, int rows, CancellationToken cancellationToken)
    {
        var values = new string?[rows];
        await rowGroup.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        return new ColumnValues(values, null);
    }

    private static async Task<ColumnValues> ReadBinary(ParquetRowGroupReader rowGroup, DataField field, int rows, CancellationToken cancellationToken)
    {
        var bytes = new byte[]?[rows];
        await rowGroup.ReadAsync(field, bytes.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        var text = new string?[rows];
        bool[]? invalid = null;
        for (var i = 0; i < rows; i++)
        {
            if (bytes[i] is not { } value)
            {
                continue;
            }

            text[i] = Utf8Decoding.TryDecode(value);
            if (text[i] is null)
            {
                invalid ??= new bool[rows];
                invalid[i] = true;
            }
        }

        return new ColumnValues(text, invalid);
    }

    private static string NameOf(DataField field)
    {
        var type = field.ClrType;
        return field switch
        {
            TimeDataField => "times of day",
            DateTimeDataField { DateTimeFormat: DateTimeFormat.Date } => "dates",
            _ when type == typeof(ReadOnlyMemory<char>) || type == typeof(string) => "strings",
            _ when type == typeof(ReadOnlyMemory<byte>) || type == typeof(byte[]) => "binary values",
            _ when type == typeof(bool) => "booleans",
            _ when type == typeof(sbyte) => "int8",
            _ when type == typeof(byte) => "uint8",
            _ when type == typeof(short) => "int16",
            _ when type == typeof(ushort) => "uint16",
            _ when type == typeof(int) => "int32",
            _ when type == typeof(uint) => "uint32",
            _ when type == typeof(long) => "int64",
            _ when type == typeof(ulong) => "uint64",
            _ when type == typeof(float) => "float",
            _ when type == typeof(double) => "double",
            _ when type == typeof(decimal) => "decimal",
            _ when type == typeof(DateTime) => "timestamps",
            _ => type.Name,
        };
    }
}
