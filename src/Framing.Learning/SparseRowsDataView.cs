using Microsoft.ML;
using Microsoft.ML.Data;

namespace Framing.Learning;

/// <summary>
/// Labelled sparse rows as a Microsoft.ML data view with two columns, <c>Label</c> (Boolean) and <c>Features</c> (a
/// vector of <see cref="float"/> of fixed size), read in order by one cursor. Built directly on the data view
/// interfaces instead of <c>MLContext.Data.LoadFromEnumerable</c>, which maps a class's properties by reflection and
/// generates code at run time: the native build of the tool has neither.
/// </summary>
internal sealed class SparseRowsDataView : IDataView
{
    /// <summary>The label column's name.</summary>
    public const string LabelColumn = "Label";

    /// <summary>The feature column's name.</summary>
    public const string FeaturesColumn = "Features";

    private readonly IReadOnlyList<SparseRow> _rows;
    private readonly IReadOnlyList<bool> _labels;
    private readonly int _features;

    /// <summary>A view of <paramref name="rows"/>, labelled by <paramref name="labels"/>, with <paramref name="features"/> features.</summary>
    public SparseRowsDataView(IReadOnlyList<SparseRow> rows, IReadOnlyList<bool> labels, int features)
    {
        if (rows.Count != labels.Count)
        {
            throw new ArgumentException("one label per row", nameof(labels));
        }

        _rows = rows;
        _labels = labels;
        _features = features;
        var schema = new DataViewSchema.Builder();
        schema.AddColumn(LabelColumn, BooleanDataViewType.Instance);
        schema.AddColumn(FeaturesColumn, new VectorDataViewType(NumberDataViewType.Single, features));
        Schema = schema.ToSchema();
    }

    /// <inheritdoc />
    public bool CanShuffle => false;

    /// <inheritdoc />
    public DataViewSchema Schema { get; }

    /// <inheritdoc />
    public long? GetRowCount() => _rows.Count;

    /// <inheritdoc />
    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(this, columnsNeeded);

    /// <inheritdoc />
    /// <remarks>One cursor over every row, whatever <paramref name="n"/> (a recommendation only).</remarks>
    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [new Cursor(this, columnsNeeded)];

    /// <summary>
    /// Reads the rows in order. As Microsoft.ML's cursors do: <see cref="Position"/> is −1 before the first
    /// <see cref="MoveNext"/> and again once it has returned false; a getter called then throws an
    /// <see cref="InvalidOperationException"/>, and so does asking for the getter of a column that was not asked for.
    /// </summary>
    private sealed class Cursor : DataViewRowCursor
    {
        private readonly SparseRowsDataView _view;
        private readonly bool[] _active;
        private int _row = -1;
        private bool _done;

        public Cursor(SparseRowsDataView view, IEnumerable<DataViewSchema.Column> columnsNeeded)
        {
            _view = view;
            _active = new bool[view.Schema.Count];
            foreach (var column in columnsNeeded)
            {
                _active[CheckedIndex(column)] = true;
            }
        }

        public override DataViewSchema Schema => _view.Schema;

        public override long Position => _done ? -1 : _row;

        public override long Batch => 0;

        public override bool IsColumnActive(DataViewSchema.Column column) => _active[CheckedIndex(column)];

        public override bool MoveNext()
        {
            if (!_done && _row + 1 < _view._rows.Count)
            {
                _row++;
                return true;
            }

            _done = true;
            return false;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            (ref DataViewRowId value) => value = new DataViewRowId((ulong)CurrentRow(), 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (!IsColumnActive(column))
            {
                throw new InvalidOperationException($"column {column.Name} is not active in this cursor");
            }

            Delegate getter = column.Index == 0 ? (ValueGetter<bool>)GetLabel : (ValueGetter<VBuffer<float>>)GetFeatures;
            return getter as ValueGetter<TValue>
                ?? throw new InvalidOperationException($"column {column.Name} is not of type {typeof(TValue).Name}");
        }

        private void GetLabel(ref bool value) => value = _view._labels[CurrentRow()];

        /// <summary>
        /// Copies the row into the caller's buffers (which a getter may reuse), never sharing the row's arrays. A row
        /// with every feature is dense (no indices): its ascending indices are then 0 … n − 1.
        /// </summary>
        private void GetFeatures(ref VBuffer<float> value)
        {
            var row = _view._rows[CurrentRow()];
            var count = row.Indices.Length;
            var editor = VBufferEditor.Create(ref value, _view._features, count);
            row.Values.AsSpan(0, count).CopyTo(editor.Values);
            if (count < _view._features)
            {
                row.Indices.CopyTo(editor.Indices);
            }

            value = editor.Commit();
        }

        private int CurrentRow() => _row >= 0 && !_done
            ? _row
            : throw new InvalidOperationException("no current row: MoveNext has not been called, or has returned false");

        private int CheckedIndex(DataViewSchema.Column column) =>
            column.Index >= 0 && column.Index < _view.Schema.Count && _view.Schema[column.Index].Name == column.Name
                ? column.Index
                : throw new ArgumentOutOfRangeException(nameof(column), $"column {column.Name} is not in this data view");
    }
}
