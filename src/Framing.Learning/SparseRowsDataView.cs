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
    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    /// <inheritdoc />
    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    /// <summary>Reads the rows in order.</summary>
    private sealed class Cursor(SparseRowsDataView view) : DataViewRowCursor
    {
        private int _position = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override bool MoveNext()
        {
            if (_position < view._rows.Count)
            {
                _position++;
            }

            return _position < view._rows.Count;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            (ref DataViewRowId value) => value = new DataViewRowId((ulong)_position, 0);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            ValueGetter<bool> label = (ref bool value) => value = view._labels[_position];
            ValueGetter<VBuffer<float>> features = (ref VBuffer<float> value) =>
            {
                // Copied into the caller's buffers (which a getter may reuse), never shared with the rows.
                // A row with every feature is dense (no indices): its indices are then 0 … n − 1, in order.
                var row = view._rows[_position];
                var count = row.Indices.Length;
                var editor = VBufferEditor.Create(ref value, view._features, count);
                row.Values.AsSpan(0, count).CopyTo(editor.Values);
                if (count < view._features)
                {
                    row.Indices.CopyTo(editor.Indices);
                }

                value = editor.Commit();
            };
            Delegate getter = column.Index switch
            {
                0 => label,
                1 => features,
                _ => throw new ArgumentOutOfRangeException(nameof(column)),
            };
            return getter as ValueGetter<TValue>
                ?? throw new InvalidOperationException($"column {column.Name} is not of type {typeof(TValue).Name}");
        }
    }
}
