using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Learning;

/// <summary>One dimension or composite of the lexicon against the classifier, on the same documents and folds.</summary>
/// <param name="Id">Dimension or composite id.</param>
/// <param name="IsComposite">Whether it is a composite.</param>
/// <param name="Lexicon">The lexicon's document AUC (its pole-A share; not fitted, so the folds do not change it).</param>
/// <param name="Captured">(lexicon AUC − 0.5) / (classifier AUC − 0.5): the share of what the words can tell that the
/// lexicon captures; NaN when the classifier is at or below chance. For a dimension that a composite takes with sign −1
/// (whose pole B is side A's framing, as in calibration) it is (0.5 − lexicon AUC) / (classifier AUC − 0.5): the AUC
/// stays that of the pole-A share, as in <c>framing validate</c>, and is below 0.5 when the dimension separates the camps
/// as the composite means.</param>
public sealed record LexiconComparison(string Id, bool IsComposite, AxisAuc Lexicon, double Captured)
{
    /// <summary>The record's members as the compiler prints them (<c>LexiconComparison { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LexiconComparison), PrintMembers);
}

/// <summary>What <see cref="SideClassifier"/> found. Compares by value, lists element by element, except the lexicon, the sides and the folds, compared by reference.</summary>
/// <param name="Lexicon">The lexicon compared.</param>
/// <param name="Sides">The sides.</param>
/// <param name="Options">The options used.</param>
/// <param name="Documents">How the documents were used.</param>
/// <param name="Folds">The outlet folds.</param>
/// <param name="Classifier">The classifier's grouped cross-validated document AUC.</param>
/// <param name="FoldAucs">The classifier's AUC within each fold (NaN for a fold with one side only).</param>
/// <param name="Comparisons">Each dimension and composite of the lexicon on the same documents.</param>
/// <param name="Features">Features (n-grams) of the model.</param>
/// <param name="CountingPasses">Readings of the corpus that counted n-grams: 1, or more when the first pass found more
/// distinct n-grams than <see cref="ClassifierOptions.MaximumCandidates"/> and they were counted again in parts (the
/// counts, and so the features, are exact either way).</param>
/// <param name="Terms">The most discriminative n-grams: side A's by coefficient (largest first), then side B's.</param>
public sealed record ClassifierReport(
    Lexicon Lexicon,
    SideSelection Sides,
    ClassifierOptions Options,
    LearningDocuments Documents,
    OutletFolds Folds,
    AxisAuc Classifier,
    IReadOnlyList<double> FoldAucs,
    IReadOnlyList<LexiconComparison> Comparisons,
    int Features,
    int CountingPasses,
    IReadOnlyList<DiscriminativeTerm> Terms)
{
    /// <summary>The classifier's AUC within each fold (NaN for a fold with one side only) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<double> FoldAucs { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(FoldAucs);

    /// <summary>Each dimension and composite of the lexicon on the same documents (a read-only list, compared element by element).</summary>
    public IReadOnlyList<LexiconComparison> Comparisons { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Comparisons);

    /// <summary>The most discriminative n-grams: side A's by coefficient (largest first), then side B's (a read-only list, compared element by element).</summary>
    public IReadOnlyList<DiscriminativeTerm> Terms { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Terms);

    /// <summary>The record's members as the compiler prints them (<c>ClassifierReport { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ClassifierReport), PrintMembers);
}
