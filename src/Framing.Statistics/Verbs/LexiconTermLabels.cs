using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Verbs;

/// <summary>
/// Says which lexicon entries match a term of <see cref="FramingVerbs.Keyness"/>, by scoring the term's text with the
/// lexicon: <c>dimension/pole</c> labels, or <c>partial: …</c> when entries match only part of it.
/// </summary>
/// <param name="lexicon">The lexicon.</param>
internal sealed class LexiconTermLabels(Lexicon lexicon)
{
    private readonly DocumentScorer _scorer = lexicon.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

    /// <summary>
    /// The lexicon labels of a term. Arabic terms lost their article, so a term is also tried with ال in front
    /// of each word (a lexicon may write النظام where the term is نظام).
    /// </summary>
    /// <param name="term">A term as keyness counts it (normalized words separated by spaces).</param>
    /// <returns>The labels, separated by <c>; </c>, or an empty string.</returns>
    public string Describe(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var words = term.Count(c => c == ' ') + 1;
        var matches = _scorer.Score("term", term).Matches.ToList();
        if (ScriptDetector.ArabicLetterShare(term) > 0.5)
        {
            matches.AddRange(_scorer.Score("term", string.Join(' ', term.Split(' ').Select(w => "ال" + w)), "ar").Matches);
        }

        var full = matches.Where(m => m.TokenCount == words).Select(Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (full.Count > 0)
        {
            return string.Join("; ", full);
        }

        var partial = matches.Select(Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return partial.Count > 0 ? "partial: " + string.Join("; ", partial) : string.Empty;
    }

    private static string Label(FramingMatch m) => m.Dimension.Id + "/" + (m.Pole?.Id ?? "neutral");
}
