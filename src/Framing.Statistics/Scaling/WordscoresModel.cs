using System.Globalization;

namespace Framing.Statistics.Scaling;

/// <summary>
/// A fitted Wordscores model (Laver, Benoit and Garry 2003), computed as quanteda.textmodels'
/// <c>textmodel_wordscores(x, y, scale = "linear", smooth)</c> computes it, with texts scored as
/// <c>predict.textmodel_wordscores</c> scores them. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Fitting: every reference text r is smoothed (quanteda's <c>dfm_smooth</c>: <c>smooth</c> is added to its count of
/// every feature of the matrix), weighted to proportions F_rw = (c_rw + smooth) / Σ_w (c_rw + smooth), and each word's
/// probability of coming from each reference is P_rw = F_rw / Σ_r F_rw. The word score is S_w = Σ_r P_rw y_r. A feature
/// that no reference text uses has no score when <c>smooth</c> is 0 (quanteda drops its NaN); with smoothing every
/// feature of the matrix has one, so the features of the virgin texts count: pass them to <c>Fit</c>.
/// </para>
/// <para>
/// Scoring (<c>Score</c>): features without a word score are dropped from the text first, then the raw score is
/// the relative-frequency-weighted mean of the word scores (see <see cref="WordscoresTextScore"/>). A text with no scored
/// word has no score (NaN), where quanteda's sparse arithmetic would give it 0.
/// </para>
/// <para>
/// Rescaling (<c>Predict</c>): LBG (2003) and Martin and Vanberg (2008), as <c>predict.textmodel_wordscores</c>
/// with <c>rescaling = "lbg"</c> or <c>"mv"</c>; see <c>LbgRescaling</c> and <c>MartinVanbergRescaling</c>.
/// Only the linear scale is implemented (not quanteda's <c>scale = "logit"</c>).
/// </para>
/// </remarks>
public sealed class WordscoresModel
{
    /// <summary>The largest magnitude a reference position may have: 1e100. Scores, their variances and the
    /// rescalings square positions, so larger ones would overflow to infinity and leave every score empty.</summary>
    public const double MaxPosition = 1e100;

    /// <summary>The smallest magnitude a nonzero reference position may have: 1e-100. The standard errors and the
    /// rescalings square positions (and differences of scores), so smaller ones underflow to zero: a standard error of 0
    /// and rescaled scores all equal.</summary>
    public const double MinPosition = 1e-100;

    /// <summary>The largest smoothing <c>Fit</c> takes: 1e12. The reference totals grow by the number of features
    /// times the smoothing, so much larger values overflow (every word score NaN) or leave word scores that differ only
    /// by rounding.</summary>
    public const double MaxSmooth = 1e12;

    /// <summary>
    /// Raw scores that differ by less than this share of the spread of the reference positions count as equal for the
    /// rescalings: 1e-9. Raw scores are means of word scores, which lie between the lowest and highest positions, so a
    /// smaller difference is rounding (a smoothing large enough to flatten every word score), and dividing by it would
    /// turn rounding into scores.
    /// </summary>
    internal const double DistinctScoreShare = 1e-9;

    private readonly Dictionary<string, double> _scores;

    private WordscoresModel(Dictionary<string, double> scores, IReadOnlyList<WordscoresReferenceText> references, double smooth, int features)
    {
        _scores = scores;
        WordScores = new System.Collections.ObjectModel.ReadOnlyDictionary<string, double>(scores); // a view: no cast can change the model
        References = ReadOnlyLists.Of(references);
        Smooth = smooth;
        FeatureCount = features;
    }

    /// <summary>The word scores (quanteda's <c>coef(model)</c>): every feature that has one.</summary>
    public IReadOnlyDictionary<string, double> WordScores { get; }

    /// <summary>The reference texts in the order given, with their positions and their own raw scores.</summary>
    public IReadOnlyList<WordscoresReferenceText> References { get; }

    /// <summary>The smoothing added to every count of the reference texts before fitting.</summary>
    public double Smooth { get; }

    /// <summary>The number of features of the matrix the model was fitted on (the reference texts' features and any others given).</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// Fits word scores from reference texts, as <c>textmodel_wordscores(x, y, smooth = smooth)</c> on a matrix whose
    /// features are those of the references and <paramref name="features"/>.
    /// </summary>
    /// <param name="references">At least two reference texts with distinct names, finite positions that are not all
    /// equal, and at least one counted word each.</param>
    /// <param name="smooth">Added to every count of every reference text before fitting (quanteda's <c>smooth</c>; 0 as
    /// in LBG 2003).</param>
    /// <param name="features">The other features of the matrix (for example the vocabulary of the virgin texts); they
    /// matter only when <paramref name="smooth"/> is positive, since smoothing gives every feature of the matrix a score
    /// and the number of features enters every proportion.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentException">The references or the smoothing break a rule above.</exception>
    internal static WordscoresModel Fit(IReadOnlyList<WordscoresReference> references, double smooth = 0, IEnumerable<string>? features = null)
    {
        ArgumentNullException.ThrowIfNull(references);
        if (!(smooth >= 0 && smooth <= MaxSmooth))
        {
            throw new ArgumentOutOfRangeException(nameof(smooth), "smooth must be a number from 0 to 1e12 (MaxSmooth)");
        }

        CheckReferences(references);

        // The feature set, in ordinal order so that the arithmetic never depends on dictionary order.
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            set.UnionWith(reference.Counts.Keys);
        }

        if (features is not null)
        {
            foreach (var feature in features)
            {
                set.Add(feature ?? throw new ArgumentException("a feature is null", nameof(features)));
            }
        }

        var names = set.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            index[names[i]] = i;
        }

        // F_rw = (c_rw + s) / N_r with N_r = Σ_w c_rw + s·V. Sums over references, per feature:
        // A_w = Σ_r F_rw and B_w = Σ_r F_rw y_r, split into the counted part and the smoothing part s·Σ_r 1/N_r.
        var sumF = new double[names.Length];
        var sumFy = new double[names.Length];
        double smoothF = 0, smoothFy = 0;
        foreach (var reference in references)
        {
            var total = Total(reference.Counts) + smooth * names.Length;
            foreach (var (feature, count) in reference.Counts)
            {
                if (count > 0)
                {
                    var f = count / total;
                    sumF[index[feature]] += f;
                    sumFy[index[feature]] += f * reference.Position;
                }
            }

            smoothF += smooth / total;
            smoothFy += smooth / total * reference.Position;
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var w = 0; w < names.Length; w++)
        {
            var a = sumF[w] + smoothF;
            if (a > 0)
            {
                scores[names[w]] = (sumFy[w] + smoothFy) / a;
            }
        }

        var model = new WordscoresModel(scores, [], smooth, names.Length);
        var fitted = references.Select(r => new WordscoresReferenceText(r.Name, r.Position, model.Score(r.Name, r.Counts))).ToArray();
        return new WordscoresModel(scores, fitted, smooth, names.Length);
    }

    /// <summary>
    /// The raw score of one text and its standard error, as <c>predict.textmodel_wordscores(model, newdata,
    /// se.fit = TRUE)</c> gives them for that text (see <see cref="WordscoresTextScore"/>). Independent of any other text.
    /// </summary>
    /// <param name="name">The text's name (kept in the result).</param>
    /// <param name="counts">The text's feature counts (not smoothed); features without a word score are ignored.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    internal WordscoresTextScore Score(string name, IReadOnlyDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(counts);

        // The scored words in ordinal order of their features, so that sums do not depend on the dictionary's order.
        long words = 0, scored = 0;
        var items = new List<(string Feature, long Count, double WordScore)>(counts.Count);
        foreach (var (feature, count) in counts)
        {
            if (count < 0)
            {
                throw new ArgumentException($"the count of \"{feature}\" is negative", nameof(counts));
            }

            words += count;
            if (count > 0 && _scores.TryGetValue(feature, out var s))
            {
                scored += count;
                items.Add((feature, count, s));
            }
        }

        if (scored == 0)
        {
            return new WordscoresTextScore(name, double.NaN, double.NaN, words, 0);
        }

        items.Sort((x, y) => string.CompareOrdinal(x.Feature, y.Feature));
        double raw = 0;
        foreach (var item in items)
        {
            raw += (double)item.Count / scored * item.WordScore;
        }

        double spread = 0;
        foreach (var item in items)
        {
            var d = raw - item.WordScore;
            spread += (double)item.Count / scored * d * d;
        }

        return new WordscoresTextScore(name, raw, Math.Sqrt(spread) / Math.Sqrt(scored), words, scored);
    }

    /// <summary>
    /// Confidence intervals and the LBG and Martin–Vanberg rescalings of a set of scored texts, as
    /// <c>predict.textmodel_wordscores(model, newdata, se.fit = TRUE, interval = "confidence", level, rescaling)</c>
    /// computes them for the texts of <c>newdata</c>. The LBG rescaling depends on the set (the mean and standard
    /// deviation of its raw scores); the raw and Martin–Vanberg values of a text do not.
    /// </summary>
    /// <param name="texts">Texts scored by <c>Score</c> (texts without a score are kept, with NaN values, and do
    /// not enter the LBG mean and standard deviation).</param>
    /// <param name="level">The confidence level, in (0, 1).</param>
    /// <returns>The prediction.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not in (0, 1).</exception>
    internal WordscoresPrediction Predict(IEnumerable<WordscoresTextScore> texts, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), "the confidence level must be between 0 and 1");
        }

        return new WordscoresPrediction(this, [.. texts], level);
    }

    private static void CheckReferences(IReadOnlyList<WordscoresReference> references)
    {
        if (references.Count < 2)
        {
            throw new ArgumentException($"Wordscores needs at least two reference texts, not {references.Count}", nameof(references));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(references));
            if (!names.Add(reference.Name))
            {
                throw new ArgumentException($"the reference text \"{reference.Name}\" is given twice", nameof(references));
            }

            if (!double.IsFinite(reference.Position))
            {
                throw new ArgumentException($"the position of reference text \"{reference.Name}\" is not a finite number", nameof(references));
            }

            if (Math.Abs(reference.Position) > MaxPosition || (reference.Position != 0 && Math.Abs(reference.Position) < MinPosition))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the position of reference text \"{reference.Name}\" is {reference.Position:R}, outside ±{MaxPosition:R} or nonzero within ±{MinPosition:R}"), nameof(references));
            }

            if (Total(reference.Counts) <= 0)
            {
                throw new ArgumentException($"the reference text \"{reference.Name}\" has no words", nameof(references));
            }
        }

        if (references.All(r => r.Position == references[0].Position))
        {
            throw new ArgumentException("the reference texts' positions are all equal: Wordscores needs at least two different positions", nameof(references));
        }
    }

    private static double Total(IReadOnlyDictionary<string, long> counts)
    {
        long total = 0;
        foreach (var count in counts.Values)
        {
            if (count < 0)
            {
                throw new ArgumentException("a count is negative", nameof(counts));
            }

            total += count;
        }

        return total;
    }
}
