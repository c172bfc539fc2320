using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Statistics.Comparisons;

/// <summary>
/// Compares groups (outlets) on every dimension and composite index of a lexicon: score differences with bootstrap
/// intervals and permutation p-values, tests on pole counts, effect sizes, an omnibus test per dimension, and p-values
/// adjusted across every comparison of the run. See <see cref="ComparisonRow"/> for each figure.
/// </summary>
internal static partial class GroupComparer
{
    /// <summary>Runs the comparisons.</summary>
    /// <param name="lexicon">The lexicon the corpus was scored with.</param>
    /// <param name="tally">The corpus tally, with bootstrap replicates for difference intervals.</param>
    /// <param name="documents">Per-document pole weights, for the permutation tests (same voices as <paramref name="options"/>).</param>
    /// <param name="options">Options.</param>
    /// <param name="cancellationToken">Stops the comparisons between two pairs, or between two permutations of a pair.</param>
    /// <returns>Rows: per dimension (lexicon order, then composites), the pair or vs-rest rows, then the omnibus row.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<ComparisonRow> Compare(Lexicon lexicon, CorpusTally tally, DocumentPoleWeights documents, ComparisonOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        if (documents.Voices != options.Voices)
        {
            throw new ArgumentException("the document weights count other voices than the options", nameof(documents));
        }

        var groups = tally.Groups.ToList();
        var pairs = Pairs(groups, options);
        var rows = new List<ComparisonRow>();
        var comparisonIndex = 0UL;
        foreach (var axis in lexicon.Axes)
        {
            var target = axis.Id;
            foreach (var (first, second) in pairs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var seed = options.Seed ^ (0x9E3779B97F4A7C15UL * ++comparisonIndex);
                rows.Add(ComparePair(target, axis, first, second, documents, options, seed, cancellationToken));
            }

            rows.Add(Omnibus(target, axis, groups, options.Voices));
        }

        return Adjust(rows, options.Adjustment);
    }
}
