namespace Framing.Learning;

/// <summary>Options of <see cref="SideClassifier"/>. Immutable.</summary>
public sealed record ClassifierOptions
{
    /// <summary>The default options.</summary>
    public static ClassifierOptions Default { get; } = new();

    /// <summary>Folds, seed, bootstrap, regularisation and threads (see <see cref="LearningOptions"/>).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public LearningOptions Learning { get; init => field = value ?? throw new ArgumentNullException(nameof(Learning)); } = LearningOptions.Default;

    /// <summary>Shortest n-gram (default 1).</summary>
    public int MinimumN { get; init; } = 1;

    /// <summary>Longest n-gram (default 2, at most 5).</summary>
    public int MaximumN { get; init; } = 2;

    /// <summary>Fewest documents (of either side) an n-gram must occur in to be a feature (default 5).</summary>
    public int MinimumDocuments { get; init; } = 5;

    /// <summary>Largest share of the documents of either side an n-gram may occur in to be a feature (default 0.5:
    /// words of every document tell nothing).</summary>
    public double MaximumDocumentShare { get; init; } = 0.5;

    /// <summary>Most features: the n-grams in most documents are kept (default 20,000).</summary>
    public int MaximumFeatures { get; init; } = 20_000;

    /// <summary>Most distinct n-grams counted in one reading of the corpus (default 500,000), which bounds the memory of
    /// counting: when the corpus has more, it is read again for each part of the n-grams (split by a stable hash, halved
    /// until each part fits), so that the document frequencies stay exact; see <see cref="ClassifierReport.CountingPasses"/>.</summary>
    public int MaximumCandidates { get; init; } = 500_000;

    /// <summary>Most discriminative n-grams reported per side (default 100).</summary>
    public int Top { get; init; } = 100;

    /// <summary>An n-gram is outlet-specific when at least this share of the documents that use it are one outlet's (default 0.9).</summary>
    public double OutletShare { get; init; } = 0.9;

    /// <summary>… or when it is in at least this share of one outlet's documents (default 0.75) and, in the documents of
    /// the other outlets of its side together, at most a quarter as common (a byline, a dateline, page furniture). Only
    /// the documents that could use the n-gram are compared, those with letters of its script (Arabic, or another), so
    /// that an Arabic camp word is not taken for house style because the side's English outlets lack it; when no other
    /// outlet of its side has such documents, every other outlet that has is compared.</summary>
    public double OutletCoverage { get; init; } = 0.75;

    /// <summary>An n-gram no entry matches by itself is marked <see cref="TermMark.InsideEntries"/> when at least this
    /// share of its uses (occurrences in the documents of either side) lie inside matches of lexicon entries, counted or
    /// not (default 0.9).</summary>
    public double InsideEntriesShare { get; init; } = 0.9;

    /// <summary>Lines of context kept for each top n-gram (default 0; <c>framing learn --suggest</c> asks for 3). A third
    /// pass over the corpus finds them.</summary>
    public int ContextLines { get; init; }

    /// <summary>The record's members as the compiler prints them (<c>ClassifierOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ClassifierOptions), PrintMembers);
}
