using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
    // Documents are added in batches of up to Batch: each document's draws (small integers, one byte each) and its
    // pole weights wait in the batch, and a full batch (or any read of the sums) adds them row by row, so that a row of
    // sums travels from the memory hierarchy once per batch instead of once per document that touches it.
    private const int Batch = 8;

    private readonly long[] _sums;
    private readonly byte[] _batchDraws; // the waiting documents' draws: document p's at [p × replicates, (p + 1) × replicates)
    private readonly long[] _batchValues; // their pole weights: document p's slot s at [p × slots + s]
    private readonly int _voiceSlots;
    private readonly int _slots;
    private int _waiting;

    /// <summary>Creates empty sums.</summary>
    /// <param name="dimensionCount">Number of dimensions.</param>
    /// <param name="settings">Bootstrap settings.</param>
    public ReplicateSums(int dimensionCount, BootstrapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings.Validate();
        DimensionCount = dimensionCount;
        _voiceSlots = settings.PooledVoices is null ? FramingCounts.VoiceCount : 1;
        _slots = dimensionCount * 2 * _voiceSlots;
        _sums = new long[_slots * settings.Replicates];
        _batchDraws = new byte[Batch * settings.Replicates];
        _batchValues = new long[Batch * _slots];
    }

    /// <summary>The settings.</summary>
    public BootstrapSettings Settings { get; }

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>Adds one document, given by its identity, id and counts (documents without pole matches change nothing).</summary>
    /// <param name="identity">The document's identity (of its group, own id and text), which with its id keys its
    /// resampling weights (<see cref="PoissonResampling.KeyOf(ulong, string)"/>).</param>
    /// <param name="id">The document's id.</param>
    /// <param name="counts">Its counts.</param>
    [MethodImpl(HotPath.Compilation)]
    public void Add(ulong identity, string id, FramingCounts counts)
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

        var values = _batchValues.AsSpan(_waiting * _slots, _slots);
        var pooled = Settings.PooledVoices;
        for (var d = 0; d < DimensionCount; d++)
        {
            for (var side = 0; side < 2; side++)
            {
                for (var voice = 0; voice < _voiceSlots; voice++)
                {
                    values[Slot(d, side, voice)] = counts.WeightMilli(d, (PoleSide)side, pooled ?? VoiceSelections.Only((Voice)voice));
                }
            }
        }

        PoissonResampling.Fill(Settings.Seed, PoissonResampling.KeyOf(identity, id), _batchDraws.AsSpan(_waiting * Settings.Replicates, Settings.Replicates));
        if (++_waiting == Batch)
        {
            AddWaiting();
        }
    }

    /// <summary>Adds the waiting documents to the sums, row by row (a row is read and written once per batch).</summary>
    // Every read of the sums calls this first. Under a lock, so that threads reading a finished tally at once (which
    // is safe: it is adding documents that is not) neither add a batch twice nor read it half added.
    [MethodImpl(HotPath.Compilation)]
    private void AddWaiting()
    {
        if (Volatile.Read(ref _waiting) == 0)
        {
            return;
        }

        lock (_batchDraws)
        {
            var replicates = Settings.Replicates;
            for (var slot = 0; slot < _slots; slot++)
            {
                var row = _sums.AsSpan(slot * replicates, replicates);
                for (var p = 0; p < _waiting; p++)
                {
                    var value = _batchValues[(p * _slots) + slot];
                    if (value != 0)
                    {
                        AddScaled(row, _batchDraws.AsSpan(p * replicates, replicates), value);
                    }
                }
            }

            Volatile.Write(ref _waiting, 0);
        }
    }

    /// <summary>The index of a dimension's pole and voice among the slots (a slot's row of sums starts at slot × replicates).</summary>
    private int Slot(int dimension, int side, int voice) => (((dimension * 2) + side) * _voiceSlots) + voice;

    /// <summary><see cref="AddScaled"/>, for tests.</summary>
    internal static void AddScaledForTest(Span<long> row, byte[] draws, long value) => AddScaled(row, draws, value);

    /// <summary>row[b] += value × draws[b], vectorized (512 bits wide where the processor has AVX-512).</summary>
    // Unchecked loads and stores: the row and the draws are checked once, not at every vector. A draw is widened from
    // its byte as it is loaded; where the value is below 2^32 (pole weights in thousandths always are), one unsigned
    // 32 × 32-bit multiplication per lane gives the exact 64-bit product (a draw is below 256), instead of the three a
    // 64-bit multiplication takes without AVX-512. Two vectors per step where the value is narrow: the loop's own
    // instructions (count, bound, branch) are nearly half of a one-vector step.
    [MethodImpl(HotPath.Compilation)]
    private static void AddScaled(Span<long> row, ReadOnlySpan<byte> draws, long value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(draws.Length, row.Length, nameof(draws));
        ref var sums = ref MemoryMarshal.GetReference(row);
        ref var weights = ref MemoryMarshal.GetReference(draws);
        var length = (nuint)row.Length;
        var narrow = (ulong)value <= uint.MaxValue;
        nuint b = 0;
        if (Avx512F.IsSupported && narrow)
        {
            var scale = Vector512.Create((ulong)value).AsUInt32();
            for (; b + 16 <= length; b += 16)
            {
                var drawn = Avx512F.ConvertToVector512Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref weights, b))).AsByte());
                var next = Avx512F.ConvertToVector512Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref weights, b + 8))).AsByte());
                (Vector512.LoadUnsafe(ref sums, b) + Avx512F.Multiply(drawn.AsUInt32(), scale).AsInt64()).StoreUnsafe(ref sums, b);
                (Vector512.LoadUnsafe(ref sums, b + 8) + Avx512F.Multiply(next.AsUInt32(), scale).AsInt64()).StoreUnsafe(ref sums, b + 8);
            }

            for (; b + 8 <= length; b += 8)
            {
                var drawn = Avx512F.ConvertToVector512Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref weights, b))).AsByte());
                (Vector512.LoadUnsafe(ref sums, b) + Avx512F.Multiply(drawn.AsUInt32(), scale).AsInt64()).StoreUnsafe(ref sums, b);
            }
        }

        if (Avx2.IsSupported)
        {
            if (narrow)
            {
                var scale = Vector256.Create((ulong)value).AsUInt32();
                for (; b + 8 <= length; b += 8)
                {
                    var drawn = Avx2.ConvertToVector256Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref weights, b))).AsByte());
                    var next = Avx2.ConvertToVector256Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref weights, b + 4))).AsByte());
                    (Vector256.LoadUnsafe(ref sums, b) + Avx2.Multiply(drawn.AsUInt32(), scale).AsInt64()).StoreUnsafe(ref sums, b);
                    (Vector256.LoadUnsafe(ref sums, b + 4) + Avx2.Multiply(next.AsUInt32(), scale).AsInt64()).StoreUnsafe(ref sums, b + 4);
                }

                for (; b + 4 <= length; b += 4)
                {
                    var drawn = Avx2.ConvertToVector256Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref weights, b))).AsByte());
                    (Vector256.LoadUnsafe(ref sums, b) + Avx2.Multiply(drawn.AsUInt32(), scale).AsInt64()).StoreUnsafe(ref sums, b);
                }
            }
            else
            {
                var scale = Vector256.Create(value);
                for (; b + 4 <= length; b += 4)
                {
                    var drawn = Avx2.ConvertToVector256Int64(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref weights, b))).AsByte());
                    (Vector256.LoadUnsafe(ref sums, b) + (drawn * scale)).StoreUnsafe(ref sums, b);
                }
            }
        }

        for (; b < length; b++)
        {
            Unsafe.Add(ref sums, b) += value * Unsafe.Add(ref weights, b);
        }
    }

    public void Merge(ReplicateSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Settings != Settings || other.DimensionCount != DimensionCount)
        {
            throw new ArgumentException("bootstrap sums were computed with different settings or lexicons", nameof(other));
        }

        AddWaiting();
        other.AddWaiting();

        for (var i = 0; i < _sums.Length; i++)
        {
            _sums[i] = checked(_sums[i] + other._sums[i]); // sums of merged states, which may be damaged or hand-edited
        }
    }

    /// <summary>
    /// Whether every sum of these sums fits a 64-bit count: for each replicate, the sum over every dimension, pole and
    /// voice, which bounds what an interval pools (a composite's dimensions, the voices, both poles). Sums read from
    /// damaged or hand-edited states may each fit and still add up past it.
    /// </summary>
    /// <returns>Whether the sums fit.</returns>
    internal bool SumsFit()
    {
        AddWaiting();
        var replicates = Settings.Replicates;
        var totals = new long[replicates];
        for (var slot = 0; slot < _slots; slot++)
        {
            var row = new ReadOnlySpan<long>(_sums, slot * replicates, replicates);
            for (var r = 0; r < replicates; r++)
            {
                if (row[r] < 0 || row[r] > long.MaxValue - totals[r])
                {
                    return false;
                }

                totals[r] += row[r];
            }
        }

        return true;
    }

    /// <summary>The replicate scores of an axis (see <see cref="Scores(IReadOnlyList{ValueTuple{int, int}}, VoiceSelection)"/>).</summary>
    /// <param name="axis">The dimension or composite.</param>
    /// <param name="voices">Which voices count.</param>
    /// <returns>One score per replicate (NaN where undefined).</returns>
    public double[] Scores(ScoreAxis axis, VoiceSelection voices)
    {
        ArgumentNullException.ThrowIfNull(axis);
        return ScoresOf(axis.ComponentArray, voices);
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
        var axis = new AxisComponent[components.Count];
        for (var i = 0; i < axis.Length; i++)
        {
            axis[i] = new AxisComponent(components[i].Dimension, components[i].Sign);
        }

        return ScoresOf(axis, voices);
    }

    // Over an array of AxisComponent, not a list of value tuples or a span: the framework's list and LINQ code over value types is
    // not precompiled in the installed tool, and compiling it at run time lengthened the output phase of every run.
    private double[] ScoresOf(AxisComponent[] components, VoiceSelection voices)
    {
        if (Settings.PooledVoices is { } pooled && pooled != voices)
        {
            throw new InvalidOperationException($"the replicate sums pool the voices '{pooled.Name()}'; intervals for '{voices.Name()}' need per-voice sums (BootstrapSettings.PooledVoices = null)");
        }

        AddWaiting();
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
                var rowA = new ReadOnlySpan<long>(_sums, Offset(dimension, 0, voice), replicates);
                var rowB = new ReadOnlySpan<long>(_sums, Offset(dimension, 1, voice), replicates);
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
    internal long[] Export()
    {
        AddWaiting();
        return (long[])_sums.Clone();
    }

    /// <summary>The raw sums, laid out as <see cref="Export"/>, without a copy (to read, not to keep: they change as documents are added).</summary>
    internal ReadOnlySpan<long> Sums
    {
        get
        {
            AddWaiting();
            return _sums;
        }
    }

    /// <summary>Adds raw sums laid out as <see cref="Export"/> (the inverse of exporting).</summary>
    /// <param name="sums">The sums.</param>
    internal void Import(IReadOnlyList<long> sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        if (sums.Count != _sums.Length)
        {
            throw new ArgumentException($"expected {_sums.Length} replicate sums", nameof(sums));
        }

        AddWaiting();

        for (var i = 0; i < _sums.Length; i++)
        {
            _sums[i] += sums[i];
        }
    }

    private int Offset(int dimension, int side, int voice) => Slot(dimension, side, voice) * Settings.Replicates;
}
