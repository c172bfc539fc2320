using Framing.Corpus;

namespace Framing.Scoring;

/// <summary>
/// The figures of a scored corpus: one <c>GroupTally</c> per group, and how many documents were scored and
/// rejected. Memory grows with the number of groups, not with the number of documents. Merging the tallies of
/// disjoint parts of a corpus gives exactly the tally of the whole.
/// </summary>
/// <remarks>A tally is an accumulator that <see cref="Merge"/> changes in place, so it compares by reference (it does not
/// override <see cref="object.Equals(object)"/>), and so do the results that hold one (<c>GroupScores</c>,
/// <c>Comparison</c>): compare their rows to compare two runs.</remarks>
public sealed class CorpusTally
{
    // A plain dictionary, ordered when read: a sorted dictionary's code had to be compiled at every start (its
    // instantiation is not in the ahead-of-time images), and groups are read once, at the end.
    private readonly Dictionary<string, GroupTally> _groups = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _rejections = [];
    private GroupTally[]? _ordered; // the groups in order, until a group is added
    private readonly Lexicons.Lexicon? _lexicon; // the lexicon that scored it, when scored in this process
    private string? _fingerprint; // its fingerprint, computed only when two lexicons must be told apart
    private DocumentSample? _sample = new(); // null once a part without one is merged in

    /// <summary>Creates an empty tally.</summary>
    /// <param name="dimensionCount">Number of dimensions of the lexicon.</param>
    /// <param name="bootstrap">Bootstrap settings for confidence intervals, or null for none.</param>
    /// <param name="lexicon">The lexicon the figures come from, when known.</param>
    /// <param name="lexiconFingerprint">Its fingerprint, when only that is known (a tally read from a state file).</param>
    internal CorpusTally(int dimensionCount, BootstrapSettings? bootstrap = null, Lexicons.Lexicon? lexicon = null, string? lexiconFingerprint = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimensionCount);
        DimensionCount = dimensionCount;
        Bootstrap = bootstrap?.Validate();
        _lexicon = lexicon;
        _fingerprint = lexiconFingerprint;
    }

    /// <summary>
    /// The <see cref="Lexicons.Lexicon.Fingerprint"/> of the lexicon the figures come from, or null when it is not known.
    /// Tallies of different lexicons cannot be merged, and a tally's rows are made with its own lexicon.
    /// </summary>
    public string? LexiconFingerprint => _fingerprint ??= _lexicon?.Fingerprint;

    /// <summary>Whether the figures may come from <paramref name="lexicon"/>: the same lexicon, or one with the same
    /// fingerprint (false when the tally's lexicon is known and differs, or the numbers of dimensions differ).</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <returns>Whether it fits.</returns>
    internal bool Fits(Lexicons.Lexicon lexicon) =>
        lexicon.Dimensions.Count == DimensionCount
        && (ReferenceEquals(lexicon, _lexicon) || LexiconFingerprint is not { } mine || string.Equals(mine, lexicon.Fingerprint, StringComparison.Ordinal));

    /// <summary>The bootstrap settings, or null when the tally keeps no replicates.</summary>
    public BootstrapSettings? Bootstrap { get; }

    /// <summary>The most rejections whose details are kept (all are counted).</summary>
    internal const int MaxKeptRejections = 1000;

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>The groups, ordered by ordinal comparison of their values.</summary>
    internal IReadOnlyCollection<GroupTally> Groups => _ordered ??= Order(_groups);

    /// <summary>Number of documents scored.</summary>
    public long ScoredDocuments { get; private set; }

    /// <summary>Number of documents scored that are out of the lexicon's scope (their groups'
    /// <see cref="FramingCounts.OutOfScopeDocuments"/>): none of their matches counts.</summary>
    internal long OutOfScopeDocuments => Groups.Sum(g => g.Counts.OutOfScopeDocuments);

    /// <summary>Number of records rejected (bad input skipped with <c>--skip-invalid</c>).</summary>
    public long RejectedDocuments { get; private set; }

    /// <summary>The first <c>MaxKeptRejections</c> rejections, in corpus order (in a merged tally, each part's in
    /// the order the parts were merged; <see cref="RejectedDocuments"/> counts them all).</summary>
    public IReadOnlyList<Diagnostic> Rejections => _rejections.AsReadOnly();

    /// <summary>
    /// The sample of the documents counted (<see cref="DocumentSample"/>), by which merges of saved states notice
    /// documents counted twice; null when it is not known: the tally was read from a state saved without one (by an
    /// older framing), or such a tally was merged into it.
    /// </summary>
    internal DocumentSample? Sample => _sample;

    /// <summary>Replaces the sample, before anything is added (a tally read from a saved state).</summary>
    /// <param name="sample">The state's sample, or null when it holds none.</param>
    internal void ReplaceSample(DocumentSample? sample) => _sample = sample;

    /// <summary>Adds a scored document to its group.</summary>
    /// <param name="group">The document's group.</param>
    /// <param name="document">The document's figures.</param>
    /// <param name="identity">The document's identity (<see cref="DocumentSample.IdentityOf(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/>):
    /// it goes in <see cref="Sample"/>, and with the document's id it keys its bootstrap weights
    /// (<see cref="PoissonResampling.KeyOf(ulong, string)"/>).</param>
    internal void Add(string group, DocumentResult document, ulong identity)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(document);
        GetOrAddGroup(group).Add(document, identity);
        _sample?.Add(identity);
        ScoredDocuments++;
    }

    /// <summary>Adds a scored document's figures to its group, as <see cref="Add(string, DocumentResult, ulong)"/> does with its result.</summary>
    /// <param name="group">The document's group.</param>
    /// <param name="id">The document's id (which with its identity keys its bootstrap weights).</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="coveredTokens">Its tokens inside at least one match.</param>
    /// <param name="counts">Its counts (read, not kept).</param>
    /// <param name="identity">Its identity, in <see cref="Sample"/> and in the key of its bootstrap weights.</param>
    internal void Add(string group, string id, long tokens, long coveredTokens, FramingCounts counts, ulong identity)
    {
        ArgumentNullException.ThrowIfNull(group);
        GetOrAddGroup(group).Add(id, tokens, coveredTokens, counts, identity);
        _sample?.Add(identity);
        ScoredDocuments++;
    }

    /// <summary>Counts a rejected record.</summary>
    /// <param name="error">Why it was rejected.</param>
    internal void Reject(Diagnostic error)
    {
        ArgumentNullException.ThrowIfNull(error);
        RejectedDocuments++;
        if (_rejections.Count < MaxKeptRejections)
        {
            _rejections.Add(error);
        }
    }

    /// <summary>
    /// Replaces the kept rejections by the same number of others: a merge that puts the rejections of its parts in an
    /// order of its own (<c>framing merge</c>: shard by shard, whatever the order of its arguments) keeps the first
    /// <c>MaxKeptRejections</c> in that order, which may be other rejections than the first in merge order.
    /// </summary>
    /// <param name="rejections">The rejections to keep, in order: as many as are kept now.</param>
    /// <exception cref="ArgumentException">Their number is not the number kept now.</exception>
    internal void ReplaceRejections(IReadOnlyList<Diagnostic> rejections)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        if (rejections.Count != _rejections.Count)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rejections.Count} rejections to keep, but {_rejections.Count} are kept"), nameof(rejections));
        }

        _rejections.Clear();
        _rejections.AddRange(rejections);
    }

    /// <summary>Adds every figure of <paramref name="other"/> (a tally of a disjoint part of the corpus).</summary>
    /// <param name="other">The other tally.</param>
    /// <exception cref="OverflowException">A sum exceeds a 64-bit count: figures no real corpus has, from a damaged or
    /// hand-edited state (this tally is then partly merged and not to be used).</exception>
    public void Merge(CorpusTally other)
    {
        CheckMergeable(other);
        foreach (var group in other._groups.Values)
        {
            GetOrAddGroup(group.Group).Merge(group);
        }

        if (other._sample is null)
        {
            _sample = null; // the union's sample cannot be known
        }
        else
        {
            _sample?.UnionWith(other._sample);
        }

        ScoredDocuments = checked(ScoredDocuments + other.ScoredDocuments);
        RejectedDocuments = checked(RejectedDocuments + other.RejectedDocuments);
        foreach (var rejection in other._rejections)
        {
            if (_rejections.Count < MaxKeptRejections)
            {
                _rejections.Add(rejection);
            }
        }
    }

    /// <summary>
    /// Adds every figure of <paramref name="other"/> as <see cref="Merge"/> does, taking over the group tallies that
    /// this tally lacks instead of copying them. For a tally that nobody uses afterwards (a worker's): its groups then
    /// belong to this one.
    /// </summary>
    /// <param name="other">The other tally, not to be used again.</param>
    internal void Absorb(CorpusTally other)
    {
        CheckMergeable(other);
        foreach (var (name, group) in other._groups)
        {
            if (_groups.TryAdd(name, group))
            {
                _ordered = null;
                other._groups.Remove(name); // allowed while enumerating
                other._ordered = null;
            }
        }

        Merge(other);
    }

    /// <summary>Refuses a tally that cannot be merged into this one.</summary>
    /// <param name="other">The tally to merge.</param>
    /// <param name="parameter">The caller's parameter the exception names (a verb merging a list names the list).</param>
    internal void CheckMergeable(CorpusTally other, string parameter = "other")
    {
        ArgumentNullException.ThrowIfNull(other, parameter);
        if (other.DimensionCount != DimensionCount
            || (!ReferenceEquals(other._lexicon, _lexicon) && other.LexiconFingerprint is { } theirs && LexiconFingerprint is { } mine && !string.Equals(theirs, mine, StringComparison.Ordinal)))
        {
            throw new ArgumentException("tallies are over different lexicons", parameter);
        }

        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("a tally cannot be merged with itself: merge the tallies of disjoint parts of a corpus", parameter);
        }

        if (other.Bootstrap != Bootstrap)
        {
            throw new ArgumentException("tallies have different bootstrap settings", parameter);
        }
    }

    /// <summary>Returns the tally of a group, creating an empty one if needed.</summary>
    /// <param name="group">The group's value.</param>
    /// <returns>The group's tally.</returns>
    internal GroupTally GetOrAddGroup(string group)
    {
        if (!_groups.TryGetValue(group, out var tally))
        {
            tally = new GroupTally(group, DimensionCount, Bootstrap);
            _groups[group] = tally;
            _ordered = null;
        }

        return tally;
    }

    private static GroupTally[] Order(Dictionary<string, GroupTally> groups)
    {
        var ordered = new GroupTally[groups.Count];
        groups.Values.CopyTo(ordered, 0);
        Array.Sort(ordered, static (x, y) => string.CompareOrdinal(x.Group, y.Group));
        return ordered;
    }

    /// <summary>Adds raw counters (used when reading a saved state).</summary>
    /// <param name="scored">Scored documents.</param>
    /// <param name="rejected">Rejected documents.</param>
    internal void AddTotals(long scored, long rejected)
    {
        ScoredDocuments += scored;
        RejectedDocuments += rejected;
    }

    /// <summary>What the tally holds, for a log or a debugger: <c>CorpusTally { Groups = 3, ScoredDocuments = 24,
    /// RejectedDocuments = 0, Dimensions = 3, Replicates = 2000 }</c> (<c>Replicates = 0</c> without a bootstrap).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"CorpusTally {{ Groups = {Groups.Count}, ScoredDocuments = {ScoredDocuments}, RejectedDocuments = {RejectedDocuments}, Dimensions = {DimensionCount}, Replicates = {Bootstrap?.Replicates ?? 0} }}");
}
