using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Statistics.Comparisons;

/// <summary>
/// The per-document pole weights that a permutation test needs: for every document with at least one pole match,
/// its group, its weights (in thousandths) of pole A and pole B on each dimension, for the selected voices, and its key
/// (of its group, id and text, as the bootstrap keys its weights: <see cref="PoissonResampling.KeyOf(string, Document, ReadOnlySpan{char})"/>),
/// from which each permutation draws the document's place, so the test does not depend on the order documents come in,
/// and two documents of a group with one id but different texts draw their places independently. Documents without matches are only counted (they carry no
/// weight, so permuting them changes nothing but group sizes). Each group's documents are packed
/// (<see cref="PackedPoleWeights"/>): only nonzero weights are kept, as 32-bit integers where they fit (every weight
/// exactly).
/// </summary>
/// <remarks>
/// Memory per document with matches: 8 bytes for the key, 4 for the mask of its nonzero weights (up to 16 dimensions)
/// and 4 per nonzero weight (12 for one beyond 32 bits), in chunks that never move, plus the unused tail of each
/// group's last chunks. Measured with <c>syria-conflict</c> (8 dimensions) on the 100 MiB benchmark corpus
/// bench100.jsonl (24,173 documents, 24,172 with matches, 5.93 nonzero weights each on average), scoring it as
/// <c>framing compare bench100.jsonl --lexicon syria-conflict</c> does and reading <see cref="AllocatedBytes"/>:
/// 1,110,272 bytes, 45.9 per matched document (35.7 needed, the rest chunk tails; 40.0 on the same file four times,
/// 96,692 documents); each document's <c>long[16]</c>, its list slot and its key took 168 before. Not thread-safe:
/// documents are added by the one thread that consumes the scored documents, in order.
/// </remarks>
internal sealed class DocumentPoleWeights
{
    private readonly Dictionary<string, PackedPoleWeights> _byGroup = new(StringComparer.Ordinal);
    private readonly PackedPoleWeights _empty;
    private readonly long[] _document;

    /// <summary>Creates an empty collection.</summary>
    /// <param name="dimensionCount">Number of dimensions.</param>
    /// <param name="voices">Which voices the weights count.</param>
    public DocumentPoleWeights(int dimensionCount, VoiceSelection voices)
    {
        DimensionCount = dimensionCount;
        Voices = voices;
        _empty = new PackedPoleWeights(dimensionCount);
        _document = new long[2 * dimensionCount];
    }

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>Which voices the weights count.</summary>
    public VoiceSelection Voices { get; }

    /// <summary>Bytes of the chunks allocated for every group's weights and keys.</summary>
    public long AllocatedBytes => _byGroup.Values.Sum(g => g.AllocatedBytes);

    /// <summary>Adds a scored document.</summary>
    /// <param name="group">The document's group.</param>
    /// <param name="document">The document, with its text as scored (which with its group and id keys its place).</param>
    /// <param name="result">The document's result.</param>
    public void Add(string group, Document document, DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        var any = false;
        for (var d = 0; d < DimensionCount; d++)
        {
            var a = result.Counts.WeightMilli(d, PoleSide.A, Voices);
            var b = result.Counts.WeightMilli(d, PoleSide.B, Voices);
            _document[2 * d] = a;
            _document[(2 * d) + 1] = b;
            any |= a != 0 || b != 0;
        }

        if (!any)
        {
            return;
        }

        if (!_byGroup.TryGetValue(group, out var packed))
        {
            _byGroup[group] = packed = new PackedPoleWeights(DimensionCount);
        }

        packed.Add(PoissonResampling.KeyOf(group, document, document.Text), _document);
    }

    /// <summary>The groups that have documents with matches.</summary>
    public IEnumerable<string> Groups => _byGroup.Keys;

    /// <summary>The documents with matches of a group: their weights and their keys, in the order they were added.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The documents (none for a group without matches).</returns>
    public PackedPoleWeights Of(string group) => _byGroup.TryGetValue(group, out var packed) ? packed : _empty;
}
