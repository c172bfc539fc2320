using System.Text;
using Framing.Text;

namespace Framing.Learning;

/// <summary>
/// Finds a few lines of context for given n-grams in documents: each token is turned into its term exactly as
/// <see cref="TermExtractor"/> counts it, and a run of terms within a sentence that spells an n-gram is shown with up
/// to 40 characters of the original text on either side, the n-gram in brackets. One line per document, from the
/// documents of lowest rank (the order the models fit them in, drawn from their ids), so that the lines do not depend
/// on the order of the corpus.
/// </summary>
internal sealed class TermContexts
{
    private const int Margin = 40;
    private readonly TermExtractor _extractor = new();
    private readonly LanguageRegistry _languages;
    private readonly TokenizedText _tokens = new();
    private readonly Dictionary<string, List<(long Rank, string Line, string Language)>> _found;
    private readonly int _lines;
    private readonly int _longest;

    /// <summary>Finds up to <paramref name="lines"/> lines of each of <paramref name="terms"/>, reading each document in
    /// its language of <paramref name="languages"/> (the lexicon's, with those its <c>analysis</c> declares).</summary>
    public TermContexts(IEnumerable<string> terms, int lines, LanguageRegistry languages)
    {
        _languages = languages;
        _found = terms.Distinct(StringComparer.Ordinal).ToDictionary(t => t, _ => new List<(long, string, string)>(), StringComparer.Ordinal);
        _lines = lines;
        _longest = _found.Keys.Select(t => t.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    /// <summary>The lines of a term, lowest rank first.</summary>
    public IReadOnlyList<(string Line, string Language)> Of(string term) =>
        _found.TryGetValue(term, out var l) ? [.. l.OrderBy(x => x.Rank).Select(x => (x.Line, x.Language))] : [];

    /// <summary>Looks for the terms in a document of rank <paramref name="rank"/> (distinct for each document).</summary>
    public void Add(string text, string language, long rank)
    {
        var profile = _languages.TryGet(language, out var p) ? p : _languages.Get("en");
        Tokenizer.Instance.Tokenize(text, _tokens);
        var tokens = _tokens.Tokens.ToArray();
        var terms = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            terms[i] = _extractor.Term(text.AsSpan(tokens[i].Start, tokens[i].Length), profile);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var b = new StringBuilder();
        for (var i = 0; i < tokens.Length; i++)
        {
            b.Clear();
            // As the n-grams were counted (TermExtractor): within a sentence, never across a comma or other barrier.
            for (var n = 1; n <= _longest && i + n <= tokens.Length && (n == 1 || Framing.Scoring.TokenGaps.ContinuesPhrase(text, tokens, i + n - 1)); n++)
            {
                if (n > 1)
                {
                    b.Append(' ');
                }

                b.Append(terms[i + n - 1]);
                var term = b.ToString();
                if (_found.TryGetValue(term, out var lines) && Keeps(lines, rank) && seen.Add(term))
                {
                    Keep(lines, (rank, Line(text, tokens[i].Start, tokens[i + n - 1].End), language));
                }
            }
        }
    }

    // Whether a line of this rank is among the lowest-ranked ones kept.
    private bool Keeps(List<(long Rank, string Line, string Language)> lines, long rank) =>
        lines.Count < _lines || rank < lines.Max(l => l.Rank);

    private void Keep(List<(long Rank, string Line, string Language)> lines, (long Rank, string Line, string Language) line)
    {
        if (lines.Count == _lines)
        {
            lines.RemoveAt(lines.FindIndex(l => l.Rank == lines.Max(x => x.Rank)));
        }

        lines.Add(line);
    }

    private static string Line(string text, int start, int end)
    {
        var from = Math.Max(0, start - Margin);
        var to = Math.Min(text.Length, end + Margin);
        var line = (from > 0 ? "…" : string.Empty) + text[from..start] + "[" + text[start..end] + "]" + text[end..to] + (to < text.Length ? "…" : string.Empty);
        return string.Join(' ', line.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
