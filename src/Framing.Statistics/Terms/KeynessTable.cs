using System.Globalization;

namespace Framing.Statistics.Terms;

/// <summary>
/// Every term of a target corpus compared with a reference corpus by one keyness measure, sorted from most key in the
/// target to most key in the reference: what <c>framing keyness</c> reports.
/// </summary>
/// <remarks>
/// <para>
/// Terms are plain strings compared ordinally, so words, n-grams and lexicon entries are handled alike. Each term is
/// scored on its own 2×2 table (its count against the corpus total), so the totals must count the positions where such
/// a term could occur: tokens for words, n-gram positions for n-grams. A term's count may not exceed its corpus total;
/// the counts need not sum to the totals (a dictionary may hold only the terms of interest).
/// </para>
/// <para>
/// Rows are sorted by statistic, largest first; NaN statistics come last. Equal statistics (common where a statistic
/// saturates: Fisher's odds ratio is infinite for every term the reference lacks and 0 for every term the target
/// lacks) are ordered by side and evidence, so that the table runs from the strongest target term to the strongest
/// reference term: terms leaning to the target (a positive log ratio) first, then those leaning to neither, then those
/// leaning to the reference; toward the target, the smaller p-value first, then the larger target count; toward the
/// reference, the larger p-value first, then the smaller reference count. Remaining ties are broken by term in ordinal
/// order, so the order never depends on dictionary order, document order or culture.
/// </para>
/// </remarks>
public sealed class KeynessTable : IEquatable<KeynessTable>
{
    private KeynessTable(KeynessMeasure measure, KeynessOptions options, long targetTotal, long referenceTotal, IReadOnlyList<KeynessRow> rows)
    {
        Measure = measure;
        Options = options;
        TargetTotal = targetTotal;
        ReferenceTotal = referenceTotal;
        Rows = ReadOnlyLists.Of(rows);
    }

    /// <summary>Whether two tables hold the same measure, options, totals and rows (element by element), as a record's
    /// equality would: a <see cref="Framing.Verbs.KeynessResult"/> compares its table by value.</summary>
    /// <param name="other">The other table.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(KeynessTable? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Measure == other.Measure && Options == other.Options && TargetTotal == other.TargetTotal && ReferenceTotal == other.ReferenceTotal
                && Rows.SequenceEqual(other.Rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KeynessTable);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Measure, Options, TargetTotal, ReferenceTotal, Rows.Count, Rows.Count > 0 ? Rows[0] : null);

    /// <summary>The measure by which the rows are scored and sorted.</summary>
    public KeynessMeasure Measure { get; }

    /// <summary>The options used.</summary>
    public KeynessOptions Options { get; }

    /// <summary>The target corpus total.</summary>
    public long TargetTotal { get; }

    /// <summary>The reference corpus total.</summary>
    public long ReferenceTotal { get; }

    /// <summary>One row per term present in either dictionary, sorted by statistic descending, equal statistics by
    /// evidence, then by term (ordinal): see the remarks.</summary>
    public IReadOnlyList<KeynessRow> Rows { get; }

    /// <summary>Scores every term of <paramref name="target"/> and <paramref name="reference"/>.</summary>
    /// <param name="target">Term → count in the target corpus (counts ≥ 0). Terms missing from one dictionary count 0 there.</param>
    /// <param name="reference">Term → count in the reference corpus.</param>
    /// <param name="targetTotal">The target's total (&gt; 0): tokens, or n-gram positions for n-grams.</param>
    /// <param name="referenceTotal">The reference's total (&gt; 0).</param>
    /// <param name="measure">The statistic to score and sort by.</param>
    /// <param name="options">Options, or null for <see cref="KeynessOptions.Default"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A count is negative or exceeds its total, a total is not positive, or the prior does not fit.</exception>

    internal static KeynessTable Compute(IReadOnlyDictionary<string, long> target, IReadOnlyDictionary<string, long> reference, long targetTotal, long referenceTotal, KeynessMeasure measure, KeynessOptions? options = null) =>
        ComputeWith(target, reference, targetTotal, referenceTotal, measure, options, ContingencyFisherExactTest.Instance);

    /// <summary>As <see cref="Compute"/>, with the given implementation of Fisher's exact test.</summary>
    internal static KeynessTable ComputeWith(IReadOnlyDictionary<string, long> target, IReadOnlyDictionary<string, long> reference, long targetTotal, long referenceTotal, KeynessMeasure measure, KeynessOptions? options, IFisherExactTest fisher)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetTotal, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(referenceTotal, 1);
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure));
        }

        options ??= KeynessOptions.Default;
        Framing.Verbs.RequestRanges.NotNull(options.LogOddsPrior, "options.LogOddsPrior", nameof(options));

        var counts = new Dictionary<string, (long Target, long Reference)>(StringComparer.Ordinal);
        foreach (var (term, count) in target)
        {
            Check(term, count, targetTotal, nameof(target));
            counts[term] = (count, 0);
        }

        foreach (var (term, count) in reference)
        {
            Check(term, count, referenceTotal, nameof(reference));
            counts[term] = (counts.TryGetValue(term, out var existing) ? existing.Target : 0, count);
        }

        var prior = measure == KeynessMeasure.LogOdds ? options.LogOddsPrior.Resolve(counts.Count, targetTotal, referenceTotal) : default;
        var rows = new List<KeynessRow>(counts.Count);
        foreach (var (term, (a, b)) in counts)
        {
            var score = measure switch
            {
                KeynessMeasure.LogOdds => LogOdds(term, a, b),
                KeynessMeasure.Chi2 => Keyness.Chi2(a, b, targetTotal, referenceTotal, options.Correction),
                KeynessMeasure.G2 => Keyness.G2(a, b, targetTotal, referenceTotal, options.Correction),
                KeynessMeasure.Pmi => new KeynessScore(Keyness.Pmi(a, b, targetTotal, referenceTotal), double.NaN),
                KeynessMeasure.Fisher => Keyness.Fisher(a, b, targetTotal, referenceTotal, fisher),
                _ => new KeynessScore(Terms.LogRatio.Compute(a, b, targetTotal, referenceTotal), double.NaN),
            };
            rows.Add(new KeynessRow(term, a, b, score.Statistic, score.PValue, Terms.LogRatio.Compute(a, b, targetTotal, referenceTotal)));
        }

        rows.Sort(CompareRows);
        return new KeynessTable(measure, options, targetTotal, referenceTotal, rows.AsReadOnly());

        KeynessScore LogOdds(string term, long a, long b)
        {
            var result = LogOddsRatio.Compute(a, b, targetTotal, referenceTotal, prior.AlphaW(term, a, b), prior.Alpha0, options.LogOddsVariance);
            return new KeynessScore(result.Z, result.PValue);
        }
    }

    /// <summary>
    /// Statistic descending, NaN last; equal statistics by side (leaning to the target, to neither, to the reference),
    /// then by evidence within a side (see the class remarks): toward the target the stronger first, toward the reference
    /// the stronger last; then term in ordinal order. Each step is a key of its own, so the order is total and the table
    /// does not depend on the order the terms came in (a comparison by evidence only between rows of one side, and by
    /// term between rows of two sides, was not transitive, and the sort then followed the corpus's document order).
    /// </summary>
    private static int CompareRows(KeynessRow x, KeynessRow y)
    {
        var order = Compare(y.Statistic, x.Statistic, x.Statistic, y.Statistic);
        if (order != 0)
        {
            return order;
        }

        var side = Side(x);
        order = Side(y).CompareTo(side);
        if (order == 0 && side != 0)
        {
            var (first, second) = side > 0 ? (x, y) : (y, x); // toward the reference, the weaker evidence first
            order = PValueKey(first.PValue).CompareTo(PValueKey(second.PValue));
            if (order == 0)
            {
                order = side > 0 ? y.TargetCount.CompareTo(x.TargetCount) : x.ReferenceCount.CompareTo(y.ReferenceCount);
            }
        }

        return order != 0 ? order : string.CompareOrdinal(x.Term, y.Term);
    }

    /// <summary>A p-value as a sort key: a missing one (NaN) as the weakest evidence.</summary>
    private static double PValueKey(double p) => double.IsNaN(p) ? double.PositiveInfinity : p;

    /// <summary>1 when the term leans to the target, -1 to the reference, 0 when neither (or unknown).</summary>
    private static int Side(KeynessRow row) => row.LogRatio > 0 ? 1 : row.LogRatio < 0 ? -1 : 0;

    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/>, putting a row whose own value
    /// (<paramref name="xValue"/>, <paramref name="yValue"/>) is NaN last.</summary>
    private static int Compare(double first, double second, double xValue, double yValue)
    {
        var xNaN = double.IsNaN(xValue);
        var yNaN = double.IsNaN(yValue);
        return xNaN || yNaN ? xNaN.CompareTo(yNaN) : first.CompareTo(second);
    }

    private static void Check(string term, long count, long total, string name)
    {
        if (count < 0 || count > total)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The count of '{term}' ({count}) is not between 0 and the corpus total ({total})."), name);
        }
    }
}
