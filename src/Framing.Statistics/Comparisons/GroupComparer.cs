using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Contingency;
using Framing.Statistics.MultipleTesting;
using Framing.Statistics.Proportions;
using Framing.Statistics.Resampling;
using Framing.Statistics.Scores;

namespace Framing.Statistics.Comparisons;

/// <summary>
/// Compares groups (outlets) on every dimension and composite index of a lexicon: score differences with bootstrap
/// intervals and permutation p-values, tests on pole counts, effect sizes, an omnibus test per dimension, and p-values
/// adjusted across every comparison of the run. See <see cref="ComparisonRow"/> for each figure.
/// </summary>
public static class GroupComparer
{
    /// <summary>Runs the comparisons.</summary>
    /// <param name="lexicon">The lexicon the corpus was scored with.</param>
    /// <param name="tally">The corpus tally, with bootstrap replicates for difference intervals.</param>
    /// <param name="documents">Per-document pole weights, for the permutation tests (same voices as <paramref name="options"/>).</param>
    /// <param name="options">Options.</param>
    /// <returns>Rows: per dimension (lexicon order, then composites), the pair or vs-rest rows, then the omnibus row.</returns>
    public static IReadOnlyList<ComparisonRow> Compare(Lexicon lexicon, CorpusTally tally, DocumentPoleWeights documents, ComparisonOptions options)
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
                var seed = options.Seed ^ (0x9E3779B97F4A7C15UL * ++comparisonIndex);
                rows.Add(ComparePair(target, axis, first, second, documents, options, seed));
            }

            rows.Add(Omnibus(target, axis, groups, options.Voices));
        }

        return Adjust(rows, options.Adjustment);
    }

    private static List<(GroupTally First, GroupTally Second)> Pairs(List<GroupTally> groups, ComparisonOptions options)
    {
        var pairs = new List<(GroupTally, GroupTally)>();
        switch (options.Pairs)
        {
            case ComparisonPairs.All:
                for (var i = 0; i < groups.Count; i++)
                {
                    for (var j = i + 1; j < groups.Count; j++)
                    {
                        pairs.Add((groups[i], groups[j]));
                    }
                }

                break;
            case ComparisonPairs.VersusRest:
                foreach (var group in groups)
                {
                    pairs.Add((group, Rest(groups, group)));
                }

                break;
            default:
                var (a, b) = options.Pair ?? throw new ArgumentException("a pair of groups is needed", nameof(options));
                pairs.Add((Find(groups, a), Find(groups, b)));
                break;
        }

        return pairs;
    }

    private static GroupTally Find(List<GroupTally> groups, string name) =>
        groups.Find(g => string.Equals(g.Group, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"no group '{name}' in the corpus (groups: {string.Join(", ", groups.Select(g => g.Group))})");

    private static GroupTally Rest(List<GroupTally> groups, GroupTally except)
    {
        var dimensions = except.Counts.DimensionCount;
        var rest = new GroupTally(RestName(except.Group), dimensions, except.Replicates?.Settings);
        foreach (var g in groups)
        {
            if (!ReferenceEquals(g, except))
            {
                rest.Merge(g);
            }
        }

        return rest;
    }

    private static string RestName(string group) => "rest\u0000" + group;

    private static ComparisonRow ComparePair(string target, ScoreAxis axis, GroupTally g1, GroupTally g2, DocumentPoleWeights documents, ComparisonOptions options, ulong seed)
    {
        var isRest = g2.Group.StartsWith("rest\u0000", StringComparison.Ordinal);
        var (countA1, countB1, weightA1, weightB1) = Pool(g1.Counts, axis, options.Voices);
        var (countA2, countB2, weightA2, weightB2) = Pool(g2.Counts, axis, options.Voices);
        var score1 = FramingScore.Score(weightA1, weightB1);
        var score2 = FramingScore.Score(weightA2, weightB2);
        var notes = new List<string>();
        var row = new ComparisonRow
        {
            Dimension = target,
            Kind = isRest ? ComparisonKind.VersusRest : ComparisonKind.Pair,
            Group1 = g1.Group,
            Group2 = isRest ? "rest" : g2.Group,
            Documents1 = g1.Documents,
            Documents2 = g2.Documents,
            CountA1 = countA1,
            CountB1 = countB1,
            CountA2 = countA2,
            CountB2 = countB2,
            Score1 = score1,
            Score2 = score2,
            Difference = score1 - score2,
        };

        if (score1 is null || score2 is null)
        {
            notes.Add("a group has no matches");
        }
        else
        {
            if (g1.Replicates is { } r1 && g2.Replicates is { } r2)
            {
                if (g1.Documents < options.MinimumDocuments || g2.Documents < options.MinimumDocuments)
                {
                    notes.Add($"too few documents for an interval (< {options.MinimumDocuments})");
                }
                else
                {
                    var s1 = r1.Scores(axis, options.Voices);
                    var s2 = r2.Scores(axis, options.Voices);
                    var differences = new double[s1.Length];
                    for (var b = 0; b < s1.Length; b++)
                    {
                        differences[b] = s1[b] - s2[b];
                    }

                    var interval = BootstrapIntervals.Percentile(differences, score1.Value - score2.Value, options.ConfidenceLevel);
                    if (interval.Replicates >= ScoreIntervals.MinimumDefinedShare * differences.Length && double.IsFinite(interval.Lower))
                    {
                        row = row with { DifferenceLower = interval.Lower, DifferenceUpper = interval.Upper };
                    }
                    else
                    {
                        notes.Add("too few documents with matches for an interval");
                    }
                }
            }

            var units1 = DocumentSums(documents.Of(g1.Group), documents.KeysOf(g1.Group), axis);
            var units2 = isRest ? RestSums(documents, g1.Group, axis) : DocumentSums(documents.Of(g2.Group), documents.KeysOf(g2.Group), axis);
            var (_, p) = LabelPermutation.Test(units1, units2, g1.Documents, g2.Documents, options.Permutations, seed, options.MaxDegreeOfParallelism);
            row = row with { PPermutation = double.IsNaN(p) ? null : p };
        }

        row = CountTests(row, countA1, countB1, countA2, countB2, options.ConfidenceLevel, notes);
        return row with { Note = string.Join("; ", notes) };
    }

    private static ComparisonRow CountTests(ComparisonRow row, long a1, long b1, long a2, long b2, double confidence, List<string> notes)
    {
        if (a1 + b1 == 0 || a2 + b2 == 0 || a1 + a2 == 0 || b1 + b2 == 0)
        {
            notes.Add("count test needs matches of both poles and in both groups");
            return row;
        }

        var table = ContingencyTable.Of(a1, b1, a2, b2);
        var fisher = FisherExactTest.TwoSided(a1, b1, a2, b2, confidence);
        var small = false;
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                small |= table.Expected(i, j) < 5;
            }
        }

        var h = ProportionIntervals.CohensH(a1 / (double)(a1 + b1), a2 / (double)(a2 + b2));
        if (small)
        {
            return row with { CountTest = FisherResult.TestName, PCounts = fisher.PValue, CohensH = h, OddsRatio = fisher.OddsRatio, OddsRatioLower = fisher.Lower, OddsRatioUpper = fisher.Upper };
        }

        var chi = ChiSquareTest.Pearson(table, yates: true);
        return row with { CountTest = chi.Test, Statistic = chi.Statistic, DegreesOfFreedom = chi.DegreesOfFreedom, PCounts = chi.PValue, CohensH = h, OddsRatio = fisher.OddsRatio, OddsRatioLower = fisher.Lower, OddsRatioUpper = fisher.Upper };
    }

    private static ComparisonRow Omnibus(string target, ScoreAxis axis, List<GroupTally> groups, VoiceSelection voices)
    {
        var rows = new List<(long A, long B)>();
        long documents = 0;
        foreach (var g in groups)
        {
            var (a, b, _, _) = Pool(g.Counts, axis, voices);
            documents += g.Documents;
            if (a + b > 0)
            {
                rows.Add((a, b));
            }
        }

        var row = new ComparisonRow { Dimension = target, Kind = ComparisonKind.Omnibus, Group1 = "*", Group2 = string.Empty, Documents1 = documents };
        if (rows.Count < 2 || rows.All(r => r.A == 0) || rows.All(r => r.B == 0))
        {
            return row with { Note = "omnibus test needs at least two groups with matches and matches of both poles" };
        }

        var counts = new double[rows.Count, 2];
        for (var i = 0; i < rows.Count; i++)
        {
            counts[i, 0] = rows[i].A;
            counts[i, 1] = rows[i].B;
        }

        var table = new ContingencyTable(counts);
        var chi = ChiSquareTest.Pearson(table, yates: false);
        var note = rows.Count < groups.Count ? $"{groups.Count - rows.Count} group(s) without matches left out" : string.Empty;
        return row with { CountTest = chi.Test, Statistic = chi.Statistic, DegreesOfFreedom = chi.DegreesOfFreedom, PCounts = chi.PValue, CramersV = CramersV.Compute(table), Note = note };
    }

    private static (long CountA, long CountB, long WeightA, long WeightB) Pool(FramingCounts counts, ScoreAxis axis, VoiceSelection voices)
    {
        var p = axis.Pool(counts, voices);
        return (p.CountA, p.CountB, p.WeightAMilli, p.WeightBMilli);
    }

    private static PermutationUnit[] DocumentSums(IReadOnlyList<int[]> documents, IReadOnlyList<ulong> keys, ScoreAxis axis)
    {
        var units = new List<PermutationUnit>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var (sumA, sumB) = axis.Pool(documents[i]);

            if (sumA + sumB > 0)
            {
                units.Add(new PermutationUnit(keys[i], sumA, sumB));
            }
        }

        return [.. units];
    }

    private static PermutationUnit[] RestSums(DocumentPoleWeights documents, string except, ScoreAxis axis)
    {
        var all = new List<PermutationUnit>();
        foreach (var group in documents.Groups)
        {
            if (!string.Equals(group, except, StringComparison.Ordinal))
            {
                all.AddRange(DocumentSums(documents.Of(group), documents.KeysOf(group), axis));
            }
        }

        return [.. all];
    }

    private static List<ComparisonRow> Adjust(List<ComparisonRow> rows, PValueAdjustment method)
    {
        ComparisonRow[] result = [.. rows];
        AdjustWhere(result, r => r.Kind != ComparisonKind.Omnibus, r => r.PPermutation, (r, p) => r with { PPermutationAdjusted = p }, method);
        AdjustWhere(result, r => r.Kind != ComparisonKind.Omnibus, r => r.PCounts, (r, p) => r with { PCountsAdjusted = p }, method);
        AdjustWhere(result, r => r.Kind == ComparisonKind.Omnibus, r => r.PCounts, (r, p) => r with { PCountsAdjusted = p }, method);
        return [.. result];
    }

    private static void AdjustWhere(ComparisonRow[] rows, Func<ComparisonRow, bool> include, Func<ComparisonRow, double?> get, Func<ComparisonRow, double, ComparisonRow> set, PValueAdjustment method)
    {
        var indices = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < rows.Length; i++)
        {
            if (include(rows[i]) && get(rows[i]) is { } p)
            {
                indices.Add(i);
                values.Add(p);
            }
        }

        var adjusted = PValues.Adjust(values, method);
        for (var k = 0; k < indices.Count; k++)
        {
            rows[indices[k]] = set(rows[indices[k]], adjusted[k]);
        }
    }
}
