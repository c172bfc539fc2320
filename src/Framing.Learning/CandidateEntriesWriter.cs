using System.Globalization;
using System.Text;

namespace Framing.Learning;

/// <summary>
/// Writes the top <see cref="TermMark.NotInLexicon"/> n-grams of a <see cref="ClassifierReport"/> as a YAML fragment of
/// candidate entries for a human to review: each with its language and pattern, <c>dimension</c> and <c>pole</c> left
/// empty, its evidence and its lines of context. Nothing is added to a lexicon automatically: the fragment is not a
/// lexicon (its key is <c>candidates</c>), and an entry moved into a lexicon's <c>entries</c> needs its dimension, pole
/// and a note saying why it belongs.
/// </summary>
public static class CandidateEntriesWriter
{
    /// <summary>The fragment.</summary>
    /// <param name="report">The classifier's report (with context lines, when <see cref="ClassifierOptions.ContextLines"/> asked for them).</param>
    /// <param name="corpusName">The corpus's name, for the header.</param>
    /// <returns>YAML text.</returns>
    public static string Write(ClassifierReport report, string corpusName)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("# Candidate entries found by 'framing learn' on ").Append(YamlText.Comment(corpusName)).Append(" against lexicon ").Append(YamlText.Comment(report.Lexicon.Id)).Append(".\n");
        b.Append("# Never added automatically: for each one worth keeping, choose a dimension and pole, write a note saying why it\n");
        b.Append("# belongs (the camp's usage, not one outlet's), and move it into the lexicon's 'entries'. Patterns are normalized\n");
        b.Append("# terms (Arabic without the article); check them with 'framing kwic' before use.\n");
        b.Append("candidates:\n");
        var any = false;
        foreach (var t in report.Terms.Where(t => t.Mark == TermMark.NotInLexicon))
        {
            any = true;
            var side = t.IsSideA ? "a" : "b";
            var leanings = string.Join(", ", (t.IsSideA ? report.Sides.SideA : report.Sides.SideB));
            b.Append("  - lang: ").Append(YamlText.Id(t.Language)).Append('\n');
            b.Append("    pattern: ").Append(YamlText.Quote(t.Term)).Append('\n');
            b.Append("    dimension: \"\"\n    pole: \"\"\n");
            b.Append("    evidence: ").Append(YamlText.Quote(string.Create(
                CultureInfo.InvariantCulture,
                $"favours side {side} ({leanings}); coefficient {YamlText.Number(t.Coefficient)}; documents A/B {t.DocumentsA}/{t.DocumentsB}; outlets {t.Outlets}; {t.TopOutlet} has {t.TopOutletShare:0%} of its documents"))).Append('\n');
            b.Append("    kwic:");
            if (t.Context.Count == 0)
            {
                b.Append(" []\n");
                continue;
            }

            b.Append('\n');
            foreach (var line in t.Context)
            {
                b.Append("      - ").Append(YamlText.Quote(line)).Append('\n');
            }
        }

        if (!any)
        {
            b.Length -= "candidates:\n".Length;
            b.Append("candidates: []\n");
        }

        return b.ToString();
    }
}
