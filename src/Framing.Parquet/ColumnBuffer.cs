using global::Parquet;
using global::Parquet.Schema;

namespace Framing.Parquet;

/// <summary>The cells of one column waiting to be written as part of a row group.</summary>
internal abstract class ColumnBuffer
{
    internal static ColumnBuffer For(ParquetColumnType type, int capacity) => type switch
    {
        ParquetColumnType.String => new Strings(capacity),
        ParquetColumnType.Int64 => new Values<long>(capacity, cell => cell switch
        {
            long l => l,
            int i => i,
            _ => null,
        }),
        ParquetColumnType.Double => new Values<double>(capacity, cell => cell switch
        {
            double d => d,
            long l => l,
            int i => i,
            float f => f,
            decimal m => (double)m,
            _ => null,
        }),
        _ => new Values<bool>(capacity, cell => cell as bool?),
    };

    /// <summary>Adds a cell; false when it does not fit the column's type.</summary>
    internal abstract bool TryAdd(object? cell);

    internal abstract void RemoveLast();

    internal abstract void Clear();

    internal abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field);

    private sealed class Strings(int capacity) : ColumnBuffer
    {
        private readonly List<string?> _cells = new(capacity);

        internal override bool TryAdd(object? cell)
        {
            if (cell is not (null or string))
            {
                return false;
            }

            _cells.Add((string?)cell);
            return true;
        }

        internal override void RemoveLast() => _cells.RemoveAt(_cells.Count - 1);

        internal override void Clear() => _cells.Clear();

        internal override Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field) => rowGroup.WriteAsync(field, _cells!, null);
    }

    private sealed class Values<T>(int capacity, Func<object, T?> convert) : ColumnBuffer
        where T : struct
    {
        private T?[] _cells = new T?[capacity];
        private int _count;

        internal override bool TryAdd(object? cell)
        {
            T? value = null;
            if (cell is not null && (value = convert(cell)) is null)
            {
                return false;
            }

            if (_count == _cells.Length)
            {
                Array.Resize(ref _cells, _cells.Length * 2);
            }

            _cells[_count++] = value;
            return true;
        }

        internal override void RemoveLast() => _count--;

        internal override void Clear() => _count = 0;

        internal override Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field) =>
            rowGroup.WriteAsync<T>(field, new ReadOnlyMemory<T?>(_cells, 0, _count), null, null, default);
    }
}
