using System.Globalization;
using System.Text;
using Framing.Matching;
using Framing.Statistics.Comparisons;
using Framing.Statistics.MultipleTesting;

namespace Framing.Reports;

/// <summary>
/// Renders a <see cref="ReportModel"/> as one self-contained HTML page: inline CSS and SVG, no script, no font or
/// image to fetch, so it opens from a file or an e-mail without network access. Every text taken from data is escaped;
/// text that may be Arabic or mixed is laid out by the browser's bidirectional algorithm (<c>dir="auto"</c>,
/// <c>&lt;bdi&gt;</c>); numbers are culture-invariant. The same model gives the same bytes.
/// </summary>
public static class HtmlReport
{
    /// <summary>The p-value below which the page calls a difference significant (after adjustment).</summary>
    public const double Alpha = 0.05;

    /// <summary>The most pairs a dimension's table of differences shows (all pairs of up to six groups); with more,
    /// it shows the pairs that differ, largest difference first.</summary>
    public const int MaxPairs = 15;

    /// <summary>The most outlets one chart of scores draws; more are drawn in several charts (<see cref="ChartParts"/>).</summary>
    internal const int MaxChartOutlets = 40;

    /// <summary>Renders the page with <see cref="ReportWording.Default"/>.</summary>
    /// <param name="model">The page model.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(ReportModel model) => Render(model, ReportWording.Default);

    /// <summary>Renders the page, wording what the library knows only by type as <paramref name="wording"/> says.</summary>
    /// <param name="model">The page model.</param>
    /// <param name="wording">The front end's words (the CLI names its options).</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentException">A member of the model is null (see <see cref="ReportModel"/>).</exception>
    public static string Render(ReportModel model, ReportWording wording)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(wording);
        model.CheckComplete(nameof(model));
        model = wording.Apply(model);
        var b = new StringBuilder(64 * 1024);
        b.Append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.Append("<meta name=\"generator\" content=\"Framing ").Append(Html.Escape(model.FramingVersion)).Append("\">\n");
        b.Append("<title>").Append(Html.Escape(model.Title)).Append("</title>\n<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n");
        b.Append("<header>\n<h1 dir=\"auto\">").Append(Html.Escape(model.Title)).Append("</h1>\n");
        b.Append("<p class=\"note\">Lexicon ").Append(Html.Isolated(model.Lexicon.Id)).Append(' ').Append(Html.Escape(model.Lexicon.Version))
            .Append(", ").Append(ReportNumbers.Format(model.DocumentsScored)).Append(" documents scored")
            .Append(model.DocumentsOutOfScope == 0 ? string.Empty : " (" + ReportNumbers.Format(model.DocumentsOutOfScope) + " out of the lexicon's scope: none of their matches counts)")
            .Append(" in ").Append(ReportNumbers.Format(model.Groups.Count))
            .Append(" groups, ").Append(ReportNumbers.Format(model.DocumentsRejected)).Append(" rejected. Made by Framing ").Append(Html.Escape(model.FramingVersion)).Append(".</p>\n");
        b.Append("<nav aria-label=\"Sections\"><ol>");
        foreach (var (id, name) in Sections(model))
        {
            b.Append("<li><a href=\"#").Append(id).Append("\">").Append(name).Append("</a></li>");
        }

        b.Append("</ol></nav>\n</header>\n<main>\n");
        Scores(b, model, wording);
        Differences(b, model);
        Words(b, model);
        InContext(b, model);
        Coverage(b, model);
        if (model.Validation is { } validation)
        {
            Validation(b, model, validation);
        }

        Provenance(b, model);
        b.Append("</main>\n</body>\n</html>\n");
        return b.ToString();
    }

    private static IEnumerable<(string Id, string Name)> Sections(ReportModel model)
    {
        yield return ("scores", "Scores per outlet");
        yield return ("differences", "Differences");
        yield return ("words", "Words");
        yield return ("context", "In context");
        yield return ("coverage", "Coverage");
        if (model.Validation is not null)
        {
            yield return ("validation", "Validation");
        }

        yield return ("provenance", "Provenance");
    }

    private static void Scores(StringBuilder b, ReportModel model, ReportWording wording)
    {
        b.Append("<section id=\"scores\">\n<h2>Scores per outlet</h2>\n");
        b.Append("<p>Each dot is an outlet's score on a dimension: from &#8722;1 (every weighted match is pole B, left) to +1 (every one is pole A, right)");
        if (model.Scores.Any(p => p.HasInterval))
        {
            b.Append("; the line is its ").Append(ReportNumbers.Percent(model.ConfidenceLevel)).Append(" document-bootstrap interval. A hollow dot has no interval.");
        }
        else
        {
            // No line is drawn (--bootstrap 0, or no group with enough documents): the page does not describe one.
            b.Append(". No score has an interval here: ").Append(Html.Escape(model.Scores.Select(p => p.Note).FirstOrDefault(n => n.Length > 0) ?? "none")).Append("; every dot is hollow.");
        }

        b.Append(" Outlets are ordered by ")
            .Append(model.Axes.FirstOrDefault(a => a.IsComposite) is { } composite ? "the composite index " + Html.Isolated(composite.Id) + ", highest first" : "name")
            .Append(".</p>\n");
        var small = model.Scores.Where(p => p.Documents < model.MinimumDocuments).Select(p => p.Group).Distinct(StringComparer.Ordinal).ToList();
        if (small.Count > 0)
        {
            b.Append("<p class=\"note small-groups\"><strong>Small groups:</strong> ").Append(string.Join(", ", small.Select(Html.IsolatedName)))
                .Append(small.Count == 1 ? " has" : " have").Append(" fewer than ").Append(ReportNumbers.Format(model.MinimumDocuments))
                .Append(" documents: no interval, and the score rests on few texts.</p>\n");
        }

        var parts = ChartParts(model.Groups.Count);
        for (var i = 0; i < model.Axes.Count; i++)
        {
            var axis = model.Axes[i];
            for (var part = 0; part < parts.Count; part++)
            {
                var (start, count) = parts[part];
                var id = "chart-" + i.ToString(CultureInfo.InvariantCulture) + (parts.Count > 1 ? "-" + (part + 1).ToString(CultureInfo.InvariantCulture) : string.Empty);
                var shown = parts.Count > 1 ? Part(model, start, count) : model;
                b.Append("<figure>\n").Append(OutletChart.Panel(shown, axis, id));
                b.Append("<figcaption>").Append(Html.Isolated(axis.Id));
                if (parts.Count > 1)
                {
                    b.Append(", outlets ").Append(ReportNumbers.Format(start + 1)).Append("&#8211;").Append(ReportNumbers.Format(start + count))
                        .Append(" of ").Append(ReportNumbers.Format(model.Groups.Count));
                }

                b.Append(": ").Append(axis.IsComposite ? "composite index. " : "+1 " + Html.Isolated(axis.PoleA) + ", &#8722;1 " + Html.Isolated(axis.PoleB) + ". ")
                    .Append("<span dir=\"auto\">").Append(Html.Escape(axis.Description)).Append("</span></figcaption>\n</figure>\n");
            }
        }

        b.Append("<details class=\"chart-data\">\n<summary>The table the charts draw");
        if (wording.ChartTableCommand is { } command)
        {
            b.Append(" (as <code>").Append(Html.Escape(command)).Append("</code>)");
        }

        b.Append("</summary>\n");
        b.Append("<div class=\"wide\"><table class=\"scores\" aria-label=\"Scores per outlet\">\n<thead><tr><th>group</th><th>dimension</th><th>documents</th><th>count_a</th><th>count_b</th><th>score</th><th>ci_low</th><th>ci_high</th><th>ci_note</th></tr></thead>\n<tbody>\n");
        foreach (var p in model.Scores)
        {
            b.Append("<tr><td dir=\"auto\">").Append(Html.Name(p.Group)).Append("</td><td>").Append(Html.Escape(p.Axis)).Append("</td>");
            Number(b, ReportNumbers.Format(p.Documents));
            Number(b, ReportNumbers.Format(p.CountA));
            Number(b, ReportNumbers.Format(p.CountB));
            Number(b, ReportNumbers.Format(p.Score));
            Number(b, ReportNumbers.Format(p.Lower));
            Number(b, ReportNumbers.Format(p.Upper));
            b.Append("<td>").Append(Html.Escape(p.Note)).Append("</td></tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n</details>\n</section>\n");
    }

    /// <summary>The parts a dimension's chart of outlets is drawn in: one for up to <see cref="MaxChartOutlets"/> outlets,
    /// otherwise as few parts of equal size (within one) as keep each within it, in the page's order; so that a printed
    /// chart fits an A4 page at full width rather than shrinking (200 outlets in one chart printed at a fifth of its size).</summary>
    /// <param name="groups">The number of outlets.</param>
    /// <returns>Each part's first outlet (0-based) and number of outlets.</returns>
    internal static IReadOnlyList<(int Start, int Count)> ChartParts(int groups)
    {
        var count = Math.Max(1, (groups + MaxChartOutlets - 1) / MaxChartOutlets);
        var parts = new List<(int, int)>(count);
        for (int part = 0, start = 0; part < count; part++)
        {
            var size = (groups / count) + (part < groups % count ? 1 : 0);
            parts.Add((start, size));
            start += size;
        }

        return parts;
    }

    /// <summary>The model with only the outlets of one part of a chart, and their scores.</summary>
    private static ReportModel Part(ReportModel model, int start, int count)
    {
        var groups = model.Groups.Skip(start).Take(count).ToList();
        var inPart = groups.ToHashSet(StringComparer.Ordinal);
        return model with { Groups = groups, Scores = [.. model.Scores.Where(p => inPart.Contains(p.Group))] };
    }

    /// <summary>The longest word a term or pattern cell keeps whole (class <c>word</c>: not broken inside a word, so that
    /// a squeezed column never splits قوات or "terrorists" across lines); a longer one (a web address, a hashtag) may
    /// still break anywhere rather than widen its table.</summary>
    internal const int LongestWholeWord = 24;

    /// <summary><c> class="word"</c> for a cell whose words are all at most <see cref="LongestWholeWord"/> characters
    /// long, else nothing.</summary>
    private static string WholeWords(string text)
    {
        var longest = 0;
        foreach (var word in text.Split(' '))
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest <= LongestWholeWord ? " class=\"word\"" : string.Empty;
    }

    private static void Differences(StringBuilder b, ReportModel model)
    {
        b.Append("<section id=\"differences\">\n<h2>Differences</h2>\n");
        if (model.Comparisons.Count == 0)
        {
            b.Append("<p>Differences need at least two groups.</p>\n</section>\n");
            return;
        }

        var adjust = model.Settings.FirstOrDefault(s => s.Key == "adjust").Value ?? "holm";
        var versusRest = model.Comparisons.Any(r => r.Kind == ComparisonKind.VersusRest);
        b.Append(versusRest
                ? "<p>Which outlets frame a dimension differently from all the others (<code>--pairs vs-rest</code>): the difference of an outlet's score and the rest's with its "
                : "<p>Which pairs of outlets frame a dimension differently: the difference of their scores with its ").Append(ReportNumbers.Percent(model.ConfidenceLevel))
            .Append(" bootstrap interval, the permutation test's p-value adjusted across every comparison (").Append(Html.Escape(adjust))
            .Append("), and Cohen's h. A filled diamond and <strong>differs</strong> mark an adjusted p below ").Append(ReportNumbers.Format(Alpha)).Append("; each plot's table is below it.</p>\n");
        if (Unreachable(model, adjust) is { } unreachable)
        {
            b.Append("<p class=\"note\"><strong>No comparison can be marked differs on this page</strong>, whatever the data: ").Append(Html.Escape(unreachable)).Append("</p>\n");
        }

        for (var i = 0; i < model.Axes.Count; i++)
        {
            var axis = model.Axes[i];
            var rows = model.Comparisons.Where(r => r.Dimension == axis.Id && r.Kind != ComparisonKind.Omnibus).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            b.Append("<h3>").Append(Html.Isolated(axis.Id)).Append("</h3>\n");
            var omnibus = model.Comparisons.FirstOrDefault(r => r.Dimension == axis.Id && r.Kind == ComparisonKind.Omnibus);
            if (omnibus is { CountTest: "" })
            {
                b.Append("<p class=\"note\">All groups: no test (").Append(Html.Escape(omnibus.Note)).Append(").</p>\n");
            }
            else if (omnibus is not null)
            {
                b.Append("<p class=\"note\">All groups: ").Append(Html.Escape(omnibus.CountTest)).Append(", adjusted p ").Append(Or(ReportNumbers.Format(omnibus.PCountsAdjusted)))
                    .Append(", Cramér's V ").Append(Or(ReportNumbers.Format(omnibus.CramersV)))
                    .Append(omnibus.Note.Length > 0 ? " (" + Html.Escape(omnibus.Note) + ")" : string.Empty).Append(".</p>\n");
            }

            var total = rows.Count;
            var differing = rows.Count(DifferenceChart.Differs);
            if (total > MaxPairs)
            {
                // Many groups: every pair would make a giant page; show the pairs that differ, largest first.
                rows = [.. rows.Where(DifferenceChart.Differs)
                    .OrderByDescending(r => Math.Abs(r.Difference ?? 0))
                    .ThenBy(r => r.Group1, StringComparer.Ordinal)
                    .ThenBy(r => r.Group2, StringComparer.Ordinal)
                    .Take(MaxPairs)];
                b.Append("<p class=\"note\">").Append(ReportNumbers.Format(differing)).Append(" of ").Append(ReportNumbers.Format(total))
                    .Append(versusRest ? " outlets differ from the rest" : " pairs differ").Append(rows.Count == 0 ? "." : rows.Count < differing ? "; the " + ReportNumbers.Format(rows.Count) + " largest differences are shown." : "; they are shown, largest difference first.")
                    .Append(" <code>framing compare</code> lists every comparison.</p>\n");
                if (rows.Count == 0)
                {
                    continue;
                }
            }

            b.Append("<figure class=\"differences\">\n").Append(DifferenceChart.Panel(model, axis, rows, "forest-" + i.ToString(CultureInfo.InvariantCulture)));
            b.Append("<figcaption>").Append(Html.Isolated(axis.Id)).Append(": score of group 1 minus score of group 2 with its interval; &#9670; <strong>differs</strong> (adjusted p below ")
                .Append(ReportNumbers.Format(Alpha)).Append("), &#9675; no clear difference.</figcaption>\n</figure>\n");
            b.Append("<details class=\"chart-data\">\n<summary>The table the plot draws (as <code>framing compare</code>)</summary>\n");
            b.Append("<div class=\"wide\"><table class=\"differences\" aria-label=\"Differences: ").Append(Html.Escape(axis.Id)).Append("\">\n<thead><tr><th>group 1</th><th>group 2</th><th>score 1</th><th>score 2</th><th>difference</th><th>interval</th><th>p (adjusted)</th><th>Cohen's h</th><th>verdict</th></tr></thead>\n<tbody>\n");
            foreach (var r in rows)
            {
                b.Append("<tr><td dir=\"auto\">").Append(Html.Name(r.Group1)).Append("</td><td dir=\"auto\">").Append(Html.Name(r.Group2)).Append("</td>");
                Number(b, ReportNumbers.Format(r.Score1));
                Number(b, ReportNumbers.Format(r.Score2));
                Number(b, ReportNumbers.Format(r.Difference));
                Number(b, r.DifferenceLower is null ? string.Empty : ReportNumbers.Format(r.DifferenceLower) + " to " + ReportNumbers.Format(r.DifferenceUpper));
                Number(b, ReportNumbers.Format(r.PPermutationAdjusted));
                Number(b, ReportNumbers.Format(r.CohensH));
                b.Append("<td>").Append(Verdict(r)).Append("</td></tr>\n");
            }

            b.Append("</tbody>\n</table></div>\n</details>\n");
        }

        b.Append("</section>\n");
    }

    private static string Verdict(ComparisonRow r) =>
        DifferenceChart.Differs(r) ? "<span class=\"yes\">differs</span>"
        : r.PPermutationAdjusted is null ? Html.Escape(r.Note.Length > 0 ? r.Note : "no test")
        : "no clear difference";

    private static void Words(StringBuilder b, ReportModel model)
    {
        b.Append("<section id=\"words\">\n<h2>Words</h2>\n");
        b.Append("<p>Per outlet, the words it uses more than the other outlets together (z-score of the log-odds ratio with an uninformative Dirichlet prior, Monroe, Colaresi and Quinn 2008; p adjusted with Holm across the outlet's tested words). ")
            .Append("The column <em>lexicon</em> names the entry's dimension/pole when an entry matches the word as written (&#10003;), or only with the Arabic article or in part (&#8776;), and shows &#8212; when none does: a distinctive word the lexicon lacks may be vocabulary to add.</p>\n");
        foreach (var group in model.DistinctiveTerms)
        {
            b.Append("<h3 dir=\"auto\">").Append(Html.Name(group.Group)).Append("</h3>\n");
            if (group.Terms.Count == 0)
            {
                b.Append("<p class=\"note\">No word stands out (or there is no other group to compare with).</p>\n");
                continue;
            }

            b.Append("<div class=\"wide\"><table class=\"keyness\" aria-label=\"Distinctive words: ").Append(Html.Escape(Html.PlainName(group.Group))).Append("\">\n<thead><tr><th>term</th><th>count</th><th>other outlets</th><th>z</th><th>p (adjusted)</th><th>lexicon</th></tr></thead>\n<tbody>\n");
            foreach (var t in group.Terms)
            {
                b.Append("<tr><td dir=\"auto\"").Append(WholeWords(t.Term)).Append('>').Append(Html.Escape(t.Term)).Append("</td>");
                Number(b, ReportNumbers.Format(t.Count));
                Number(b, ReportNumbers.Format(t.RestCount));
                Number(b, ReportNumbers.Short(t.Statistic, 3));
                Number(b, ReportNumbers.Format(t.PAdjusted));
                b.Append("<td>").Append(LexiconCell(t.Lexicon)).Append("</td></tr>\n");
            }

            b.Append("</tbody>\n</table></div>\n");
        }

        b.Append("<h3>Entries that count most, per pole</h3>\n<p>Counted matches of each entry in the whole corpus (in the counted voices), and per outlet.</p>\n");
        b.Append("<div class=\"wide\"><table class=\"entries\" aria-label=\"Entries that count most\">\n<thead><tr><th>dimension</th><th>pole</th><th>entry</th><th>matches</th><th>weight</th><th>per outlet</th></tr></thead>\n<tbody>\n");
        foreach (var pole in model.Entries)
        {
            if (pole.Entries.Count == 0)
            {
                b.Append("<tr><td>").Append(Html.Escape(pole.Dimension)).Append("</td><td dir=\"auto\">").Append(Html.Escape(pole.PoleLabel)).Append("</td><td colspan=\"4\" class=\"note\">no match</td></tr>\n");
                continue;
            }

            foreach (var e in pole.Entries)
            {
                b.Append("<tr><td>").Append(Html.Escape(pole.Dimension)).Append("</td><td dir=\"auto\">").Append(Html.Escape(pole.PoleLabel)).Append("</td><td dir=\"auto\"").Append(WholeWords(e.Pattern)).Append('>').Append(Html.Escape(e.Pattern)).Append("</td>");
                Number(b, ReportNumbers.Format(e.Count));
                Number(b, e.Weight.ToString(CultureInfo.InvariantCulture));
                b.Append("<td>").Append(string.Join(", ", e.Groups.Select(g => Html.IsolatedName(g.Key) + " " + ReportNumbers.Format(g.Value)))).Append("</td></tr>\n");
            }
        }

        b.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void InContext(StringBuilder b, ReportModel model)
    {
        b.Append("<section id=\"context\">\n<h2>In context</h2>\n<p>The first matches of each pole per outlet, in corpus order, with the words around them (as <code>framing kwic</code> shows them, five on each side by default). ")
            .Append("<em>voice</em>: editorial (the outlet's own words), attributed (reported speech) or quoted; <em>status</em>: counted, negated, off-target or out-of-scope (a document that names none of the lexicon's scope words); only counted matches count.</p>\n");
        foreach (var group in model.Groups)
        {
            var lines = model.Context.Where(l => l.Group == group).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            b.Append("<h3 dir=\"auto\">").Append(Html.Name(group)).Append("</h3>\n");
            b.Append("<div class=\"wide\"><table class=\"kwic\" aria-label=\"In context: ").Append(Html.Escape(Html.PlainName(group))).Append("\">\n<thead><tr><th>dimension / pole</th><th>in context</th><th>voice</th><th>status</th><th>document</th></tr></thead>\n<tbody>\n");
            foreach (var l in lines)
            {
                b.Append("<tr><td>").Append(Html.Escape(l.Dimension)).Append(" / ").Append(Html.Escape(l.Pole)).Append("</td>");
                // Each part isolated (bdi, and dir on the mark): a bidi override in a document's text (U+202E) ends with its
                // part instead of reordering the match or the other side on screen. The cell's direction is the text's: an
                // Arabic line reads right to left, its preceding words right of the match (dir="auto" passes over isolated
                // parts, finds no strong letter and would lay every line out left to right).
                b.Append("<td dir=\"").Append(Html.IsRightToLeftLine(l.Left, l.Match, l.Right) ? "rtl" : "ltr").Append("\">").Append(Html.Isolated(l.Left)).Append(l.SpaceBefore ? " " : string.Empty).Append("<mark dir=\"auto\">").Append(Html.Escape(l.Match))
                    .Append("</mark>").Append(l.SpaceAfter ? " " : string.Empty).Append(Html.Isolated(l.Right)).Append("</td>");
                b.Append("<td class=\"word\">").Append(Html.Escape(l.Voice)).Append("</td><td class=\"word\">").Append(Html.Escape(l.Status)).Append("</td><td dir=\"auto\">").Append(Html.Escape(l.DocumentId)).Append("</td></tr>\n");
            }

            b.Append("</tbody>\n</table></div>\n");
        }

        b.Append("</section>\n");
    }

    private static void Coverage(StringBuilder b, ReportModel model)
    {
        b.Append("<section id=\"coverage\">\n<h2>Coverage</h2>\n<p>Share of each outlet's words inside a lexicon match, and its most frequent words and two-word phrases that no entry matched (function words left out): what the lexicon may lack.</p>\n");
        // The lexicon's scope words name the conflict, not a framing: they are shown apart, in a column of their own
        // when a group names one (a lexicon without scope words keeps the two columns).
        var scope = model.Coverage.Any(g => g.Terms.Any(t => t.Kind == "scope"));
        if (scope)
        {
            b.Append("<p>Words of the lexicon's scope words (which a document must name for its matches to count) name the conflict, not a framing: they are listed apart, not among the unmatched words.</p>\n");
        }

        b.Append("<div class=\"wide\"><table class=\"coverage\" aria-label=\"Coverage per outlet\">\n<thead><tr><th>group</th><th>documents</th><th>tokens</th><th>coverage</th><th>unmatched words</th><th>unmatched phrases</th>")
            .Append(scope ? "<th>scope words</th>" : string.Empty).Append("</tr></thead>\n<tbody>\n");
        foreach (var g in model.Coverage)
        {
            b.Append("<tr><td dir=\"auto\">").Append(Html.Name(g.Group)).Append("</td>");
            Number(b, ReportNumbers.Format(g.Documents));
            Number(b, ReportNumbers.Format(g.Tokens));
            Number(b, ReportNumbers.Format(g.Coverage));
            foreach (var kind in scope ? ["unigram", "bigram", "scope"] : new[] { "unigram", "bigram" })
            {
                b.Append("<td>").Append(string.Join(", ", g.Terms.Where(t => t.Kind == kind).Select(t => Html.Isolated(t.Term) + " " + ReportNumbers.Format(t.Count)))).Append("</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Validation(StringBuilder b, ReportModel model, ReportValidation v)
    {
        b.Append("<section id=\"validation\">\n<h2>Validation</h2>\n<p>How well the lexicon separates outlets of known leaning (").Append(Html.Isolated(v.Known)).Append("): side A (pole A's camp: ")
            .Append(string.Join(", ", v.SideA.Select(Html.IsolatedName))).Append(", ").Append(ReportNumbers.Format(v.DocumentsA)).Append(" documents) against side B (")
            .Append(string.Join(", ", v.SideB.Select(Html.IsolatedName))).Append(", ").Append(ReportNumbers.Format(v.DocumentsB))
            .Append(" documents). The document AUC is the chance that a side-A document scores above a side-B one (0.5: no separation), with an outlet-cluster bootstrap interval; <em>ordered</em> says whether every side-A outlet scores above every side-B outlet.</p>\n");
        b.Append("<div class=\"wide\"><table class=\"validation\" aria-label=\"Validation\">\n<thead><tr><th>dimension</th><th>AUC</th><th>interval</th><th>ordered</th><th>margin</th><th>Spearman</th></tr></thead>\n<tbody>\n");
        foreach (var a in v.Axes)
        {
            b.Append("<tr><td>").Append(Html.Escape(a.Axis)).Append(a.IsComposite ? " (composite)" : string.Empty).Append("</td>");
            Number(b, ReportNumbers.Format(a.Auc));
            Number(b, a.AucInterval.HasInterval ? ReportNumbers.Short(a.AucInterval.Lower, 3) + " to " + ReportNumbers.Short(a.AucInterval.Upper, 3) : Html.Escape(a.AucInterval.Note));
            b.Append("<td>").Append(a.OutletsOrdered switch { true => "yes", false => "no (" + Html.IsolatedName(a.LowestOutletA) + " below " + Html.IsolatedName(a.HighestOutletB) + ")", _ => "&#8212;" }).Append("</td>");
            Number(b, ReportNumbers.Format(a.Margin));
            Number(b, ReportNumbers.Format(a.Spearman));
            b.Append("</tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n</section>\n");
        _ = model;
    }

    private static void Provenance(StringBuilder b, ReportModel model)
    {
        var l = model.Lexicon;
        b.Append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<dl>\n");
        Item(b, "lexicon", Html.Isolated(l.Id) + " " + Html.Escape(l.Version) + " (" + Html.Isolated(l.Title) + ")");
        Item(b, "lexicon source", Html.Isolated(l.Source));
        Item(b, "licence", Html.Escape(l.License));
        Item(b, "authors", string.Join(", ", l.Authors.Select(Html.Isolated)));
        Item(b, "citation", l.Citation is null ? "&#8212;" : "<span dir=\"auto\">" + Html.Escape(l.Citation) + "</span>");
        Item(b, "corpus", Html.Isolated(model.Corpus));
        Item(b, "documents", ReportNumbers.Format(model.DocumentsScored) + " scored" + (model.DocumentsOutOfScope == 0 ? string.Empty : " (" + ReportNumbers.Format(model.DocumentsOutOfScope) + " out of the lexicon's scope)") + ", " + ReportNumbers.Format(model.DocumentsRejected) + " rejected");
        Item(b, "Framing", Html.Escape(model.FramingVersion));
        if (model.CommandLine is { } commandLine)
        {
            Item(b, "command", "<code dir=\"ltr\">" + Html.Escape(commandLine) + "</code>");
        }

        b.Append("</dl>\n<h3>Options</h3>\n<div class=\"wide\"><table class=\"options\" aria-label=\"Options\">\n<thead><tr><th>option</th><th>value</th></tr></thead>\n<tbody>\n");
        foreach (var (name, value) in model.Settings)
        {
            b.Append("<tr><td><code>").Append(Html.Escape(name)).Append("</code></td><td dir=\"auto\">").Append(Html.Escape(value)).Append("</td></tr>\n");
        }

        b.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Item(StringBuilder b, string term, string html) => b.Append("<dt>").Append(term).Append("</dt><dd>").Append(html).Append("</dd>\n");

    private static void Number(StringBuilder b, string text) => b.Append("<td class=\"num\">").Append(text).Append("</td>");

    private static string Or(string text) => text.Length == 0 ? "&#8212;" : text;

    // The lexicon column of a distinctive term (LexiconTermLabels.WholeOrPartial): matched as written, only with the
    // Arabic article, in part, or not at all.
    private static string LexiconCell(string label) =>
        label.Length == 0 ? "&#8212; not in lexicon"
        : label.StartsWith(LexiconTermLabels.WithArticlePrefix, StringComparison.Ordinal) ? "&#8776; in lexicon only with ال: " + Html.Escape(label[LexiconTermLabels.WithArticlePrefix.Length..])
        : label.StartsWith(LexiconTermLabels.PartialPrefix, StringComparison.Ordinal) ? "&#8776; in part in lexicon: " + Html.Escape(label[LexiconTermLabels.PartialPrefix.Length..])
        : "&#10003; in lexicon: " + Html.Escape(label);

    /// <summary>Why no comparison of the page can have an adjusted p-value below <see cref="Alpha"/>, or null when one can.</summary>
    internal static string? Unreachable(ReportModel model, string adjust)
    {
        if (!PValues.TryParseMethod(adjust, out var method) || PermutationFloors.Smallest(model.Comparisons, method) is not { } s || s.Bound < Alpha)
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"the smallest permutation p-value any of the {ReportNumbers.Format(s.Tests)} comparisons can give is {ReportNumbers.Format(s.Floor)} (1 / (permutations + 1), or for an exact test of a few documents the share of its rarest split), and adjusted ({adjust}) across them none can fall below {ReportNumbers.Format(s.Bound)}. Read the intervals; give more --permutations (they help pairs with more than 16 documents with matches) or compare fewer pairs (--pairs vs-rest, or one pair A,B).");
    }
}
