using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Framing.Lexicons;

namespace Framing.Scoring;

/// <summary>
/// The bootstrap replicates of one group: for each dimension, pole (A, B), voice and replicate, the sum of the
/// documents' pole weights (in thousandths) times their Poisson resampling weights. Integers, so the sums are exact
/// and independent of the order documents are added in; merging the sums of two parts of a corpus gives exactly the
/// sums of the whole.
/// </summary>
internal sealed class ReplicateSums
{
    private readonly long[] _sums;
    private readonly long[] _weights;
    private readonly int _voiceSlots;

    /// <summary>Creates empty sums.</summary>
    /// <param name="dimensionCount">Number of dimensions.</param>
    /// <param name="settings">Bootstrap settings.</param>
    public ReplicateSums(int dimensionCount, BootstrapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings.Validate();
        DimensionCount = dimensionCount;
        _voiceSlots = settings.PooledVoices is null ? FramingCounts.VoiceCount : 1;
        _sums = new long[dimensionCount * 2 * _voiceSlots * settings.Replicates];
        _weights = new long[settings.Replicates];
    }

    /// <summary>The settings.</summary>
    public BootstrapSettings Settings { get; }

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>Adds one document, given by its id and counts (documents without pole matches change nothing).</summary>
    /// <param name="id">The document's id, which keys its resampling weights.</param>
    /// <param name="counts">Its counts.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string id, FramingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(counts);
        var any = false;
        for (var d = 0; d < DimensionCount && !any; d++)
        {
            any = counts.WeightMilli(d, PoleSide.A) + counts.WeightMilli(d, PoleSide.B) > 0;
        }

        if (!any)
        {
            return;
        }

        PoissonResampling.Fill(Settings.Seed, PoissonResampling.KeyOf(id), _weights);

        var replicates = Settings.Replicates;
        var pooled = Settings.PooledVoices;
        for (var d = 0; d < DimensionCount; d++)
        {
            for (var side = 0; side < 2; side++)
            {
                for (var voice = 0; voice < _voiceSlots; voice++)
                {
                    var value = counts.WeightMilli(d, (PoleSide)side, pooled ?? VoiceSelections.Only((Voice)voice));
                    if (value == 0)
                    {
                        continue;
                    }

                    AddScaled(_sums.AsSpan(Offset(d, side, voice), replicates), _weights, value);
                }
            }
        }
    }

    /// <summary><see cref="AddScaled"/>, for tests.</summary>
    internal static void AddScaledForTest(Span<long> row, long[] weights, long value) => AddScaled(row, weights, value);

    /// <summary>row[b] += value × weights[b], vectorized (512 bits wide where the processor prefers it).</summary>
    // Unchecked loads and stores: the row and the weights are checked once, not at every vector.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddScaled(Span<long> row, long[] weights, long value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weights.Length, row.Length, nameof(weights));
        ref var sums = ref MemoryMarshal.GetReference(row);
        ref var draws = ref MemoryMarshal.GetArrayDataReference(weights);
        var length = (nuint)row.Length;
        nuint b = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var scale = Vector512.Create(value);
            for (; b + (nuint)Vector512<long>.Count <= length; b += (nuint)Vector512<long>.Count)
            {
                (Vector512.LoadUnsafe(ref sums, b) + (Vector512.LoadUnsafe(ref draws, b) * scale)).StoreUnsafe(ref sums, b);
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var scale = Vector256.Create(value);
            for (; b + (nuint)Vector256<long>.Count <= length; b += (nuint)Vector256<long>.Count)
            {
                (Vector256.LoadUnsafe(ref sums, b) + (Vector256.LoadUnsafe(ref draws, b) * scale)).StoreUnsafe(ref sums, b);
            }
        }

        for (; b < length; b++)
        {
            Unsafe.Add(ref sums, b) += value * Unsafe.Add(ref draws, b);
        }
    }

    public void Merge(ReplicateSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Settings != Settings || other.DimensionCount != DimensionCount)
        {
            throw new ArgumentException("bootstrap sums were computed with different settings or lexicons", nameof(other));
        }

        for (var i = 0; i < _sums.Length; i++)
        {
            _sums[i] += other._sums[i];
        }
    }

    /// <summary>The replicate scores of an axis (see <see cref="Scores(IReadOnlyList{ValueTuple{int, int}}, VoiceSelection)"/>).</summary>
    /// <param name="axis">The dimension or composite.</param>
    /// <param name="voices">Which voices count.</param>
    /// <returns>One score per replicate (NaN where undefined).</returns>
    public double[] Scores(ScoreAxis axis, VoiceSelection voices)
    {
        ArgumentNullException.ThrowIfNull(axis);
        return Scores([.. axis.Components.Select(c => (c.Dimension, c.Sign))], voices);
    }

    /// <summary>
    /// The replicate scores of a dimension or a signed combination of dimensions: for each replicate,
    /// (A − B) / (A + B) of the resampled pooled weights; NaN where a replicate has no weight.
    /// </summary>
    /// <param name="components">Dimension indices with their signs (+1, or −1 to swap the poles).</param>
    /// <param name="voices">Which voices count.</param>
    /// <returns>One score per replicate.</returns>
    /// <exception cref="InvalidOperationException">The sums pool other voices than <paramref name="voices"/>.</exception>
    public double[] Scores(IReadOnlyList<(int Dimension, int Sign)> components, VoiceSelection voices)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (Settings.PooledVoices is { } pooled && pooled != voices)
        {
            throw new InvalidOperationException($"the replicate sums pool the voices '{pooled.Name()}'; intervals for '{voices.Name()}' need per-voice sums (BootstrapSettings.PooledVoices = null)");
        }

        var replicates = Settings.Replicates;
        var a = new long[replicates];
        var b = new long[replicates];
        foreach (var (dimension, sign) in components)
        {
            for (var voice = 0; voice < _voiceSlots; voice++)
            {
                if (Settings.PooledVoices is null && !voices.Includes((Voice)voice))
                {
                    continue;
                }

                var (towardA, towardB) = sign > 0 ? (a, b) : (b, a);
                var rowA = _sums.AsSpan(Offset(dimension, 0, voice), replicates);
                var rowB = _sums.AsSpan(Offset(dimension, 1, voice), replicates);
                for (var r = 0; r < replicates; r++)
                {
                    towardA[r] += rowA[r];
                    towardB[r] += rowB[r];
                }
            }
        }

        var scores = new double[replicates];
        for (var r = 0; r < replicates; r++)
        {
            scores[r] = FramingScore.Score(a[r], b[r]) ?? double.NaN;
        }

        return scores;
    }

    /// <summary>The raw sums, for saving a mergeable state.</summary>
    /// <returns>A copy of the sums.</returns>
    internal long[] Export() => (long[])_sums.Clone();

    /// <summary>The raw sums, laid out as <see cref="Export"/>, without a copy (to read, not to keep: they change as documents are added).</summary>
    internal ReadOnlySpan<long> Sums => _sums;

    /// <summary>Adds raw sums laid out as <see cref="Export"/> (the inverse of exporting).</summary>
    /// <param name="sums">The sums.</param>
    internal void Import(IReadOnlyList<long> sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        if (sums.Count != _sums.Length)
        {
            throw new ArgumentException($"expected {_sums.Length} replicate sums", nameof(sums));
        }

        for (var i = 0; i < _sums.Length; i++)
        {
            _sums[i] += sums[i];
        }
    }

    private int Offset(int dimension, int side, int voice) => (((dimension * 2) + side) * _voiceSlots + voice) * Settings.Replicates;
}
