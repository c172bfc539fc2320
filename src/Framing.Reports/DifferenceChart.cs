using System.Globalization;
using System.Text;
using Framing.Statistics.Comparisons;

namespace Framing.Reports;

/// <summary>
/// The forest plot of one dimension's differences, drawn as SVG by the project: one row per pair of outlets, a mark at
/// the difference of their scores (score₁ − score₂) with a line for its bootstrap interval, on a scale symmetric
/// around 0. A pair whose adjusted p-value is below <see cref="HtmlReport.Alpha"/> has a filled diamond and the word
/// "differs" beside its p-value; any other pair a hollow circle: shape and text carry the verdict, not colour. Each
/// mark is a <c>g.pair</c> with <c>data-group1</c>, <c>data-group2</c>, <c>data-axis</c>, <c>data-difference</c>,
/// <c>data-low</c>, <c>data-high</c>, <c>data-p</c> and <c>data-differs</c>.
/// </summary>
internal static class DifferenceChart
{
    private const double Width = 720;
    private const double LabelLeft = 4;
    private const double LabelGap = 4;
    private const double Group1Right = 136;
    private const double VersusCenter = 146;
    private const double Group2Left = 156;
    private const double PlotLeft = 300;
    private const double PlotRight = 600;
    private const double VerdictLeft = 612;
    private const double RowHeight = 20;
    private const double HeaderHeight = 40;
    private const double FooterHeight = 28;

    /// <summary>The scale's half-widths to choose from: the smallest that holds every difference and interval.</summary>
    private static readonly double[] Ranges = [0.25, 0.5, 1, 1.5, 2];

    /// <summary>One dimension's plot as an inline <c>svg</c> element for the HTML page, with its title and description.</summary>
    /// <param name="model">The page model (for the confidence level).</param>
    /// <param name="axis">The dimension or composite.</param>
    /// <param name="rows">The pairs to draw, in the order of the table beside the plot.</param>
    /// <param name="id">A prefix for the element ids, unique in the page.</param>
    /// <returns>The SVG element.</returns>
    public static string Panel(ReportModel model, ReportAxis axis, IReadOnlyList<ComparisonRow> rows, string id)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(axis);
        ArgumentNullException.ThrowIfNull(rows);
        var range = Range(rows);
        var height = HeaderHeight + (rows.Count * RowHeight) + FooterHeight;
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg class=\"forest\" viewBox=\"0 0 {Coordinate(Width)} {Coordinate(height)}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" data-axis=\"{Html.Escape(axis.Id)}\">\n");
        var versusRest = rows.Any(r => r.Kind == ComparisonKind.VersusRest);
        b.Append("<title id=\"").Append(id).Append("-title\">").Append(Html.Escape("Differences on " + axis.Id + (versusRest ? " between each outlet and the rest" : " between pairs of outlets"))).Append("</title>\n");
        b.Append("<desc id=\"").Append(id).Append("-desc\">").Append(Html.Escape(Description(model, axis, rows))).Append("</desc>\n");
        var plotTop = HeaderHeight - 6;
        var plotBottom = HeaderHeight + (rows.Count * RowHeight);
        // The poles on two lines, so that long labels never overlap: which way a positive difference leans, then a negative one.
        // Each cut to its room: the first from the left edge to the plot's right end, the second from the plot's left end
        // to the p column.
        b.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(PlotRight)}\" y=\"11\" font-size=\"11\" fill=\"#333333\" text-anchor=\"end\">");
        SvgDrawing.FittedText(b, Pole(axis, true), PlotRight - LabelLeft, 11, prefix: "group 1 more ", suffix: " \u2192");
        b.Append("</text>\n");
        b.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(PlotLeft)}\" y=\"25\" font-size=\"11\" fill=\"#333333\">");
        SvgDrawing.FittedText(b, Pole(axis, false), VerdictLeft - LabelGap - PlotLeft, 11, prefix: "\u2190 group 1 more ");
        b.Append("</text>\n");
        b.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(VerdictLeft)}\" y=\"25\" font-size=\"11\" fill=\"#333333\">p (adjusted)</text>\n");
        SvgDrawing.Grid(b, [-range, -range / 2, 0, range / 2, range], d => X(d, range), plotTop, plotBottom, 3);

        var labels = new Labels(
            new FittedLabels(rows.Select(r => r.Group1), Group1Right - LabelLeft, 11),
            new FittedLabels(rows.Select(r => r.Group2), PlotLeft - LabelGap - Group2Left, 11));
        for (var i = 0; i < rows.Count; i++)
        {
            DrawRow(b, axis, rows[i], labels, HeaderHeight + (i * RowHeight) + (RowHeight / 2), range);
        }

        b.Append("</svg>\n");
        return b.ToString();
    }

    /// <summary>Whether a pair differs: its adjusted permutation p-value is below <see cref="HtmlReport.Alpha"/>.</summary>
    /// <param name="row">The pair.</param>
    /// <returns>True when it differs.</returns>
    public static bool Differs(ComparisonRow row) => (row ?? throw new ArgumentNullException(nameof(row))).PPermutationAdjusted is { } p && p < HtmlReport.Alpha;

    private static void DrawRow(StringBuilder b, ReportAxis axis, ComparisonRow r, Labels labels, double y, double range)
    {
        var yc = Coordinate(y);
        var baseline = Coordinate(y + 4);
        Label(b, r.Group1, labels.Group1[r.Group1], Group1Right, alignEnd: true, baseline);
        b.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(VersusCenter)}\" y=\"{baseline}\" font-size=\"10\" fill=\"#555555\" text-anchor=\"middle\">vs</text>\n");
        Label(b, r.Group2, labels.Group2[r.Group2], Group2Left, alignEnd: false, baseline);
        var differs = Differs(r);
        b.Append(CultureInfo.InvariantCulture, $"<g class=\"pair{(differs ? " differs" : string.Empty)}\" data-group1=\"{Html.Escape(r.Group1)}\" data-group2=\"{Html.Escape(r.Group2)}\" data-axis=\"{Html.Escape(axis.Id)}\" data-difference=\"{ReportNumbers.Format(r.Difference)}\" data-low=\"{ReportNumbers.Format(r.DifferenceLower)}\" data-high=\"{ReportNumbers.Format(r.DifferenceUpper)}\" data-p=\"{ReportNumbers.Format(r.PPermutationAdjusted)}\" data-differs=\"{(differs ? "yes" : "no")}\">");
        b.Append("<title>").Append(Html.Escape(MarkTitle(r, differs))).Append("</title>");
        if (r.Difference is { } difference)
        {
            if (r.DifferenceLower is { } low && r.DifferenceUpper is { } high)
            {
                SvgDrawing.Interval(b, X(low, range), X(high, range), y);
            }

            var x = X(difference, range);
            if (differs)
            {
                b.Append(CultureInfo.InvariantCulture, $"<path class=\"dot\" d=\"M{Coordinate(x)} {Coordinate(y - 6)}L{Coordinate(x + 6)} {yc}L{Coordinate(x)} {Coordinate(y + 6)}L{Coordinate(x - 6)} {yc}Z\" fill=\"#1f4e79\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
            }
            else
            {
                b.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot\" cx=\"{Coordinate(x)}\" cy=\"{yc}\" r=\"4.5\" fill=\"#ffffff\" stroke=\"#1f4e79\" stroke-width=\"2\"/>");
            }
        }
        else
        {
            // Two words that fit between 0 and the p column; why is in the mark's title and the table's verdict.
            b.Append(CultureInfo.InvariantCulture, $"<text class=\"no-matches\" x=\"{Coordinate(X(0, range) + 6)}\" y=\"{baseline}\" font-size=\"10\" font-style=\"italic\" fill=\"#555555\">no difference</text>");
        }

        b.Append(CultureInfo.InvariantCulture, $"<text class=\"verdict\" x=\"{Coordinate(VerdictLeft)}\" y=\"{baseline}\" font-size=\"10\" fill=\"#111111\"{(differs ? " font-weight=\"bold\"" : string.Empty)}>");
        b.Append(PValue(r.PPermutationAdjusted)).Append(differs ? " differs" : string.Empty).Append("</text></g>\n");
    }

    /// <summary>An adjusted p-value with three decimals (below 0.0005: "&lt;0.001"), or "no test".</summary>
    private static string PValue(double? p) => p switch
    {
        null => "no test",
        < 0.0005 => "&lt;0.001",
        { } value => ReportNumbers.Short(value, 3),
    };

    /// <summary>A group's name, isolated so that an Arabic name keeps its direction, as <paramref name="shown"/>: cut to
    /// fit its column (group 1's from the left edge to <see cref="Group1Right"/>, group 2's from <see cref="Group2Left"/>
    /// to the plot) by <see cref="FittedLabels"/>.</summary>
    private static void Label(StringBuilder b, string group, string shown, double x, bool alignEnd, string baseline)
    {
        var rtl = Html.IsRightToLeft(group);
        // For right-to-left text "start" is its right edge, "end" its left edge.
        var anchor = alignEnd == rtl ? "start" : "end";
        b.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{Coordinate(x)}\" y=\"{baseline}\" font-size=\"11\" fill=\"#111111\" direction=\"{(rtl ? "rtl" : "ltr")}\" text-anchor=\"{anchor}\" unicode-bidi=\"embed\">");
        SvgDrawing.ShownText(b, VisibleSpace.Of(group), shown);
        b.Append("</text>\n");
    }

    /// <summary>The labels of the two name columns of one chart.</summary>
    private sealed record Labels(FittedLabels Group1, FittedLabels Group2);

    private static string MarkTitle(ComparisonRow r, bool differs) =>
        Html.PlainName(r.Group1) + " vs " + Html.PlainName(r.Group2) + ", " + r.Dimension + ": "
        + (r.Difference is null ? "no difference (" + (r.Note.Length > 0 ? r.Note : "no matches") + ")" : "difference " + ReportNumbers.Format(r.Difference))
        + (r.DifferenceLower is null ? ", no interval" : ", interval " + ReportNumbers.Format(r.DifferenceLower) + " to " + ReportNumbers.Format(r.DifferenceUpper))
        + ", adjusted p " + (r.PPermutationAdjusted is null ? "none" : ReportNumbers.Format(r.PPermutationAdjusted))
        + (r.CohensH is null ? string.Empty : ", Cohen's h " + ReportNumbers.Format(r.CohensH))
        + (differs ? ": differs" : ": no clear difference");

    private static string Description(ReportModel model, ReportAxis axis, IReadOnlyList<ComparisonRow> rows)
    {
        var b = new StringBuilder();
        b.Append(rows.Any(r => r.Kind == ComparisonKind.VersusRest)
                ? "For each outlet, the difference of its score and the rest's on " + axis.Id + " (the outlet minus the rest) with its "
                : "For each pair of outlets, the difference of their scores on " + axis.Id + " (group 1 minus group 2) with its ")
            .Append(ReportNumbers.Percent(model.ConfidenceLevel)).Append(" bootstrap interval; a filled diamond and the word differs mark an adjusted p below ")
            .Append(ReportNumbers.Format(HtmlReport.Alpha)).Append(", a hollow circle any other: ");
        var first = true;
        foreach (var r in rows)
        {
            b.Append(first ? string.Empty : "; ").Append(Html.PlainName(r.Group1)).Append(" vs ").Append(Html.PlainName(r.Group2)).Append(' ')
                .Append(r.Difference is null ? "no difference" : ReportNumbers.Short(r.Difference, 3))
                .Append(r.DifferenceLower is null ? string.Empty : " (" + ReportNumbers.Short(r.DifferenceLower, 3) + " to " + ReportNumbers.Short(r.DifferenceUpper, 3) + ")")
                .Append(Differs(r) ? ", differs" : string.Empty);
            first = false;
        }

        return b.Append('.').ToString();
    }

    private static string Pole(ReportAxis axis, bool a) => axis.IsComposite ? (a ? "side A" : "side B") : a ? axis.PoleA : axis.PoleB;

    /// <summary>The smallest half-width of <see cref="Ranges"/> that holds every difference and interval end.</summary>
    private static double Range(IReadOnlyList<ComparisonRow> rows)
    {
        var most = rows.SelectMany(r => new[] { r.Difference, r.DifferenceLower, r.DifferenceUpper })
            .Where(v => v is { } d && double.IsFinite(d)).Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(0).Max();
        return Ranges.FirstOrDefault(r => most <= r, Ranges[^1]);
    }

    private static double X(double difference, double range) => PlotLeft + ((Math.Clamp(difference, -range, range) + range) / (2 * range) * (PlotRight - PlotLeft));

    private static string Coordinate(double value) => ReportNumbers.Coordinate(value);
}
