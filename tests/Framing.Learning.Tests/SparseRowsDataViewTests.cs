using Microsoft.ML;
using Microsoft.ML.Data;

namespace Framing.Learning.Tests;

/// <summary>The data view that hands the learner its rows without reflection.</summary>
public sealed class SparseRowsDataViewTests
{
    private static readonly SparseRow[] Rows =
    [
        new([0, 3], [1f, 2f]),
        SparseRow.Empty,
        new([2], [5f]),
    ];

    private static readonly bool[] Labels = [true, false, true];

    [Fact]
    public void ItHasALabelAndAFixedSizeFeatureVector()
    {
        var view = new SparseRowsDataView(Rows, Labels, features: 4);
        Assert.Equal(3, view.GetRowCount());
        Assert.False(view.CanShuffle);
        Assert.Equal(BooleanDataViewType.Instance, view.Schema[SparseRowsDataView.LabelColumn].Type);
        var features = Assert.IsType<VectorDataViewType>(view.Schema[SparseRowsDataView.FeaturesColumn].Type);
        Assert.Equal(4, features.Size);
        Assert.Equal(NumberDataViewType.Single, features.ItemType);
    }

    [Fact]
    public void ACursorReadsEveryRowInOrder()
    {
        var view = new SparseRowsDataView(Rows, Labels, features: 4);
        using var cursor = view.GetRowCursor(view.Schema);
        var label = cursor.GetGetter<bool>(view.Schema[SparseRowsDataView.LabelColumn]);
        var features = cursor.GetGetter<VBuffer<float>>(view.Schema[SparseRowsDataView.FeaturesColumn]);
        var read = new List<(bool, float[])>();
        var buffer = default(VBuffer<float>);
        var isA = false;
        while (cursor.MoveNext())
        {
            label(ref isA);
            features(ref buffer);
            read.Add((isA, buffer.DenseValues().ToArray()));
        }

        Assert.False(cursor.MoveNext());
        Assert.Equal(3, read.Count);
        Assert.Equal([true, false, true], read.Select(r => r.Item1));
        Assert.Equal([1f, 0f, 0f, 2f], read[0].Item2);
        Assert.Equal([0f, 0f, 0f, 0f], read[1].Item2);
        Assert.Equal([0f, 0f, 5f, 0f], read[2].Item2);
    }

    [Fact]
    public void AGetterCopiesTheRowSoTheCallerCannotChangeIt()
    {
        var rows = new[] { new SparseRow([1], [3f]) };
        var buffer = FirstRowFeatures(new SparseRowsDataView(rows, [true], features: 2));
        var editor = VBufferEditor.CreateFromBuffer(ref buffer);
        editor.Values[0] = 99f;
        Assert.Equal(3f, rows[0].Values[0]);
    }

    [Fact]
    public void AGetterOfTheWrongTypeIsRefused()
    {
        var view = new SparseRowsDataView(Rows, Labels, features: 4);
        using var cursor = view.GetRowCursor(view.Schema);
        Assert.Throws<InvalidOperationException>(() => cursor.GetGetter<float>(view.Schema[SparseRowsDataView.LabelColumn]));
    }

    [Fact]
    public void ARowWithEveryFeatureIsReadDense()
    {
        var buffer = FirstRowFeatures(new SparseRowsDataView([new SparseRow([0, 1], [4f, 6f])], [false], features: 2));
        Assert.True(buffer.IsDense);
        Assert.Equal([4f, 6f], buffer.DenseValues());
    }

    [Fact]
    public void ARowWithSomeFeaturesIsReadSparse()
    {
        var buffer = FirstRowFeatures(new SparseRowsDataView(Rows, Labels, features: 4));
        Assert.False(buffer.IsDense);
        Assert.Equal([0, 3], buffer.GetIndices().ToArray());
        Assert.Equal([1f, 2f], buffer.GetValues().ToArray());
    }

    [Fact]
    public void ThePositionIsMinusOneBeforeTheFirstRowAndAfterTheLast()
    {
        var view = new SparseRowsDataView(Rows, Labels, features: 4);
        using var cursor = view.GetRowCursor(view.Schema);
        Assert.Equal(-1, cursor.Position);
        var positions = new List<long>();
        while (cursor.MoveNext())
        {
            positions.Add(cursor.Position);
        }

        Assert.Equal([0L, 1L, 2L], positions);
        Assert.Equal(-1, cursor.Position);
        Assert.False(cursor.MoveNext());
        Assert.Equal(-1, cursor.Position);
    }

    [Fact]
    public void AGetterCalledWithNoCurrentRowThrows()
    {
        var view = new SparseRowsDataView(Rows, Labels, features: 4);
        using var cursor = view.GetRowCursor(view.Schema);
        var label = cursor.GetGetter<bool>(view.Schema[SparseRowsDataView.LabelColumn]);
        var features = cursor.GetGetter<VBuffer<float>>(view.Schema[SparseRowsDataView.FeaturesColumn]);
        var id = cursor.GetIdGetter();
        var isA = false;
        var buffer = default(VBuffer<float>);
        var rowId = default(DataViewRowId);
        Assert.Throws<InvalidOperationException>(() => label(ref isA));
        Assert.Throws<InvalidOperationException>(() => features(ref buffer));
        Assert.Throws<InvalidOperationException>(() => id(ref rowId));
        while (cursor.MoveNext())
        {
            id(ref rowId);
        }

        Assert.Equal(new DataViewRowId(2, 0), rowId);
        Assert.Throws<InvalidOperationException>(() => label(ref isA));
        Assert.Throws<InvalidOperationException>(() => features(ref buffer));
        Assert.Throws<InvalidOperationException>(() => id(ref rowId));
    }

    [Fact]
    public void OnlyTheColumnsAskedForAreActive()
    {
        var view = new SparseRowsDataView(Rows, Labels, features: 4);
        var label = view.Schema[SparseRowsDataView.LabelColumn];
        var features = view.Schema[SparseRowsDataView.FeaturesColumn];
        using var cursor = view.GetRowCursor([features]);
        Assert.False(cursor.IsColumnActive(label));
        Assert.True(cursor.IsColumnActive(features));
        Assert.Throws<InvalidOperationException>(() => cursor.GetGetter<bool>(label));
        Assert.NotNull(cursor.GetGetter<VBuffer<float>>(features));
    }

    [Fact]
    public void ACursorSetReadsEveryRowOnce()
    {
        var view = new SparseRowsDataView(Rows, Labels, features: 4);
        var labels = new List<bool>();
        foreach (var cursor in view.GetRowCursorSet(view.Schema, n: 4))
        {
            using (cursor)
            {
                var label = cursor.GetGetter<bool>(view.Schema[SparseRowsDataView.LabelColumn]);
                var isA = false;
                while (cursor.MoveNext())
                {
                    label(ref isA);
                    labels.Add(isA);
                }
            }
        }

        Assert.Equal(Labels, labels);
    }

    [Fact]
    public void OneLabelPerRow() =>
        Assert.Throws<ArgumentException>(() => new SparseRowsDataView(Rows, [true], features: 4));

    [Fact]
    public void TheLearnerReadsIt()
    {
        // Feature 0 marks side A and feature 1 side B: the fitted weights say so.
        var rows = new List<SparseRow>();
        var labels = new List<bool>();
        for (var i = 0; i < 20; i++)
        {
            rows.Add(new SparseRow([i % 2], [1f]));
            labels.Add(i % 2 == 0);
        }

        var (weights, _) = LogisticFit.Fit(rows, labels, features: 2, LearningOptions.Default);
        Assert.True(weights[0] > 0, $"weight of the side-A feature: {weights[0]}");
        Assert.True(weights[1] < 0, $"weight of the side-B feature: {weights[1]}");
    }

    /// <summary>The feature vector a fresh cursor reads from the view's first row.</summary>
    private static VBuffer<float> FirstRowFeatures(SparseRowsDataView view)
    {
        using var cursor = view.GetRowCursor(view.Schema);
        var features = cursor.GetGetter<VBuffer<float>>(view.Schema[SparseRowsDataView.FeaturesColumn]);
        Assert.True(cursor.MoveNext());
        var buffer = default(VBuffer<float>);
        features(ref buffer);
        return buffer;
    }
}
