using Framing.Statistics;
using Framing.Statistics.Comparisons;

namespace Framing.Reports;

/// <summary>
/// Everything a report page shows, computed once: the page model that <see cref="HtmlReport"/> and
/// <see cref="OutletChart"/> render. Built by <see cref="ReportBuilder"/>; every list is in a fixed, culture-independent
/// order, so the same corpus, lexicon and options give the same page.
/// Compares by value, lists element by element.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Lexicon">The lexicon's provenance.</param>
/// <param name="Corpus">The corpus as its reader describes it.</param>
/// <param name="DocumentsScored">Documents scored.</param>
/// <param name="DocumentsRejected">Records rejected (bad records skipped).</param>
/// <param name="FramingVersion">The version of Framing that made the page.</param>
/// <param name="ConfidenceLevel">The confidence level of every interval.</param>
/// <param name="MinimumDocuments">Fewest documents a group needs for an interval.</param>
/// <param name="Axes">The lexicon's dimensions, then its composite indices.</param>
/// <param name="Groups">The groups, ordered by the first composite's score (highest first), then by name.</param>
/// <param name="Scores">One point per group and axis, in the order of <paramref name="Axes"/> then <paramref name="Groups"/>.</param>
/// <param name="Comparisons">Every pair of groups on every axis (with omnibus rows), as <c>framing compare</c> gives them.</param>
/// <param name="DistinctiveTerms">Per group, its most distinctive terms against the other groups.</param>
/// <param name="Entries">Per dimension and pole, the entries with the most counted matches.</param>
/// <param name="Context">Keyword-in-context lines per group, dimension and pole.</param>
/// <param name="Coverage">Per group, the coverage and the most frequent unmatched terms.</param>
public sealed record ReportModel(
    string Title,
    ReportLexicon Lexicon,
    string Corpus,
    long DocumentsScored,
    long DocumentsRejected,
    string FramingVersion,
    double ConfidenceLevel,
    int MinimumDocuments,
    IReadOnlyList<ReportAxis> Axes,
    IReadOnlyList<string> Groups,
    IReadOnlyList<ScorePoint> Scores,
    IReadOnlyList<ComparisonRow> Comparisons,
    IReadOnlyList<GroupTerms> DistinctiveTerms,
    IReadOnlyList<PoleEntries> Entries,
    IReadOnlyList<ContextLine> Context,
    IReadOnlyList<GroupUnmatched> Coverage)
{
    /// <summary>The lexicon's dimensions, then its composite indices (a read-only list, compared element by element).</summary>
    public IReadOnlyList<ReportAxis> Axes { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Axes);

    /// <summary>The groups, ordered by the first composite's score (highest first), then by name (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> Groups { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Groups);

    /// <summary>One point per group and axis, in the order of <see cref="Axes"/> then <see cref="Groups"/> (a read-only list, compared element by element).</summary>
    public IReadOnlyList<ScorePoint> Scores { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Scores);

    /// <summary>Every pair of groups on every axis (with omnibus rows), as <c>framing compare</c> gives them (a read-only list, compared element by element).</summary>
    public IReadOnlyList<ComparisonRow> Comparisons { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Comparisons);

    /// <summary>Per group, its most distinctive terms against the other groups (a read-only list, compared element by element).</summary>
    public IReadOnlyList<GroupTerms> DistinctiveTerms { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(DistinctiveTerms);

    /// <summary>Per dimension and pole, the entries with the most counted matches (a read-only list, compared element by element).</summary>
    public IReadOnlyList<PoleEntries> Entries { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Entries);

    /// <summary>Keyword-in-context lines per group, dimension and pole (a read-only list, compared element by element).</summary>
    public IReadOnlyList<ContextLine> Context { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Context);

    /// <summary>Per group, the coverage and the most frequent unmatched terms (a read-only list, compared element by element).</summary>
    public IReadOnlyList<GroupUnmatched> Coverage { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Coverage);

    /// <summary>Documents of <see cref="DocumentsScored"/> out of the lexicon's scope: they name none of its scope words,
    /// so none of their matches counts (0 for a lexicon without a scope).</summary>
    public long DocumentsOutOfScope { get; init; }

    /// <summary>Every option of the run as name and value (the page lists them, to reproduce it).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.Empty<KeyValuePair<string, string>>();

    /// <summary>
    /// Refuses a model with a member left null (a model built by hand, or changed with <c>with</c>): the renderers
    /// read every member, and would fail inside with a <see cref="NullReferenceException"/>.
    /// </summary>
    /// <param name="parameterName">The renderer's parameter.</param>
    /// <exception cref="ArgumentException">A member other than <see cref="CommandLine"/> and <see cref="Validation"/> is null.</exception>
    internal void CheckComplete(string parameterName)
    {
        (string Name, object? Value)[] members =
        [
            (nameof(Title), Title), (nameof(Lexicon), Lexicon), (nameof(Corpus), Corpus), (nameof(FramingVersion), FramingVersion),
            (nameof(Axes), Axes), (nameof(Groups), Groups), (nameof(Scores), Scores), (nameof(Comparisons), Comparisons),
            (nameof(DistinctiveTerms), DistinctiveTerms), (nameof(Entries), Entries), (nameof(Context), Context),
            (nameof(Coverage), Coverage), (nameof(Settings), Settings),
        ];
        foreach (var (name, value) in members)
        {
            if (value is null)
            {
                throw new ArgumentException($"the model's {name} is null", parameterName);
            }
        }
    }

    /// <summary>The command line that made the page, when there was one.</summary>
    public string? CommandLine { get; init; }

    /// <summary>The lexicon's validation against outlets of known leaning, when known leanings were given.</summary>
    public ReportValidation? Validation { get; init; }

    /// <summary>The record's members as the compiler prints them (<c>ReportModel { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ReportModel), PrintMembers);
}

/// <summary>A lexicon's provenance as the report shows it. Compares by value, lists element by element.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Version">Its version.</param>
/// <param name="Title">Its title.</param>
/// <param name="License">Its licence.</param>
/// <param name="Citation">How to cite it, when given.</param>
/// <param name="Authors">Its authors.</param>
/// <param name="Source">Where it was loaded from.</param>
public sealed record ReportLexicon(string Id, string Version, string Title, string License, string? Citation, IReadOnlyList<string> Authors, string Source)
{
    /// <summary>Its authors (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> Authors { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Authors);

    /// <summary>The record's members as the compiler prints them (<c>ReportLexicon { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ReportLexicon), PrintMembers);
}

/// <summary>A dimension or composite index.</summary>
/// <param name="Id">Its id.</param>
/// <param name="IsComposite">Whether it is a composite index.</param>
/// <param name="PoleA">The label of pole A (a positive score leans to it).</param>
/// <param name="PoleB">The label of pole B.</param>
/// <param name="Description">What it measures.</param>
public sealed record ReportAxis(string Id, bool IsComposite, string PoleA, string PoleB, string Description)
{
    /// <summary>The record's members as the compiler prints them (<c>ReportAxis { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ReportAxis), PrintMembers);
}

/// <summary>One group's score on one axis with its bootstrap interval (the figures of <c>framing score</c>).</summary>
/// <param name="Group">The group.</param>
/// <param name="Axis">The dimension or composite id.</param>
/// <param name="Documents">Documents in the group.</param>
/// <param name="CountA">Pole A matches.</param>
/// <param name="CountB">Pole B matches.</param>
/// <param name="Score">(wA − wB) / (wA + wB), or null without matches.</param>
/// <param name="Lower">Lower end of the interval, or null.</param>
/// <param name="Upper">Upper end of the interval, or null.</param>
/// <param name="Note">Why there is no interval, when there is none.</param>
/// <param name="Absence">Why there is no interval, as a type (<see cref="IntervalAbsence.None"/> when there is one); a renderer words <see cref="IntervalAbsence.NoBootstrap"/> by its <see cref="ReportWording"/>.</param>
public sealed record ScorePoint(string Group, string Axis, long Documents, long CountA, long CountB, double? Score, double? Lower, double? Upper, string Note, IntervalAbsence Absence = IntervalAbsence.None)
{
    /// <summary>Whether the point has an interval.</summary>
    public bool HasInterval => Lower.HasValue && Upper.HasValue;

    /// <summary>The record's members as the compiler prints them (<c>ScorePoint { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ScorePoint), PrintMembers);
}

/// <summary>A group's most distinctive terms. Compares by value, lists element by element.</summary>
/// <param name="Group">The group.</param>
/// <param name="Terms">The terms, most distinctive first.</param>
public sealed record GroupTerms(string Group, IReadOnlyList<DistinctiveTerm> Terms)
{
    /// <summary>The terms, most distinctive first (a read-only list, compared element by element).</summary>
    public IReadOnlyList<DistinctiveTerm> Terms { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Terms);

    /// <summary>The record's members as the compiler prints them (<c>GroupTerms { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(GroupTerms), PrintMembers);
}

/// <summary>A term that a group uses more than the other groups.</summary>
/// <param name="Term">The normalized term.</param>
/// <param name="Count">Its count in the group.</param>
/// <param name="RestCount">Its count in the other groups.</param>
/// <param name="Statistic">The z-score of its log-odds ratio (Monroe, Colaresi and Quinn 2008).</param>
/// <param name="PAdjusted">Its p-value, Holm-adjusted across the group's tested terms.</param>
/// <param name="Lexicon">The dimension/pole of a lexicon entry that matches it, or empty when none does.</param>
public sealed record DistinctiveTerm(string Term, long Count, long RestCount, double Statistic, double? PAdjusted, string Lexicon)
{
    /// <summary>The record's members as the compiler prints them (<c>DistinctiveTerm { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(DistinctiveTerm), PrintMembers);
}

/// <summary>The entries of one pole that contribute most. Compares by value, lists element by element.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Pole">The pole id.</param>
/// <param name="PoleLabel">The pole's label.</param>
/// <param name="Entries">The entries, most counted first.</param>
public sealed record PoleEntries(string Dimension, string Pole, string PoleLabel, IReadOnlyList<EntryUse> Entries)
{
    /// <summary>The entries, most counted first (a read-only list, compared element by element).</summary>
    public IReadOnlyList<EntryUse> Entries { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Entries);

    /// <summary>The record's members as the compiler prints them (<c>PoleEntries { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(PoleEntries), PrintMembers);
}

/// <summary>How much one entry counted. Compares by value, lists element by element.</summary>
/// <param name="Pattern">The entry's pattern.</param>
/// <param name="Count">Counted matches.</param>
/// <param name="Weight">Their summed weight.</param>
/// <param name="Groups">Counted matches per group, in group order.</param>
public sealed record EntryUse(string Pattern, long Count, decimal Weight, IReadOnlyList<KeyValuePair<string, long>> Groups)
{
    /// <summary>Counted matches per group, in group order (a read-only list, compared element by element).</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Groups { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Groups);

    /// <summary>The record's members as the compiler prints them (<c>EntryUse { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(EntryUse), PrintMembers);
}

/// <summary>One match in its context.</summary>
/// <param name="Group">The document's group.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Pole">The pole id.</param>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Left">Words before the match.</param>
/// <param name="Match">The matched text, as written.</param>
/// <param name="Right">Words after the match.</param>
/// <param name="Voice">editorial, attributed or quoted.</param>
/// <param name="Status">counted, negated or off-target.</param>
public sealed record ContextLine(string Group, string Dimension, string Pole, string DocumentId, string Left, string Match, string Right, string Voice, string Status)
{
    /// <summary>Whether the text has white space right before the match (the page writes a space there only then).</summary>
    public bool SpaceBefore { get; init; } = true;

    /// <summary>Whether the text has white space right after the match.</summary>
    public bool SpaceAfter { get; init; } = true;

    /// <summary>The record's members as the compiler prints them (<c>ContextLine { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ContextLine), PrintMembers);
}

/// <summary>A group's coverage and its most frequent unmatched terms. Compares by value, lists element by element.</summary>
/// <param name="Group">The group.</param>
/// <param name="Documents">Its documents.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Coverage">Share of its tokens inside a match, or null when it has no tokens (shown blank).</param>
/// <param name="Terms">Unmatched words and two-word phrases, most frequent first, then the lexicon's scope words the group names.</param>
public sealed record GroupUnmatched(string Group, long Documents, long Tokens, double? Coverage, IReadOnlyList<UnmatchedTerm> Terms)
{
    /// <summary>Unmatched words and two-word phrases, most frequent first (a read-only list, compared element by element).</summary>
    public IReadOnlyList<UnmatchedTerm> Terms { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Terms);

    /// <summary>The record's members as the compiler prints them (<c>GroupUnmatched { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(GroupUnmatched), PrintMembers);
}

/// <summary>A term no lexicon entry matched.</summary>
/// <param name="Term">The normalized term.</param>
/// <param name="Kind">unigram, bigram, or scope (a word of one of the lexicon's scope words, which name the conflict rather
/// than frame it: left out of the unigrams).</param>
/// <param name="Count">Its occurrences in the group.</param>
public sealed record UnmatchedTerm(string Term, string Kind, long Count)
{
    /// <summary>The record's members as the compiler prints them (<c>UnmatchedTerm { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(UnmatchedTerm), PrintMembers);
}
