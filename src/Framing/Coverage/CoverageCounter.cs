using System.Text;
using Framing.Matching;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Coverage;

/// <summary>
/// Per group, dictionary coverage and the most frequent words and two-word phrases that no lexicon entry matched: what
/// a lexicon may lack. Not thread-safe (it owns a scorer): use one counter per thread.
/// </summary>
/// <remarks>
/// <para><b>Coverage</b> is the share of a group's tokens inside at least one match of any dimension (neutral
/// included), each token counted once: the <c>coverage</c> of <c>framing score</c>.</para>
/// <para><b>Unmatched unigrams</b> are the tokens not covered by any match, counted as terms: normalized, with an
/// article-bearing Arabic proclitic chain removed (<c>TermExtractor.Term</c>, as <c>framing keyness</c> counts
/// them). <b>Unmatched bigrams</b> are pairs of consecutive uncovered tokens of one sentence: a pair never spans a
/// sentence boundary or a covered token.</para>
/// <para><b>Scope words</b> of the lexicon (its <c>scope:</c> section) name the conflict, not a framing: an uncovered
/// token of one is counted as <see cref="CoverageTermKind.Scope"/> instead of as a unigram (when unigrams are counted),
/// and still forms bigrams. They are the scorer's own finds (<see cref="DocumentResult"/>), not looked up again.</para>
/// <para><b>Filters.</b> A term is left out when it is a stopword (<see cref="CoverageOptions.Stopwords"/>, normalized
/// the same way) or has fewer than <see cref="CoverageOptions.MinimumLength"/> letters; a bigram is left out when
/// either of its words is. Words left out still break bigrams: the words on either side of them do not form a pair.</para>
/// <para><b>Memory</b> grows with the number of groups and of distinct unmatched terms per group (the vocabulary), not
/// with the number of documents.</para>
/// </remarks>
public sealed class CoverageCounter
{
    private readonly CompiledLexicon _lexicon;
    private readonly DocumentScorer _scorer;
    private readonly TermExtractor _extractor;
    private readonly TokenizedText _tokens = new();
    private readonly SortedDictionary<string, GroupCoverage> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<LanguageProfile, HashSet<string>> _stopwords = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _bigram = new();
    private bool[] _covered = new bool[256];
    private bool[] _scope = new bool[256];
    private string?[] _terms = new string?[256];

    /// <summary>Creates a counter.</summary>
    /// <param name="lexicon">The compiled lexicon whose matches cover tokens.</param>
    /// <param name="options">Options (default: <see cref="CoverageOptions.Default"/>).</param>
    internal CoverageCounter(CompiledLexicon lexicon, CoverageOptions? options = null)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        Options = options ?? CoverageOptions.Default;
        if (Options.MinimumLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"options.MinimumLength must be at least 0, not {Options.MinimumLength}"));
        }

        if (Options.Stopwords is null)
        {
            throw new ArgumentNullException(nameof(options), "options.Stopwords must not be null");
        }

        if (Options.Scoring is null)
        {
            throw new ArgumentNullException(nameof(options), "options.Scoring must not be null");
        }

        if (Options.Languages is null)
        {
            throw new ArgumentNullException(nameof(options), "options.Languages must not be null");
        }

        _scorer = lexicon.CreateScorer(Options.Scoring with { CollectMatches = true });
        _extractor = new TermExtractor(1, 1, Options.Languages, Options.Scoring.LanguageDetector);
    }

    /// <summary>The options.</summary>
    public CoverageOptions Options { get; }

    /// <summary>The compiled lexicon.</summary>
    public CompiledLexicon Lexicon => _lexicon;

    /// <summary>The groups, ordered by ordinal comparison of their values.</summary>
    public IReadOnlyCollection<GroupCoverage> Groups => _groups.Values;

    /// <summary>Documents added to every group.</summary>
    public long Documents { get; private set; }

    /// <summary>Finds a group.</summary>
    /// <param name="group">The group's value.</param>
    /// <param name="coverage">Its figures, when it has documents.</param>
    /// <returns>Whether the group has documents.</returns>
    public bool TryGetGroup(string group, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GroupCoverage? coverage) =>
        _groups.TryGetValue(group, out coverage);

    /// <summary>Scores a document with the counter's own scorer and adds it to its group.</summary>
    /// <param name="group">The document's group.</param>
    /// <param name="id">The document's id.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="language">Its language, or null to detect it from the script.</param>
    /// <returns>The document's scoring result (with its matches).</returns>
    internal DocumentResult Add(string group, string id, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var result = _scorer.Score(id, text, language);
        Add(group, text, result);
        return result;
    }

    /// <summary>Adds a document already scored with this counter's lexicon and <see cref="ScoringOptions.CollectMatches"/> on.</summary>
    /// <param name="group">The document's group.</param>
    /// <param name="text">The text that was scored.</param>
    /// <param name="result">Its result, with its matches.</param>
    /// <exception cref="ArgumentException">The result has covered tokens but no matches, or does not belong to the text.</exception>
    internal void Add(string group, string text, DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        if (result.CoveredTokens > 0 && result.Matches.Count == 0 && result.UncountedMatches.Count == 0)
        {
            throw new ArgumentException("the result has covered tokens but no matches: score with CollectMatches = true", nameof(result));
        }

        Tokenizer.Instance.Tokenize(text, _tokens);
        var n = _tokens.TokenCount;
        if (n != result.Tokens)
        {
            throw new ArgumentException("the result was not scored from this text (its token count differs)", nameof(result));
        }

        var coverage = GetOrAddGroup(group);
        coverage.AddDocument(result.Tokens, result.CoveredTokens);
        Documents++;
        if (n == 0 || !(Options.CountUnigrams || Options.CountBigrams))
        {
            return;
        }

        EnsureCapacity(n);
        Array.Clear(_covered, 0, n);
        // Negated and off-target labels are matches too: the scorer counts their tokens as covered.
        foreach (var match in result.Matches.Concat(result.UncountedMatches))
        {
            Array.Fill(_covered, true, match.FirstToken, match.TokenCount);
        }

        // The tokens of scope words, which name the conflict rather than frame it: counted apart from the unigrams.
        Array.Clear(_scope, 0, n);
        foreach (var (first, count) in result.ScopeWords)
        {
            Array.Fill(_scope, true, first, count);
        }

        var profile = ProfileFor(result.Language);
        var stopwords = StopwordsFor(profile);
        var tokens = _tokens.Tokens;
        for (var i = 0; i < n; i++)
        {
            _terms[i] = null;
            if (_covered[i])
            {
                continue;
            }

            var term = _extractor.Term(text.AsSpan(tokens[i].Start, tokens[i].Length), profile);
            if (term.Length == 0 || !HasLetters(term, Options.MinimumLength) || stopwords.Contains(term))
            {
                continue;
            }

            _terms[i] = term;
            if (Options.CountUnigrams)
            {
                coverage.AddTerm(_scope[i] ? CoverageTermKind.Scope : CoverageTermKind.Unigram, term);
            }
        }

        if (!Options.CountBigrams)
        {
            return;
        }

        for (var i = 0; i + 1 < n; i++)
        {
            // A pair, like a lexicon phrase, never spans a sentence boundary or a comma, semicolon, colon, parenthesis,
            // bracket or dash: such a pair could not be matched as an entry.
            if (_terms[i] is { } first && _terms[i + 1] is { } second && Scoring.TokenGaps.ContinuesPhrase(text, tokens, i + 1))
            {
                _bigram.Clear().Append(first).Append(' ').Append(second);
                coverage.AddTerm(CoverageTermKind.Bigram, _bigram.ToString());
            }
        }
    }

    /// <summary>The figures of every group pooled into one.</summary>
    /// <param name="name">The pooled group's name.</param>
    /// <returns>A new object; later additions to the counter do not change it.</returns>
    public GroupCoverage Total(string name = "(all)")
    {
        ArgumentNullException.ThrowIfNull(name);
        var total = new GroupCoverage(name);
        foreach (var group in _groups.Values)
        {
            total.Merge(group);
        }

        return total;
    }

    /// <summary>Adds every figure of <paramref name="other"/> (a counter of a disjoint part of the corpus, with the same options).</summary>
    /// <param name="other">The other counter.</param>
    internal void Merge(CoverageCounter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("a counter cannot be merged into itself", nameof(other));
        }

        foreach (var group in other._groups.Values)
        {
            GetOrAddGroup(group.Group).Merge(group);
        }

        Documents += other.Documents;
    }

    private GroupCoverage GetOrAddGroup(string group)
    {
        if (!_groups.TryGetValue(group, out var coverage))
        {
            _groups[group] = coverage = new GroupCoverage(group);
        }

        return coverage;
    }

    /// <summary>The language profile of a document: the lexicon's (as its scorer normalized it), else the registry's, else English.</summary>
    private LanguageProfile ProfileFor(string language) =>
        _lexicon.MatcherFor(language)?.Profile
            ?? (Options.Languages.TryGet(language, out var profile) ? profile : Options.Languages.Get("en"));

    private HashSet<string> StopwordsFor(LanguageProfile profile)
    {
        if (!_stopwords.TryGetValue(profile, out var set))
        {
            _stopwords[profile] = set = Options.Stopwords.AppliesTo(profile) ? Options.Stopwords.ToTermSet(_extractor, profile) : new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    /// <summary>Whether <paramref name="term"/> has at least <paramref name="minimum"/> letters.</summary>
    private static bool HasLetters(string term, int minimum)
    {
        if (minimum == 0)
        {
            return true;
        }

        var letters = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && ++letters >= minimum)
            {
                return true;
            }
        }

        return false;
    }

    private void EnsureCapacity(int n)
    {
        if (_covered.Length < n)
        {
            var size = Math.Max(n, _covered.Length * 2);
            _covered = new bool[size];
            _scope = new bool[size];
            _terms = new string?[size];
        }
    }
}
