using Framing.Matching;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Learning;

/// <summary>
/// Says which lexicon entries match a whole n-gram, by scoring its text with the lexicon (as <c>framing keyness</c>
/// marks its terms). Arabic n-grams lost their article, so they are also tried with ال in front of each word.
/// </summary>
internal sealed class LexiconTermMarker(CompiledLexicon lexicon)
{
    private readonly DocumentScorer _scorer = lexicon.CreateScorer(new ScoringOptions { CollectMatches = true });

    public string Describe(string term)
    {
        var words = term.Count(c => c == ' ') + 1;
        var matches = _scorer.Score("term", term).Matches.ToList();
        if (ScriptDetector.ArabicLetterShare(term) > 0.5)
        {
            matches.AddRange(_scorer.Score("term", string.Join(' ', term.Split(' ').Select(w => "ال" + w)), "ar").Matches);
        }

        return string.Join("; ", matches.Where(m => m.TokenCount == words)
            .Select(m => m.Dimension.Id + "/" + (m.Pole?.Id ?? "neutral"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
    }
}
