using System.Collections.ObjectModel;

namespace Framing.Coverage;

/// <summary>
/// The coverage figures of one group of documents: documents, tokens, tokens inside a match, and the counts of the
/// unmatched terms. Memory grows with the group's vocabulary of unmatched terms, not with its documents.
/// </summary>
public sealed class GroupCoverage
{
    private readonly Dictionary<string, long> _unigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _bigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _scopeWords = new(StringComparer.Ordinal);
    private readonly ReadOnlyDictionary<string, long> _unigramsView;
    private readonly ReadOnlyDictionary<string, long> _bigramsView;
    private readonly ReadOnlyDictionary<string, long> _scopeWordsView;

    internal GroupCoverage(string group)
    {
        Group = group;
        _unigramsView = new(_unigrams); // views (no copy) that no cast can change
        _bigramsView = new(_bigrams);
        _scopeWordsView = new(_scopeWords);
    }

    /// <summary>The group's value (for example an outlet).</summary>
    public string Group { get; }

    /// <summary>Documents added.</summary>
    public long Documents { get; private set; }

    /// <summary>Tokens of those documents (words and numbers; punctuation is not counted).</summary>
    public long Tokens { get; private set; }

    /// <summary>Tokens inside at least one match (any dimension, neutral included), each counted once.</summary>
    public long CoveredTokens { get; private set; }

    /// <summary>Dictionary coverage: <see cref="CoveredTokens"/> / <see cref="Tokens"/>, as <c>framing score</c> computes
    /// it; null when the group has no tokens (a share of nothing is undefined, not 0).</summary>
    public double? Coverage => Tokens == 0 ? null : (double)CoveredTokens / Tokens;

    /// <summary>Occurrences of each unmatched unigram (a token not covered by any match), before any top-N cut.</summary>
    public IReadOnlyDictionary<string, long> Unigrams => _unigramsView;

    /// <summary>Occurrences of each unmatched bigram (two consecutive uncovered tokens of one sentence).</summary>
    public IReadOnlyDictionary<string, long> Bigrams => _bigramsView;

    /// <summary>Occurrences of each uncovered token of a scope word of the lexicon (<see cref="CoverageTermKind.Scope"/>),
    /// which <see cref="Unigrams"/> leaves out.</summary>
    public IReadOnlyDictionary<string, long> ScopeWords => _scopeWordsView;

    /// <summary>The counts of one kind of term.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see cref="Unigrams"/>, <see cref="Bigrams"/> or <see cref="ScopeWords"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public IReadOnlyDictionary<string, long> Terms(CoverageTermKind kind) => kind switch
    {
        CoverageTermKind.Unigram => _unigramsView,
        CoverageTermKind.Bigram => _bigramsView,
        CoverageTermKind.Scope => _scopeWordsView,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a CoverageTermKind"),
    };

    /// <summary>The most frequent terms of one kind: by count, descending, then by ordinal comparison of the term.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="count">How many at most.</param>
    /// <returns>The terms, most frequent first (a read-only list).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value, or <paramref name="count"/> is negative.</exception>
    public IReadOnlyList<TermCount> Top(CoverageTermKind kind, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Terms(kind)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(p => new TermCount(p.Key, p.Value))
            .ToList()
            .AsReadOnly();
    }

    internal void AddDocument(long tokens, long coveredTokens)
    {
        Documents++;
        Tokens += tokens;
        CoveredTokens += coveredTokens;
    }

    internal void AddTerm(CoverageTermKind kind, string term, long count = 1)
    {
        var terms = kind switch
        {
            CoverageTermKind.Bigram => _bigrams,
            CoverageTermKind.Scope => _scopeWords,
            _ => _unigrams,
        };
        terms[term] = terms.TryGetValue(term, out var c) ? c + count : count;
    }

    internal void Merge(GroupCoverage other)
    {
        Documents += other.Documents;
        Tokens += other.Tokens;
        CoveredTokens += other.CoveredTokens;
        foreach (var (term, count) in other._unigrams)
        {
            AddTerm(CoverageTermKind.Unigram, term, count);
        }

        foreach (var (term, count) in other._bigrams)
        {
            AddTerm(CoverageTermKind.Bigram, term, count);
        }

        foreach (var (term, count) in other._scopeWords)
        {
            AddTerm(CoverageTermKind.Scope, term, count);
        }
    }
}
