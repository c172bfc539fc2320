using System.Runtime.CompilerServices;
using Framing.Lexicons;

namespace Framing.Scoring;

/// <summary>
/// Match counts and weights per dimension, side (pole A, pole B, neutral) and voice, and the counts of matches that do
/// not count for their pole: negated ones, off-target ones and those of documents out of the lexicon's scope (same
/// layout, no weights), with the number of such documents. Weights are kept in
/// thousandths as integers, so adding counts is exact and independent of order: merging the counts of two parts of a
/// corpus gives exactly the counts of the whole. Counts compare by value: the same dimensions and, in every slot, the same
/// counts, weights, negated, off-target and out-of-scope counts (so that two <see cref="DocumentResult"/>s of the same text are equal).
/// </summary>
public sealed class FramingCounts : IEquatable<FramingCounts>
{
    /// <summary>Number of voices tracked (<see cref="Voice"/>: editorial, quoted, attributed).</summary>
    internal const int VoiceCount = 3;

    private const int SideCount = 3;

    /// <summary>Number of figures of each kind (counts, weights...) per dimension: one per side and voice.</summary>
    internal const int SlotsPerDimension = SideCount * VoiceCount;

    private readonly long[] _counts;
    private readonly long[] _weights;
    private readonly long[] _negated;
    private readonly long[] _offTarget;
    private readonly long[] _outOfScope;
    private long _outOfScopeDocuments;

    /// <summary>Creates empty counts for <paramref name="dimensionCount"/> dimensions.</summary>
    /// <param name="dimensionCount">Number of dimensions.</param>
    internal FramingCounts(int dimensionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimensionCount);
        DimensionCount = dimensionCount;
        _counts = new long[dimensionCount * SideCount * VoiceCount];
        _weights = new long[_counts.Length];
        _negated = new long[_counts.Length];
        _offTarget = new long[_counts.Length];
        _outOfScope = new long[_counts.Length];
    }

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>Whether every count is zero.</summary>
    public bool IsEmpty =>
        Array.TrueForAll(_counts, static c => c == 0) && Array.TrueForAll(_negated, static c => c == 0) && Array.TrueForAll(_offTarget, static c => c == 0)
        && Array.TrueForAll(_outOfScope, static c => c == 0) && _outOfScopeDocuments == 0;

    /// <summary>
    /// Number of documents out of the lexicon's scope: documents of a language for which the lexicon lists scope words
    /// (<c>scope:</c>) that name none of them. Such a document's matches do not count; they are counted apart
    /// (<see cref="OutOfScopeCount"/>). 1 or 0 for one document's counts.
    /// </summary>
    public long OutOfScopeDocuments => _outOfScopeDocuments;

    /// <summary>Number of matches for a dimension and side in the selected voices.</summary>
    /// <param name="dimension">Dimension index (lexicon order).</param>
    /// <param name="side">Side.</param>
    /// <param name="voices">Voices to count.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dimension, side or voices are out of range.</exception>
    public long Count(int dimension, PoleSide side, VoiceSelection voices = VoiceSelection.All) => Sum(_counts, Checked(dimension, side), side, voices);

    /// <summary>Sum of match weights, in thousandths, for a dimension and side in the selected voices.</summary>
    /// <param name="dimension">Dimension index.</param>
    /// <param name="side">Side.</param>
    /// <param name="voices">Voices to count.</param>
    /// <returns>The weight sum in thousandths.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dimension, side or voices are out of range.</exception>
    public long WeightMilli(int dimension, PoleSide side, VoiceSelection voices = VoiceSelection.All) => Sum(_weights, Checked(dimension, side), side, voices);

    /// <summary>Number of negated matches (a negation word right before the label) for a dimension and side in the selected voices.</summary>
    /// <param name="dimension">Dimension index.</param>
    /// <param name="side">Side.</param>
    /// <param name="voices">Voices to count.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dimension, side or voices are out of range.</exception>
    public long NegatedCount(int dimension, PoleSide side, VoiceSelection voices = VoiceSelection.All) => Sum(_negated, Checked(dimension, side), side, voices);

    /// <summary>Number of off-target matches (aimed at an actor the target rule excludes) for a dimension and side in the selected voices.</summary>
    /// <param name="dimension">Dimension index.</param>
    /// <param name="side">Side.</param>
    /// <param name="voices">Voices to count.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dimension, side or voices are out of range.</exception>
    public long OffTargetCount(int dimension, PoleSide side, VoiceSelection voices = VoiceSelection.All) => Sum(_offTarget, Checked(dimension, side), side, voices);

    /// <summary>Number of matches of documents out of the lexicon's scope (see <see cref="OutOfScopeDocuments"/>) for a
    /// dimension and side in the selected voices: every match such a document holds, whether it would have counted, been
    /// negated or been off target.</summary>
    /// <param name="dimension">Dimension index.</param>
    /// <param name="side">Side.</param>
    /// <param name="voices">Voices to count.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The dimension, side or voices are out of range.</exception>
    public long OutOfScopeCount(int dimension, PoleSide side, VoiceSelection voices = VoiceSelection.All) => Sum(_outOfScope, Checked(dimension, side), side, voices);

    /// <summary>
    /// Marks the counts as those of one document out of the lexicon's scope: every match, counted, negated or off
    /// target, becomes an out-of-scope match, no weight remains, and one out-of-scope document is counted. For the
    /// counts of one document, made since the last <see cref="Clear"/>.
    /// </summary>
    internal void SetOutOfScope()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _outOfScope[i] += _counts[i] + _negated[i] + _offTarget[i];
        }

        Array.Clear(_counts);
        Array.Clear(_weights);
        Array.Clear(_negated);
        Array.Clear(_offTarget);
        _outOfScopeDocuments++;
    }

    /// <summary>Adds one negated match (it does not count for its pole).</summary>
    /// <param name="dimension">Dimension index.</param>
    /// <param name="side">Side of the entry.</param>
    /// <param name="voice">Voice.</param>
    internal void AddNegated(int dimension, PoleSide side, Voice voice) => _negated[Index(dimension, side, voice)]++;

    /// <summary>Adds one off-target match (it does not count for its pole).</summary>
    /// <param name="dimension">Dimension index.</param>
    /// <param name="side">Side of the entry.</param>
    /// <param name="voice">Voice.</param>
    internal void AddOffTarget(int dimension, PoleSide side, Voice voice) => _offTarget[Index(dimension, side, voice)]++;

    /// <summary>Adds one match.</summary>
    /// <param name="dimension">Dimension index.</param>
    /// <param name="side">Side.</param>
    /// <param name="voice">Voice.</param>
    /// <param name="weightMilli">Weight in thousandths.</param>
    internal void AddMatch(int dimension, PoleSide side, Voice voice, int weightMilli)
    {
        var i = Index(dimension, side, voice);
        _counts[i]++;
        _weights[i] += weightMilli;
    }

    /// <summary>Adds every count of <paramref name="other"/> to this one.</summary>
    /// <param name="other">Counts over the same dimensions.</param>
    [MethodImpl(HotPath.Compilation)]
    internal void Add(FramingCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.DimensionCount != DimensionCount)
        {
            throw new ArgumentException("counts are over different dimensions", nameof(other));
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
            _weights[i] += other._weights[i];
            _negated[i] += other._negated[i];
            _offTarget[i] += other._offTarget[i];
            _outOfScope[i] += other._outOfScope[i];
        }

        _outOfScopeDocuments += other._outOfScopeDocuments;
    }

    /// <summary>
    /// Adds every count of <paramref name="other"/> to this one, checking each sum: the counts of merged tallies, which
    /// may come from damaged or hand-edited state files (a document's counts, added by <see cref="Add(FramingCounts)"/>,
    /// cannot reach the limit).
    /// </summary>
    /// <param name="other">Counts over the same dimensions.</param>
    /// <exception cref="OverflowException">A sum exceeds a 64-bit count (this is then partly added to).</exception>
    internal void Merge(FramingCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.DimensionCount != DimensionCount)
        {
            throw new ArgumentException("counts are over different dimensions", nameof(other));
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] = checked(_counts[i] + other._counts[i]);
            _weights[i] = checked(_weights[i] + other._weights[i]);
            _negated[i] = checked(_negated[i] + other._negated[i]);
            _offTarget[i] = checked(_offTarget[i] + other._offTarget[i]);
            _outOfScope[i] = checked(_outOfScope[i] + other._outOfScope[i]);
        }

        _outOfScopeDocuments = checked(_outOfScopeDocuments + other._outOfScopeDocuments);
    }

    /// <summary>
    /// Whether every sum of these figures fits a 64-bit count: for counts, weights, negated, off-target and out-of-scope counts, the
    /// sum over every dimension, side and voice. Every figure is non-negative, so every figure output pools (a pole's
    /// voices, a composite's dimensions, both poles of a score) is at most that sum. Figures read from damaged or
    /// hand-edited states may each fit and still add up past it.
    /// </summary>
    /// <returns>Whether the sums fit.</returns>
    internal bool SumsFit() => SumFits(_counts) && SumFits(_weights) && SumFits(_negated) && SumFits(_offTarget) && SumFits(_outOfScope) && _outOfScopeDocuments >= 0;

    private static bool SumFits(long[] values)
    {
        var sum = 0L;
        foreach (var value in values)
        {
            if (value < 0 || value > long.MaxValue - sum)
            {
                return false;
            }

            sum += value;
        }

        return true;
    }

    /// <summary>Sets every count to zero.</summary>
    internal void Clear()
    {
        Array.Clear(_counts);
        Array.Clear(_weights);
        Array.Clear(_negated);
        Array.Clear(_offTarget);
        Array.Clear(_outOfScope);
        _outOfScopeDocuments = 0;
    }

    /// <summary>Whether <paramref name="other"/> holds the same counts: the same number of dimensions and, slot by slot,
    /// the same counts, weights, negated, off-target and out-of-scope counts, and as many out-of-scope documents.</summary>
    /// <param name="other">The other counts.</param>
    /// <returns>Whether the counts are equal.</returns>
    public bool Equals(FramingCounts? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && other.DimensionCount == DimensionCount
            && _counts.AsSpan().SequenceEqual(other._counts)
            && _weights.AsSpan().SequenceEqual(other._weights)
            && _negated.AsSpan().SequenceEqual(other._negated)
            && _offTarget.AsSpan().SequenceEqual(other._offTarget)
            && _outOfScope.AsSpan().SequenceEqual(other._outOfScope)
            && _outOfScopeDocuments == other._outOfScopeDocuments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FramingCounts);

    /// <summary>A hash of the counts, the same for equal counts.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(DimensionCount);
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_counts.AsSpan()));
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_weights.AsSpan()));
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_negated.AsSpan()));
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_offTarget.AsSpan()));
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_outOfScope.AsSpan()));
        hash.Add(_outOfScopeDocuments);
        return hash.ToHashCode();
    }

    /// <summary>Returns an independent copy.</summary>
    /// <returns>The copy.</returns>
    internal FramingCounts Clone()
    {
        var copy = new FramingCounts(DimensionCount);
        copy.Add(this);
        return copy;
    }

    /// <summary>The raw counts, for serialization: index = (dimension × 3 + side) × <see cref="VoiceCount"/> + voice.</summary>
    /// <returns>A copy of the counts.</returns>
    internal long[] ExportCounts() => (long[])_counts.Clone();

    /// <summary>The raw weights in thousandths, laid out as <see cref="ExportCounts"/>.</summary>
    /// <returns>A copy of the weights.</returns>
    internal long[] ExportWeights() => (long[])_weights.Clone();

    /// <summary>The raw negated counts, laid out as <see cref="ExportCounts"/>.</summary>
    /// <returns>A copy of the negated counts.</returns>
    internal long[] ExportNegated() => (long[])_negated.Clone();

    /// <summary>The raw off-target counts, laid out as <see cref="ExportCounts"/>.</summary>
    /// <returns>A copy of the off-target counts.</returns>
    internal long[] ExportOffTarget() => (long[])_offTarget.Clone();

    /// <summary>The raw out-of-scope counts, laid out as <see cref="ExportCounts"/>.</summary>
    /// <returns>A copy of the out-of-scope counts.</returns>
    internal long[] ExportOutOfScope() => (long[])_outOfScope.Clone();

    /// <summary>Adds raw out-of-scope counts laid out as <see cref="ExportCounts"/> and a number of out-of-scope documents
    /// (the inverse of exporting them).</summary>
    /// <param name="outOfScope">Out-of-scope counts.</param>
    /// <param name="documents">Out-of-scope documents.</param>
    internal void ImportOutOfScope(IReadOnlyList<long> outOfScope, long documents)
    {
        ArgumentNullException.ThrowIfNull(outOfScope);
        if (outOfScope.Count != _outOfScope.Length)
        {
            throw new ArgumentException($"expected {_outOfScope.Length} out-of-scope counts");
        }

        for (var i = 0; i < _outOfScope.Length; i++)
        {
            _outOfScope[i] += outOfScope[i];
        }

        _outOfScopeDocuments += documents;
    }

    /// <summary>Adds raw counts, weights, negated and off-target counts laid out as <see cref="ExportCounts"/> (the inverse of exporting).</summary>
    /// <param name="counts">Counts.</param>
    /// <param name="weights">Weights in thousandths.</param>
    /// <param name="negated">Negated counts.</param>
    /// <param name="offTarget">Off-target counts.</param>
    internal void Import(IReadOnlyList<long> counts, IReadOnlyList<long> weights, IReadOnlyList<long> negated, IReadOnlyList<long> offTarget)
    {
        ArgumentNullException.ThrowIfNull(negated);
        ArgumentNullException.ThrowIfNull(offTarget);
        if (negated.Count != _negated.Length || offTarget.Count != _offTarget.Length)
        {
            throw new ArgumentException($"expected {_negated.Length} negated and off-target counts");
        }

        Import(counts, weights);
        for (var i = 0; i < _negated.Length; i++)
        {
            _negated[i] += negated[i];
            _offTarget[i] += offTarget[i];
        }
    }

    /// <summary>Adds raw counts and weights laid out as <see cref="ExportCounts"/> (the inverse of exporting).</summary>
    /// <param name="counts">Counts.</param>
    /// <param name="weights">Weights in thousandths.</param>
    internal void Import(IReadOnlyList<long> counts, IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(weights);
        if (counts.Count != _counts.Length || weights.Count != _weights.Length)
        {
            throw new ArgumentException($"expected {_counts.Length} counts and weights");
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += counts[i];
            _weights[i] += weights[i];
        }
    }

    /// <summary>The dimension, once it and the side are known to be in range (an index past them read another dimension's
    /// counts, or past the end).</summary>
    private int Checked(int dimension, PoleSide side)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(dimension, DimensionCount);
        if ((uint)side >= SideCount)
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "not a pole side");
        }

        return dimension;
    }

    private static int Index(int dimension, PoleSide side, Voice voice) => (((dimension * SideCount) + (int)side) * VoiceCount) + (int)voice;

    private static long Sum(long[] values, int dimension, PoleSide side, VoiceSelection voices)
    {
        if (voices == 0 || (voices & ~VoiceSelection.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(voices));
        }

        var sum = 0L;
        sum += (voices & VoiceSelection.Editorial) != 0 ? values[Index(dimension, side, Voice.Editorial)] : 0;
        sum += (voices & VoiceSelection.Quoted) != 0 ? values[Index(dimension, side, Voice.Quoted)] : 0;
        sum += (voices & VoiceSelection.Attributed) != 0 ? values[Index(dimension, side, Voice.Attributed)] : 0;
        return sum;
    }

    /// <summary>The counts of every dimension, all voices pooled, for a log or a debugger:
    /// <c>FramingCounts { [0] A 2, B 0, neutral 1; [1] A 0, B 1, neutral 0 }</c> (dimensions by index, as in the
    /// lexicon).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "FramingCounts { " + string.Join("; ", Enumerable.Range(0, DimensionCount).Select(d => string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"[{d}] A {Count(d, PoleSide.A)}, B {Count(d, PoleSide.B)}, neutral {Count(d, PoleSide.Neutral)}"))) + (DimensionCount > 0 ? " }" : "}");
}
