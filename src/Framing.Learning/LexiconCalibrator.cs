using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;

namespace Framing.Learning;

/// <summary>
/// <c>framing calibrate</c> as a library verb: fits each entry's weight on evidence. Per dimension (or, with
/// <see cref="CalibrationScale.Composite"/>, per composite, so that its dimensions' weights share one scale), a regularised
/// logistic model (elastic net, Microsoft.ML L-BFGS) of a document's side (A = 1) on log(1 + matches in the document)
/// of each of the dimension's pole entries; an entry's calibrated weight is its coefficient, signed towards its pole,
/// divided by that of the dimension's strongest entry that points to its own pole's camp (so it weighs 1), in thousandths. Entries whose weight
/// is about 0 or whose coefficient points to the other camp are moved to neutral. Side A is a dimension's pole A camp,
/// except for a dimension that its composites take with sign −1: side A is then its pole B's camp, as the composite
/// counts it; composites that take a dimension with opposite signs leave it ambiguous, and
/// <see cref="CalibrationReport.Warnings"/> says how it was fitted. The grouped cross-validated AUC of
/// the original and calibrated lexicon is measured on folds of outlets (<see cref="OutletFolds"/>): each fold's
/// documents are scored with weights fitted on the other folds only.
/// </summary>
/// <example>
/// <code>
/// var lexicon = Lexicon.Load("my-lexicon.yaml");
/// var report = new LexiconCalibrator(lexicon.Compile(), KnownLeanings.Load("known.csv"), SideSelection.Parse("pro", "anti"))
///     .Calibrate(documents, d => d.GetField("outlet") ?? "");
/// File.WriteAllText("calibrated.yaml", CalibratedLexiconWriter.Write(report, File.ReadAllText("my-lexicon.yaml")));
/// </code>
/// </example>
public sealed class LexiconCalibrator
{
    private readonly CompiledLexicon _lexicon;
    private readonly KnownLeanings _leanings;
    private readonly SideSelection _sides;
    private readonly CalibrationOptions _options;

    /// <summary>Creates a calibrator.</summary>
    /// <param name="lexicon">The compiled lexicon.</param>
    /// <param name="leanings">The documents' known leanings.</param>
    /// <param name="sides">Which leanings are side A's (pole A's camp) and side B's.</param>
    /// <param name="options">Options (default: <see cref="CalibrationOptions.Default"/>).</param>
    public LexiconCalibrator(CompiledLexicon lexicon, KnownLeanings leanings, SideSelection sides, CalibrationOptions? options = null)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _leanings = leanings ?? throw new ArgumentNullException(nameof(leanings));
        _sides = sides ?? throw new ArgumentNullException(nameof(sides));
        _options = options ?? CalibrationOptions.Default;
        _options.Learning.Check();
        if (!(_options.MinimumWeight >= 0 && _options.MinimumWeight < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "the minimum weight must be in [0, 1)");
        }
    }

    /// <summary>Calibrates on documents held in memory.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="groupOf">The outlet of a document.</param>
    /// <param name="languageOf">The language of a document, or null to detect it.</param>
    /// <returns>The report.</returns>
    public CalibrationReport Calibrate(IEnumerable<Document> documents, Func<Document, string> groupOf, Func<Document, string?>? languageOf = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Calibrate(documents.Select(CorpusItem.Accepted), groupOf, languageOf, null);
    }

    /// <summary>Calibrates on a corpus as a reader yields it. Keeps, per document of either side, its outlet and its
    /// entry counts (a few numbers per matched entry).</summary>
    /// <param name="items">Documents and rejected records.</param>
    /// <param name="groupOf">The outlet of a document; runs on worker threads.</param>
    /// <param name="languageOf">The language of a document, or null to detect it; runs on worker threads.</param>
    /// <param name="onRejected">Called for each rejected record, in corpus order; throw from it to stop.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report; the same for every degree of parallelism.</returns>
    /// <exception cref="LearningInputException">A side has no documents, or fewer than two outlets.</exception>
    public CalibrationReport Calibrate(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf = null,
        Action<Diagnostic>? onRejected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(groupOf);
        var learning = _options.Learning;
        var corpus = new LabelledCorpus(_lexicon, _leanings, _sides, learning);
        var usage = corpus.Read(items, groupOf, languageOf, onRejected, null, cancellationToken);
        var documents = corpus.Documents;
        LearningInputException.ThrowIfUnusable(usage, "calibration");

        var lexicon = _lexicon.Lexicon;
        var shares = new AxisShares(lexicon);
        var folds = OutletFolds.Create(corpus.Outlets.Select(o => (o.Outlet, o.IsSideA ? KnownSide.A : KnownSide.B)), learning.Folds, learning.Seed);
        var original = lexicon.Entries.Select(e => e.WeightMilli).ToArray();
        var foldOf = documents.Select(d => folds.FoldOf(d.Outlet)).ToArray();

        var outOfFold = new double[documents.Count][];
        var originalShares = documents.Select(d => shares.Shares(d, original)).ToArray();
        for (var f = 0; f < folds.Count; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var training = Enumerable.Range(0, documents.Count).Where(i => foldOf[i] != f).Select(i => documents[i]).ToList();
            var fitted = Fit(training, shares).Select(c => c.CalibratedWeightMilli).ToArray();
            for (var i = 0; i < documents.Count; i++)
            {
                if (foldOf[i] == f)
                {
                    outOfFold[i] = shares.Shares(documents[i], fitted);
                }
            }
        }

        var axes = new List<CalibrationAxis>(shares.Ids.Count);
        for (var x = 0; x < shares.Ids.Count; x++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = documents.Select((d, i) => (d.OutletIndex, d.IsSideA, originalShares[i][x])).ToList();
            var after = documents.Select((d, i) => (d.OutletIndex, d.IsSideA, outOfFold[i][x])).ToList();
            var perFold = new List<(double, double)>(folds.Count);
            for (var f = 0; f < folds.Count; f++)
            {
                var fold = f;
                var b = before.Where((_, i) => foldOf[i] == fold).ToList();
                var a = after.Where((_, i) => foldOf[i] == fold).ToList();
                perFold.Add((GroupedAuc.Compute(b, learning with { Replicates = 0 }, cancellationToken: cancellationToken).Auc, GroupedAuc.Compute(a, learning with { Replicates = 0 }, cancellationToken: cancellationToken).Auc));
            }

            var o = GroupedAuc.Compute(before, learning, cancellationToken: cancellationToken);
            var c = GroupedAuc.Compute(after, learning, cancellationToken: cancellationToken);
            axes.Add(new CalibrationAxis(shares.Ids[x], x >= shares.Dimensions, new AxisAuc(o.Auc, o.Low, o.High), new AxisAuc(c.Auc, c.Low, c.High), perFold));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var entries = Fit(documents, shares);
        cancellationToken.ThrowIfCancellationRequested(); // a run cancelled during the last fit returns no report
        return new CalibrationReport(lexicon, _sides, _options, usage, folds, axes, entries) 
        {
            Warnings = CalibrationOrientation.Of(lexicon).Warnings(_options.Scale),
            LeaningsSource = _leanings.Source,
        };
    }

    /// <summary>Fits every dimension's model on <paramref name="documents"/>; one result per entry (lexicon order).</summary>
    private CalibratedEntry[] Fit(IReadOnlyList<LabelledDocument> documents, AxisShares shares)
    {
        var lexicon = _lexicon.Lexicon;
        var entries = lexicon.Entries;
        var usedA = new int[entries.Count];
        var usedB = new int[entries.Count];
        var outlets = new HashSet<int>[entries.Count];
        foreach (var d in documents)
        {
            foreach (var e in d.Entries)
            {
                (d.IsSideA ? usedA : usedB)[e]++;
                (outlets[e] ??= []).Add(d.OutletIndex);
            }
        }

        var coefficients = new double[entries.Count];
        var labels = documents.Select(d => d.IsSideA).ToArray();
        var (groupOf, signOf) = Groups(lexicon);
        for (var group = 0; group < groupOf.Length; group++)
        {
            // The group's pole entries that some document uses are its features.
            var features = Enumerable.Range(0, entries.Count)
                .Where(e => groupOf[shares.DimensionOf(e)] == group && entries[e].Side != PoleSide.Neutral && usedA[e] + usedB[e] > 0)
                .ToArray();
            if (features.Length == 0)
            {
                continue;
            }

            var column = new Dictionary<int, int>();
            for (var k = 0; k < features.Length; k++)
            {
                column[features[k]] = k;
            }

            var rows = documents.Select(d => Row(d, column)).ToList();
            var (weights, _) = LogisticFit.Fit(rows, labels, features.Length, _options.Learning);
            for (var k = 0; k < features.Length; k++)
            {
                coefficients[features[k]] = weights[k];
            }
        }

        // The scale of a model's weights: its strongest entry that points to its own pole's camp, which weighs 1. An
        // entry pointing the other way does not set it (it is moved to neutral, and a large contradicting coefficient
        // would shrink every kept weight and push sound entries under --min-weight); only when no entry points the
        // right way does the largest magnitude serve, to tell a contradiction from a weight of about 0.
        var strongest = new double[groupOf.Length];
        var largest = new double[groupOf.Length];
        for (var e = 0; e < entries.Count; e++)
        {
            var group = groupOf[shares.DimensionOf(e)];
            var signed = signOf[shares.DimensionOf(e)] * Signed(entries[e], coefficients[e]);
            strongest[group] = Math.Max(strongest[group], signed);
            largest[group] = Math.Max(largest[group], Math.Abs(signed));
        }

        for (var g = 0; g < strongest.Length; g++)
        {
            if (!(strongest[g] > 0))
            {
                strongest[g] = largest[g];
            }
        }

        var result = new CalibratedEntry[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var outletCount = outlets[e]?.Count ?? 0;
            if (entry.Side == PoleSide.Neutral)
            {
                result[e] = new CalibratedEntry(entry, CalibrationVerdict.Neutral, 0, entry.WeightMilli, usedA[e], usedB[e], outletCount);
                continue;
            }

            if (usedA[e] + usedB[e] == 0)
            {
                result[e] = new CalibratedEntry(entry, CalibrationVerdict.Unused, 0, entry.WeightMilli, 0, 0, 0);
                continue;
            }

            var dimension = shares.DimensionOf(e);
            var max = strongest[groupOf[dimension]];
            var relative = max > 0 ? signOf[dimension] * Signed(entry, coefficients[e]) / max : 0;
            var milli = (int)Math.Round(relative * 1000, MidpointRounding.AwayFromZero);
            // A coefficient of exactly 0 (L1 sets an entry without evidence to 0) points to no camp: it is Zero, also
            // with a minimum weight of 0, where "relative <= -0" once made it contradict its pole.
            var verdict = relative >= _options.MinimumWeight && milli >= 1
                ? CalibrationVerdict.Kept
                : relative < 0 && relative <= -_options.MinimumWeight ? CalibrationVerdict.Contradicts : CalibrationVerdict.Zero;
            result[e] = new CalibratedEntry(
                entry, verdict, coefficients[e], verdict == CalibrationVerdict.Kept ? Math.Clamp(milli, 1, 1000) : 0, usedA[e], usedB[e], outletCount);
        }

        return result;
    }

    /// <summary>Which model fits each dimension's entries (a group index per dimension), and the sign with which the
    /// dimension enters it: per dimension, each its own model, oriented as the composites that have the dimension orient
    /// it (<see cref="CalibrationOrientation"/>); per composite, the dimensions of a composite (the first that has them)
    /// share one model, entering with their component signs, so that their weights share one scale.</summary>
    private (int[] GroupOf, int[] SignOf) Groups(Lexicon lexicon)
    {
        var count = lexicon.Dimensions.Count;
        var groupOf = Enumerable.Range(0, count).ToArray();
        var signOf = CalibrationOrientation.Of(lexicon).Signs.ToArray();
        if (_options.Scale == CalibrationScale.Composite)
        {
            var index = lexicon.Dimensions.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var assigned = new bool[count];
            var next = count;
            foreach (var composite in lexicon.Composites)
            {
                var group = next++;
                foreach (var component in composite.Components)
                {
                    var d = index[component.DimensionId];
                    if (!assigned[d])
                    {
                        assigned[d] = true;
                        groupOf[d] = group;
                        signOf[d] = component.Sign;
                    }
                }
            }

            // Renumber the groups 0 … n − 1.
            var numbers = groupOf.Distinct().Order().Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
            groupOf = [.. groupOf.Select(g => numbers[g])];
        }

        return (groupOf, signOf);
    }

    private static double Signed(LexiconEntry entry, double coefficient) => entry.Side switch
    {
        PoleSide.A => coefficient,
        PoleSide.B => -coefficient,
        _ => 0,
    };

    private static SparseRow Row(LabelledDocument document, Dictionary<int, int> column)
    {
        var indices = new List<int>();
        var values = new List<float>();
        for (var k = 0; k < document.Entries.Length; k++)
        {
            if (column.TryGetValue(document.Entries[k], out var c))
            {
                indices.Add(c);
                values.Add((float)Math.Log(1 + document.EntryCounts[k]));
            }
        }

        // Entries are in lexicon order and columns follow it, so the indices are ascending.
        return new SparseRow([.. indices], [.. values]);
    }
}
