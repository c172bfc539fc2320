using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Reports;

/// <summary>Keeps the first matches of each group, dimension and pole in corpus order, each in its context (as
/// <c>framing kwic</c> shows it).</summary>
internal sealed class ContextCollector(int perPole, int window)
{
    private readonly Dictionary<(string Group, string Dimension, string Pole), List<ContextLine>> _lines = [];
    private readonly TokenizedText _tokens = new();

    /// <summary>Adds a document's matches while their group, dimension and pole still have room.</summary>
    public void Add(string group, Document document, DocumentResult result)
    {
        if (perPole == 0 || (result.Matches.Count == 0 && result.UncountedMatches.Count == 0))
        {
            return;
        }

        var tokenized = false;
        foreach (var match in result.Matches.Concat(result.UncountedMatches).OrderBy(m => m.FirstToken).ThenBy(m => m.Dimension.Id, StringComparer.Ordinal))
        {
            if (match.Pole is not { } pole)
            {
                continue;
            }

            var key = (group, match.Dimension.Id, pole.Id);
            if (!_lines.TryGetValue(key, out var lines))
            {
                lines = [];
                _lines[key] = lines;
            }

            if (lines.Count >= perPole)
            {
                continue;
            }

            if (!tokenized)
            {
                Tokenizer.Instance.Tokenize(document.Text, _tokens);
                tokenized = true;
            }

            var (left, right) = Around(document.Text, match);
            var text = document.Text;
            var end = match.Start + match.Length;
            lines.Add(new ContextLine(group, match.Dimension.Id, pole.Id, document.Id, left, ContextText.OneLine(match.Surface), right, match.Voice.Name(), StatusName(match.Status))
            {
                // As the text has it: "anti-terrorist", "(rebels)" and a quoted "terrorists" have no space at the match.
                SpaceBefore = match.Start > 0 && char.IsWhiteSpace(text[match.Start - 1]),
                SpaceAfter = end < text.Length && char.IsWhiteSpace(text[end]),
            });
        }
    }

    /// <summary>The lines in group order, then in the lexicon's order of dimensions and poles.</summary>
    public List<ContextLine> Lines(IReadOnlyList<string> groups, Lexicon lexicon)
    {
        var list = new List<ContextLine>();
        foreach (var group in groups)
        {
            foreach (var dimension in lexicon.Dimensions)
            {
                foreach (var pole in new[] { dimension.PoleA.Id, dimension.PoleB.Id })
                {
                    if (_lines.TryGetValue((group, dimension.Id, pole), out var lines))
                    {
                        list.AddRange(lines);
                    }
                }
            }
        }

        return list;
    }

    /// <summary>The name of a match status, as <c>framing kwic</c> writes it.</summary>
    public static string StatusName(MatchStatus status) => status switch
    {
        MatchStatus.Negated => "negated",
        MatchStatus.OffTarget => "off-target",
        MatchStatus.OutOfScope => "out-of-scope",
        _ => "counted",
    };

    private (string Left, string Right) Around(string text, FramingMatch match)
    {
        var all = _tokens.Tokens;
        var firstLeft = Math.Max(0, match.FirstToken - window);
        var lastRight = Math.Min(all.Length - 1, match.FirstToken + match.TokenCount - 1 + window);
        var leftStart = window == 0 || all.Length == 0 ? match.Start : Math.Min(all[firstLeft].Start, match.Start);
        var rightEnd = window == 0 || lastRight < match.FirstToken + match.TokenCount ? match.Start + match.Length : all[lastRight].End;
        return (ContextText.OneLine(text[leftStart..match.Start]), ContextText.OneLine(text[(match.Start + match.Length)..rightEnd]));
    }
}
