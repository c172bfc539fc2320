using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Statistics.Comparisons;

/// <summary>
/// The per-document pole weights that a permutation test needs: for every document with at least one pole match,
/// its group, its weights (in thousandths) of pole A and pole B on each dimension, for the selected voices, and the key
/// of its id (<see cref="PoissonResampling.KeyOf"/>), from which each permutation draws the document's place, so the
/// test does not depend on the order documents come in. Documents without matches are only counted (they carry no
/// weight, so permuting them changes nothing but group sizes). Memory: 16 bytes per dimension and 8 bytes for the key
/// per document with matches.
/// </summary>
internal sealed class DocumentPoleWeights
{
    private readonly Dictionary<string, List<long[]>> _byGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ulong>> _keysByGroup = new(StringComparer.Ordinal);

    /// <summary>Creates an empty collection.</summary>
    /// <param name="dimensionCount">Number of dimensions.</param>
    /// <param name="voices">Which voices the weights count.</param>
    public DocumentPoleWeights(int dimensionCount, VoiceSelection voices)
    {
        DimensionCount = dimensionCount;
        Voices = voices;
    }

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>Which voices the weights count.</summary>
    public VoiceSelection Voices { get; }

    /// <summary>Adds a scored document.</summary>
    /// <param name="group">The document's group.</param>
    /// <param name="document">The document's result.</param>
    public void Add(string group, DocumentResult document)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(document);
        long[]? weights = null;
        for (var d = 0; d < DimensionCount; d++)
        {
            var a = document.Counts.WeightMilli(d, PoleSide.A, Voices);
            var b = document.Counts.WeightMilli(d, PoleSide.B, Voices);
            if (a == 0 && b == 0)
            {
                continue;
            }

            weights ??= new long[DimensionCount * 2];
            weights[2 * d] = a;
            weights[(2 * d) + 1] = b;
        }

        if (weights is null)
        {
            return;
        }

        if (!_byGroup.TryGetValue(group, out var list))
        {
            _byGroup[group] = list = [];
            _keysByGroup[group] = [];
        }

        list.Add(weights);
        _keysByGroup[group].Add(PoissonResampling.KeyOf(document.Id));
    }

    /// <summary>The groups that have documents with matches.</summary>
    public IEnumerable<string> Groups => _byGroup.Keys;

    /// <summary>The weight vectors of the documents with matches in a group ([2d] = pole A, [2d + 1] = pole B).</summary>
    /// <param name="group">The group.</param>
    /// <returns>The vectors, in the order documents were added.</returns>
    public IReadOnlyList<long[]> Of(string group) => _byGroup.TryGetValue(group, out var list) ? list : [];

    /// <summary>The keys of the documents' ids (<see cref="PoissonResampling.KeyOf"/>), in the order of <see cref="Of"/>.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The keys.</returns>
    public IReadOnlyList<ulong> KeysOf(string group) => _keysByGroup.TryGetValue(group, out var list) ? list : [];
}
