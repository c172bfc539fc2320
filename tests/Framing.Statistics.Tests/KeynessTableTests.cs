using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

public sealed class KeynessTableTests
{
    // The comparison used throughout, in R (qk() is the transcription of quanteda's keyness in KeynessTests.cs):
    // terms <- c("regime","government","rebels","terrorists","army","tie-b","tie-a","militants","\u0642\u0648\u0627\u062a")
    // a <- c(30,10,5,0,12,3,3,0,7); b <- c(10,40,0,25,12,3,3,2,1); tN <- 5000; rN <- 20000
    // fw <- function(yi, yj, ni, nj, aw, a0) { d <- log((yi+aw)/(ni+a0-yi-aw)) - log((yj+aw)/(nj+a0-yj-aw))
    //   z <- d/sqrt(1/(yi+aw) + 1/(yj+aw)); c(z, 2*pnorm(-abs(z))) }
    // lr2 <- log2((pmax(a,0.5)/tN)/(pmax(b,0.5)/rN))
    // show <- function(stat, p) { o <- order(-stat, terms, method="radix"); data.frame(term=terms[o], stat=stat[o], p=p[o], lr=lr2[o]) }
    //   (method="radix" orders strings by bytes, i.e. ordinally)
    private const string Quwwat = "\u0642\u0648\u0627\u062a";

    private static readonly Dictionary<string, long> Target = new()
    {
        ["regime"] = 30, ["government"] = 10, ["rebels"] = 5, ["terrorists"] = 0, ["army"] = 12, ["tie-b"] = 3, ["tie-a"] = 3, [Quwwat] = 7,
    };

    private static readonly Dictionary<string, long> Reference = new()
    {
        ["regime"] = 10, ["government"] = 40, ["terrorists"] = 25, ["army"] = 12, ["tie-b"] = 3, ["tie-a"] = 3, ["militants"] = 2, [Quwwat] = 1,
    };

    private static readonly ToleranceComparer Tol = new(1e-10);

    [Fact]
    public void Chi2TableMatchesR()
    {
        // R: st <- sapply(seq_along(a), function(i) qk(a[i], b[i], tN, rN, "chi2")); show(st, pq(st))
        //    (government is exactly as frequent as expected: quanteda's -0)
        var table = KeynessTable.Compute(Target, Reference, 5000, 20000, KeynessMeasure.Chi2);
        AssertRows(
            table,
            ("regime", 30, 10, 75.7461939102564, 3.22572274057627e-18, 3.58496250072116),
            (Quwwat, 7, 1, 18.7638169214149, 1.479475598416e-05, 4.8073549220576),
            ("rebels", 5, 0, 15.3155631126225, 9.09640067430947e-05, 5.32192809488736),
            ("army", 12, 12, 11.7013374506193, 0.000624551907959931, 2),
            ("tie-a", 3, 3, 1.76083926809101, 0.18451986726525, 2),
            ("tie-b", 3, 3, 1.76083926809101, 0.18451986726525, 2),
            ("government", 10, 40, 0, 1, 0),
            ("militants", 0, 2, -0.500040003200256, 0.479482545656544, 0),
            ("terrorists", 0, 25, -6.25625625625626, 0.0123755455200788, -3.64385618977472));
        Assert.Equal(KeynessMeasure.Chi2, table.Measure);
        Assert.Equal(5000, table.TargetTotal);
        Assert.Equal(20000, table.ReferenceTotal);
    }

    [Fact]
    public void G2TableMatchesR()
    {
        // R: st <- sapply(seq_along(a), function(i) qk(a[i], b[i], tN, rN, "lr")); show(st, pq(st))
        //    (government: a = E, so only quanteda's 1e-9 inside the logarithms is left, with its sign -1)
        var table = KeynessTable.Compute(Target, Reference, 5000, 20000, KeynessMeasure.G2);
        AssertRows(
            table,
            ("regime", 30, 10, 56.1637119596054, 6.6680938226376e-14, 3.58496250072116),
            (Quwwat, 7, 1, 13.8769383665076, 0.000195178775240012, 4.8073549220576),
            ("rebels", 5, 0, 11.4603686782853, 0.00071096193666193, 5.32192809488736),
            ("army", 12, 12, 9.37756188680022, 0.00219657506122308, 2),
            ("tie-a", 3, 3, 1.45934785837967, 0.227033911798612, 2),
            ("tie-b", 3, 3, 1.45934785837967, 0.227033911798612, 2),
            ("government", 10, 40, -5.00000041120185e-05, 0.994358150947979, 0),
            ("militants", 0, 2, -0.892664206854453, 0.344756352916248, 0),
            ("terrorists", 0, 25, -11.1634822471851, 0.00083423189265798, -3.64385618977472));
    }

    [Fact]
    public void PmiTableMatchesR()
    {
        // R: st <- sapply(seq_along(a), function(i) qk(a[i], b[i], tN, rN, "pmi")); show(st, NA)
        //    (log(1e-9) for a term absent from the target; no p-value: quanteda's 1 - pchisq(|pmi|, 1) is not one)
        var table = KeynessTable.Compute(Target, Reference, 5000, 20000, KeynessMeasure.Pmi);
        AssertRows(
            table,
            ("rebels", 5, 0, 1.6094379126341, double.NaN, 5.32192809488736),
            (Quwwat, 7, 1, 1.47590652003815, double.NaN, 4.8073549220576),
            ("regime", 30, 10, 1.32175584024899, double.NaN, 3.58496250072116),
            ("army", 12, 12, 0.916290732274155, double.NaN, 2),
            ("tie-a", 3, 3, 0.916290732274155, double.NaN, 2),
            ("tie-b", 3, 3, 0.916290732274155, double.NaN, 2),
            ("government", 10, 40, 1.00000008224037e-09, double.NaN, 0),
            ("militants", 0, 2, -20.7232658369464, double.NaN, 0),
            ("terrorists", 0, 25, -20.7232658369464, double.NaN, -3.64385618977472));
    }

    [Fact]
    public void LogOddsTableWithTheDefaultUninformativePriorMatchesR()
    {
        // α_w = 0.01, V = 9 terms compared: R: lo <- sapply(seq_along(a), function(i) fw(a[i], b[i], tN, rN, 0.01, 0.01*9)); show(lo[1,], lo[2,])
        var table = KeynessTable.Compute(Target, Reference, 5000, 20000, KeynessMeasure.LogOdds);
        AssertRows(
            table,
            ("regime", 30, 10, 6.82129114607528, 9.02258714640113e-12, 3.58496250072116),
            ("army", 12, 12, 3.40151645567225, 0.000670130939185211, 2),
            (Quwwat, 7, 1, 3.12411393228789, 0.00178341386996084, 4.8073549220576),
            ("tie-a", 3, 3, 1.70122184410301, 0.0889013374782875, 2),
            ("tie-b", 3, 3, 1.70122184410301, 0.0889013374782875, 2),
            ("rebels", 5, 0, 0.75963115766024, 0.447475089369557, 5.32192809488736),
            ("government", 10, 40, 0.00208687290492255, 0.998334917537388, 0),
            ("militants", 0, 2, -0.390741467391345, 0.695988344201715, 0),
            ("terrorists", 0, 25, -0.643812736453837, 0.51969687370066, -3.64385618977472));
    }

    [Fact]
    public void LogOddsTableWithAPooledInformativePriorMatchesR()
    {
        // α₀ = 100, π_w = (a+b)/(tN+rN): R: lo2 <- sapply(seq_along(a), function(i) fw(a[i], b[i], tN, rN, 100*(a[i]+b[i])/(tN+rN), 100)); show(lo2[1,], lo2[2,])
        var options = KeynessOptions.Default with { LogOddsPrior = LogOddsPrior.Informative(100) };
        var table = KeynessTable.Compute(Target, Reference, 5000, 20000, KeynessMeasure.LogOdds, options);
        AssertRows(
            table,
            ("regime", 30, 10, 6.79536322558935, 1.08039974601569e-11, 3.58496250072116),
            ("army", 12, 12, 3.37719466900823, 0.00073229203660144, 2),
            (Quwwat, 7, 1, 3.12273297032901, 0.00179180233809919, 4.8073549220576),
            ("tie-a", 3, 3, 1.68696198062047, 0.0916106627542709, 2),
            ("tie-b", 3, 3, 1.68696198062047, 0.0916106627542709, 2),
            ("rebels", 5, 0, 0.97357517351732, 0.330267518165314, 5.32192809488736),
            ("government", 10, 40, 0, 1, 0),
            ("militants", 0, 2, -0.370813556919244, 0.710776403165426, 0),
            ("terrorists", 0, 25, -1.31138103326621, 0.189729063490089, -3.64385618977472));
        Assert.Same(options, table.Options);
    }

    [Fact]
    public void LogOddsVarianceOptionIsApplied()
    {
        // Four-term variance, α_w = 0.01, V = 9:
        // R: d <- log((30+.01)/(5000+.09-30-.01)) - log((10+.01)/(20000+.09-10-.01))
        //    z <- d/sqrt(1/30.01 + 1/10.01 + 1/(5000+.09-30.01) + 1/(20000+.09-10.01)); c(z, 2*pnorm(-abs(z)))
        //    -> 6.81486848029145 9.43500417209314e-12
        var options = KeynessOptions.Default with { LogOddsVariance = LogOddsVariance.FourTerm };
        var table = KeynessTable.Compute(Target, Reference, 5000, 20000, KeynessMeasure.LogOdds, options);
        var regime = table.Rows.Single(r => r.Term == "regime");
        Assert.Equal(6.81486848029145, regime.Statistic, Tol);
        Assert.Equal(9.43500417209314e-12, regime.PValue, Tol);
    }

    [Fact]
    public void LogOddsWithABackgroundPriorUsesTheBackgroundShares()
    {
        // Background shares: regime 60/1000, army 940/1000; α₀ = 50 (fw as above, returning z):
        // R: fw(30,10,5000,20000,50*60/1000,50) -> 7.0736860253371; fw(12,12,5000,20000,50*940/1000,50) -> 7.53684630668037
        // (the strong prior on the common term "army" dominates its tiny counts and sets its z, so it ranks first)
        var background = new Dictionary<string, long> { ["regime"] = 60, ["army"] = 940 };
        var options = new KeynessOptions { LogOddsPrior = LogOddsPrior.Informative(50, background) };
        var target = new Dictionary<string, long> { ["regime"] = 30, ["army"] = 12 };
        var reference = new Dictionary<string, long> { ["regime"] = 10, ["army"] = 12 };
        var rows = KeynessTable.Compute(target, reference, 5000, 20000, KeynessMeasure.LogOdds, options).Rows;
        Assert.Equal(["army", "regime"], rows.Select(r => r.Term));
        Assert.Equal(7.53684630668037, rows[0].Statistic, Tol);
        Assert.Equal(7.0736860253371, rows[1].Statistic, Tol);
    }

    [Fact]
    public void LogRatioTableSortsByTheEffect()
    {
        // Statistic = effect = R's log2((max(a,0.5)/tN)/(max(b,0.5)/rN)) (values as in the other tables)
        var table = KeynessTable.Compute(Target, Reference, 5000, 20000, KeynessMeasure.LogRatio);
        Assert.Equal(["rebels", Quwwat, "regime", "army", "tie-a", "tie-b", "government", "militants", "terrorists"], table.Rows.Select(r => r.Term));
        Assert.All(table.Rows, r => Assert.Equal(r.LogRatio, r.Statistic));
        Assert.All(table.Rows, r => Assert.True(double.IsNaN(r.PValue)));
        Assert.Equal(5.32192809488736, table.Rows[0].Statistic, Tol);
    }

    [Fact]
    public void FisherTablePassesEachTermsTableAndSortsByOddsRatio()
    {
        // The fake stands in for Framing.Statistics.Contingency.FisherExactTest; it checks that each call gets
        // (a, b, tN - a, rN - b) and answers p = 1/(1+a), odds ratio = a - b, so the expected order is known.
        var fisher = new RecordingFisher(5000, 20000);
        var table = KeynessTable.ComputeWith(Target, Reference, 5000, 20000, KeynessMeasure.Fisher, null, fisher);
        Assert.Equal(9, fisher.Calls);
        Assert.Equal(["regime", Quwwat, "rebels", "army", "tie-a", "tie-b", "militants", "terrorists", "government"], table.Rows.Select(r => r.Term));
        Assert.All(table.Rows, r => Assert.Equal(r.TargetCount - r.ReferenceCount, r.Statistic));
        Assert.All(table.Rows, r => Assert.Equal(1.0 / (1 + r.TargetCount), r.PValue));
    }

    [Fact]
    public void AmongEqualStatisticsTheStrongerEvidenceComesFirst()
    {
        // Every term the reference lacks has Fisher's odds ratio Inf (and one PMI): 'terrorists' (10 vs 0) must come
        // before 'arab' (3 vs 0) and 'resisted' (2 vs 0), by its smaller p-value for Fisher, by its count for PMI
        // (which has no p-value). Before, such ties were listed by name.
        var target = new Dictionary<string, long> { ["arab"] = 3, ["resisted"] = 2, ["terrorists"] = 10, ["town"] = 5 };
        var reference = new Dictionary<string, long> { ["arab"] = 0, ["resisted"] = 0, ["terrorists"] = 0, ["town"] = 5 };
        var fisher = KeynessTable.Compute(target, reference, 100, 100, KeynessMeasure.Fisher).Rows;
        Assert.Equal(["terrorists", "arab", "resisted", "town"], fisher.Select(r => r.Term));
        Assert.True(double.IsPositiveInfinity(fisher[0].Statistic) && double.IsPositiveInfinity(fisher[2].Statistic));
        Assert.True(fisher[0].PValue < fisher[1].PValue && fisher[1].PValue < fisher[2].PValue);
        var pmi = KeynessTable.Compute(target, reference, 100, 100, KeynessMeasure.Pmi).Rows;
        Assert.Equal(pmi[0].Statistic, pmi[2].Statistic);
        Assert.Equal(["terrorists", "arab", "resisted", "town"], pmi.Select(r => r.Term));

        // At the reference end the table ends with the strongest reference term: 'zeta' (0 vs 10) after 'beta' (0 vs 2).
        var ends = KeynessTable.Compute(new Dictionary<string, long> { ["zeta"] = 0, ["beta"] = 0, ["town"] = 5 }, new Dictionary<string, long> { ["zeta"] = 10, ["beta"] = 2, ["town"] = 5 }, 100, 100, KeynessMeasure.Fisher).Rows;
        Assert.Equal(["town", "beta", "zeta"], ends.Select(r => r.Term));
        Assert.Equal(["town", "beta", "zeta"], KeynessTable.Compute(new Dictionary<string, long> { ["zeta"] = 0, ["beta"] = 0, ["town"] = 5 }, new Dictionary<string, long> { ["zeta"] = 10, ["beta"] = 2, ["town"] = 5 }, 100, 100, KeynessMeasure.Pmi).Rows.Select(r => r.Term));
    }

    [Fact]
    public void TiesAreBrokenOrdinallyNotByCulture()
    {
        // Equal counts give equal statistics; ordinal order is "Zeta" < "alpha" < "\u00c4lpha" < "\u0642..." (UTF-16 code units),
        // whereas a culture-aware sort would put "alpha" first.
        var target = new Dictionary<string, long> { ["\u00c4lpha"] = 4, ["alpha"] = 4, [Quwwat] = 4, ["Zeta"] = 4 };
        var reference = new Dictionary<string, long> { ["\u00c4lpha"] = 1, ["alpha"] = 1, [Quwwat] = 1, ["Zeta"] = 1 };
        foreach (var measure in Enum.GetValues<KeynessMeasure>().Where(m => m != KeynessMeasure.Fisher))
        {
            var rows = KeynessTable.Compute(target, reference, 1000, 1000, measure).Rows;
            Assert.Equal(["Zeta", "alpha", "\u00c4lpha", Quwwat], rows.Select(r => r.Term));
        }
    }

    [Fact]
    public void EqualStatisticsOnDifferentSidesSortTheSameWhateverTheInputOrder()
    {
        // Found by CliProperties.AnyDocumentOrderGivesTheSameBytes: under G² with the default correction these five terms
        // all get the statistic -4.16e-7 (156 target and 52 reference tokens), two leaning to neither side, three to
        // the reference. Ties were compared by evidence within a side and by term across sides, which is not a total
        // order, so the sorted table followed the terms' insertion order (the documents' order). Every order of
        // insertion must give one table: target-leaning, then neither, then reference-leaning, each by evidence.
        var counts = new (string Term, long Target, long Reference)[] { ("1,000", 4, 2), ("aleppo", 3, 1), ("jaysh", 1, 1), ("arabi", 1, 1), ("al-arabi", 3, 1) };
        string[]? first = null;
        foreach (var order in Permutations(Enumerable.Range(0, counts.Length).ToArray()))
        {
            var target = new Dictionary<string, long>(StringComparer.Ordinal);
            var reference = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var i in order)
            {
                target[counts[i].Term] = counts[i].Target;
                reference[counts[i].Term] = counts[i].Reference;
            }

            var rows = KeynessTable.Compute(target, reference, 156, 52, KeynessMeasure.G2).Rows;
            Assert.Single(rows.Select(r => r.Statistic).Distinct());
            var terms = rows.Select(r => r.Term).ToArray();
            first ??= terms;
            Assert.Equal(first, terms);
        }

        // Neither side (log ratio 0) before the reference side; toward the reference the weaker evidence first (equal
        // p-values here, so the smaller reference count), then the term.
        Assert.Equal(["al-arabi", "aleppo", "arabi", "jaysh", "1,000"], first!);
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    [Fact]
    public void NaNStatisticsSortLast()
    {
        // A term listed with zero counts in both corpora has an undefined table (chi2 NaN): it goes last.
        var target = new Dictionary<string, long> { ["absent"] = 0, ["x"] = 1, ["y"] = 9 };
        var reference = new Dictionary<string, long> { ["absent"] = 0, ["x"] = 9, ["y"] = 1 };
        var rows = KeynessTable.Compute(target, reference, 100, 100, KeynessMeasure.Chi2).Rows;
        Assert.Equal(["y", "x", "absent"], rows.Select(r => r.Term));
        Assert.True(double.IsNaN(rows[2].Statistic));
        Assert.True(double.IsNaN(rows[2].LogRatio));
    }

    [Fact]
    public void TermsAreComparedOrdinallyWhateverTheDictionariesComparers()
    {
        var target = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase) { ["Army"] = 5 };
        var reference = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase) { ["army"] = 7 };
        var rows = KeynessTable.Compute(target, reference, 100, 100, KeynessMeasure.G2).Rows;
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r is { Term: "Army", TargetCount: 5, ReferenceCount: 0 });
        Assert.Contains(rows, r => r is { Term: "army", TargetCount: 0, ReferenceCount: 7 });
    }

    [Fact]
    public void CorrectionOptionIsApplied()
    {
        // R: qk(30,10,5000,20000,"chi2","williams") -> 77.4031461506279 (none: 75.7461939102564)
        var options = new KeynessOptions { Correction = KeynessCorrection.Williams };
        var rows = KeynessTable.Compute(new Dictionary<string, long> { ["regime"] = 30 }, new Dictionary<string, long> { ["regime"] = 10 }, 5000, 20000, KeynessMeasure.Chi2, options).Rows;
        Assert.Equal(77.4031461506279, rows.Single().Statistic, Tol);
    }

    [Fact]
    public void RejectsInconsistentInput()
    {
        var ok = new Dictionary<string, long> { ["a"] = 1 };
        Assert.Throws<ArgumentException>(() => KeynessTable.Compute(new Dictionary<string, long> { ["a"] = -1 }, ok, 10, 10, KeynessMeasure.Chi2));
        Assert.Throws<ArgumentException>(() => KeynessTable.Compute(ok, new Dictionary<string, long> { ["a"] = 11 }, 10, 10, KeynessMeasure.Chi2));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeynessTable.Compute(ok, ok, 0, 10, KeynessMeasure.Chi2));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeynessTable.Compute(ok, ok, 10, 10, (KeynessMeasure)42));
        var tooSmallVocabulary = new KeynessOptions { LogOddsPrior = LogOddsPrior.Uninformative(0.1, vocabularySize: 1) };
        Assert.Throws<ArgumentException>(() => KeynessTable.Compute(ok, new Dictionary<string, long> { ["b"] = 1 }, 10, 10, KeynessMeasure.LogOdds, tooSmallVocabulary));
    }

    [Fact]
    public void PriorsValidateTheirArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsPrior.Uninformative(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsPrior.Uninformative(0.1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsPrior.Informative(-1));
        Assert.Throws<ArgumentException>(() => LogOddsPrior.Informative(10, new Dictionary<string, long> { ["a"] = 0 }));
        Assert.Throws<ArgumentException>(() => LogOddsPrior.Informative(10, new Dictionary<string, long> { ["a"] = -3, ["b"] = 5 }));
        var uninformative = LogOddsPrior.Uninformative(0.5, 300);
        Assert.False(uninformative.IsInformative);
        Assert.Equal(0.5, uninformative.AlphaPerTerm);
        Assert.Equal(300, uninformative.VocabularySize);
        var informative = LogOddsPrior.Informative(25);
        Assert.True(informative.IsInformative);
        Assert.Equal(25, informative.Alpha0);
        Assert.Null(informative.Background);
    }

    private static void AssertRows(KeynessTable table, params (string Term, long A, long B, double Statistic, double P, double LogRatio)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Term), table.Rows.Select(r => r.Term));
        for (var i = 0; i < expected.Length; i++)
        {
            var (term, a, b, statistic, p, logRatio) = expected[i];
            var row = table.Rows[i];
            Assert.Equal((term, a, b), (row.Term, row.TargetCount, row.ReferenceCount));
            AssertClose(statistic, row.Statistic);
            AssertClose(p, row.PValue);
            AssertClose(logRatio, row.LogRatio);
        }
    }

    private static void AssertClose(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"expected NaN, got {actual}");
        }
        else if (expected == 0)
        {
            // An exact zero in R (a term exactly as frequent as expected) is zero up to rounding here.
            Assert.InRange(actual, -1e-12, 1e-12);
        }
        else
        {
            Assert.Equal(expected, actual, Tol);
        }
    }

    private sealed class RecordingFisher(long targetTotal, long referenceTotal) : IFisherExactTest
    {
        public int Calls { get; private set; }

        public (double PValue, double OddsRatio) TwoSided(long a, long b, long c, long d)
        {
            Calls++;
            Assert.Equal(targetTotal, a + c);
            Assert.Equal(referenceTotal, b + d);
            return (1.0 / (1 + a), a - b);
        }
    }
}
