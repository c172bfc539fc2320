using Framing.Scoring;
using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// Says which lexicon entries match a term (normalized words separated by spaces), by scoring the term's text with the
/// lexicon: the <c>dimension/pole</c> labels of the entries that match the whole term, else of those that match it
/// only with the Arabic article or only in part, so marked. Used wherever terms are marked
/// against a lexicon: <c>framing keyness</c>, <c>framing learn</c> and the words of <c>framing report</c>.
/// Arabic terms lost their article, so a term is also tried with ال in front of each word (a lexicon may write
/// النظام where the term is نظام), in the language the lexicon reads Arabic script as (ar, or a declared
/// <c>arabic</c> language of a lexicon without ar).
/// </summary>
/// <param name="lexicon">The compiled lexicon.</param>
/// <param name="includeUncounted">Also take matches that would not count in a text (negated or off target), as the
/// report does: a term alone has no context, and a name that is an actor is off target by itself.</param>
internal sealed class LexiconTermLabels(CompiledLexicon lexicon, bool includeUncounted = false)
{
    /// <summary>What precedes the labels of entries that match a term only with the Arabic article.</summary>
    internal const string WithArticlePrefix = "with ال: ";

    /// <summary>What precedes the labels of entries that match only a part of a term.</summary>
    internal const string PartialPrefix = "partial: ";

    // A term is scored as a document of its own, which names no scope word: the lexicon's scope, a rule about documents,
    // would put every term out of scope, and no term would be labelled.
    private readonly DocumentScorer _scorer = lexicon.CreateScorer(new ScoringOptions { CollectMatches = true, IgnoreScope = true });

    /// <summary>The labels of the entries that match the whole term as written, or, when none does: <c>with ال: </c>
    /// and the labels of the entries that match it with ال in front of each word (an Arabic term lost its article, so
    /// the term pools the forms with and without it, and the lexicon counts only those with it: نظام pools النظام,
    /// "the regime", with نظام, "system"); else <c>partial: </c> and the labels of the entries that match part of it
    /// (the lexicon column of <c>framing keyness</c> and <c>framing learn</c>); else an empty string.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The labels, or an empty string.</returns>
    public string WholeOrPartial(string term) => Label(term).Text;

    /// <summary>Whether the lexicon matches the whole term as written (not only with the article, or a part of it), and
    /// the labels as <see cref="WholeOrPartial"/> gives them.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The label.</returns>
    public (bool Whole, string Text) Label(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var words = Words(term);
        var bare = new List<FramingMatch>();
        Add(_scorer.Score("term", term), bare);
        var whole = Join(bare.Where(m => m.TokenCount == words));
        if (whole.Length > 0)
        {
            return (true, whole);
        }

        var withArticle = new List<FramingMatch>();
        AddWithArticle(term, withArticle);
        var wholeWithArticle = Join(withArticle.Where(m => m.TokenCount == words));
        if (wholeWithArticle.Length > 0)
        {
            return (false, WithArticlePrefix + wholeWithArticle);
        }

        var partial = Join(bare.Concat(withArticle));
        return (false, partial.Length > 0 ? PartialPrefix + partial : string.Empty);
    }

    private static int Words(string term) => term.Count(c => c == ' ') + 1;

    /// <summary>Adds the matches of an Arabic term with ال in front of each word.</summary>
    private void AddWithArticle(string term, List<FramingMatch> matches)
    {
        if (ScriptDetector.ArabicLetterShare(term) > 0.5)
        {
            // As the lexicon reads Arabic script: ar, or the language it declares for that script when it lacks ar.
            Add(_scorer.Score("term", string.Join(' ', term.Split(' ').Select(w => "ال" + w)), lexicon.ScriptLanguage("ar")), matches);
        }
    }

    private void Add(DocumentResult result, List<FramingMatch> matches)
    {
        matches.AddRange(result.Matches);
        if (includeUncounted)
        {
            matches.AddRange(result.UncountedMatches);
        }
    }

    private static string Join(IEnumerable<FramingMatch> matches) => string.Join(
        "; ",
        matches.Select(m => m.Dimension.Id + "/" + (m.Pole?.Id ?? "neutral")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
