using Framing.Matching;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Reports;

/// <summary>Says which lexicon entry matches a term, by scoring the term's text with the lexicon (as
/// <c>framing keyness</c> marks its lexicon column).</summary>
internal sealed class LexiconTermMarker(CompiledLexicon lexicon)
{
    private readonly DocumentScorer _scorer = lexicon.CreateScorer(new ScoringOptions { CollectMatches = true });

    /// <summary>The dimension/pole labels of the entries that match the whole term, or empty. Arabic terms lost
    /// their article, so a term is also tried with ال in front.</summary>
    public string Describe(string term)
    {
        var scored = _scorer.Score("term", term);
        var matches = scored.Matches.Concat(scored.UncountedMatches).ToList();
        if (ScriptDetector.ArabicLetterShare(term) > 0.5)
        {
            matches.AddRange(_scorer.Score("term", "ال" + term, "ar").Matches);
        }

        return string.Join("; ", matches
            .Where(m => m.TokenCount == 1)
            .Select(m => m.Dimension.Id + "/" + (m.Pole?.Id ?? "neutral"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
    }
}
