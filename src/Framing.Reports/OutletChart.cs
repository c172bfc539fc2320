using System.Globalization;
using System.Text;

namespace Framing.Reports;

/// <summary>
/// The outlet × dimension chart, drawn as SVG by the project (no charting library: labels in Arabic and mixed
/// Arabic/Latin keep their order, as the browser's text layout gives it): one panel per dimension and composite, one
/// row per outlet in the page's order, a dot at the score and a line for its interval. A group without an interval has
/// a hollow dot; colour carries no meaning of its own. Each mark is a <c>g.mark</c> with <c>data-group</c>,
/// <c>data-axis</c>, <c>data-score</c>, <c>data-low</c> and <c>data-high</c>.
/// </summary>
public static class OutletChart
{
    private const double Width = 720;
    private const double LabelRight = 200;
    private const double LabelLeft = 4;
    private const double PlotPadding = 4;

    /// <summary>The outlet labels' font size, also in the page (where the inline chart would otherwise take the body's).</summary>
    private const double LabelFontSize = 12;
    private const double PlotLeft = 214;
    private const double PlotRight = 700;

    /// <summary>The width of a pole's label: half the plot (B's from its left end, A's from its right end), less a gap.</summary>
    private const double PoleWidth = ((PlotRight - PlotLeft) / 2) - PlotPadding;
    private const double RowHeight = 20;
    private const double HeaderHeight = 38;
    private const double FooterHeight = 28;

    /// <summary>The chart alone, as a standalone SVG document, with <see cref="ReportWording.Default"/>.</summary>
    /// <param name="model">The page model.</param>
    /// <returns>The SVG document.</returns>
    public static string Standalone(ReportModel model) => Standalone(model, ReportWording.Default);

    /// <summary>The chart alone, as a standalone SVG document (for <c>framing report --format svg</c>), wording what the
    /// library knows only by type as <paramref name="wording"/> says.</summary>
    /// <param name="model">The page model.</param>
    /// <param name="wording">The front end's words.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentException">A member of the model is null (see <see cref="ReportModel"/>).</exception>
    public static string Standalone(ReportModel model, ReportWording wording)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(wording);
        model.CheckComplete(nameof(model));
        model = wording.Apply(model);
        var height = model.Axes.Sum(a => PanelHeight(model)) + 40;
        var b = new StringBuilder();
        b.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Coordinate(Width)} {Coordinate(height)}\" width=\"{Coordinate(Width)}\" height=\"{Coordinate(height)}\" role=\"img\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\" font-family=\"DejaVu Sans, Noto Sans, Noto Sans Arabic, Arial, sans-serif\" font-size=\"12\">\n");
        b.Append("<title id=\"chart-title\">").Append(Html.Escape(Title(model))).Append("</title>\n");
        b.Append("<desc id=\"chart-desc\">").Append(Html.Escape(Description(model))).Append("</desc>\n");
        b.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        var y = 10.0;
        foreach (var axis in model.Axes)
        {
            b.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate(0 {Coordinate(y)})\">\n");
            DrawPanel(b, model, axis);
            b.Append("</g>\n");
            y += PanelHeight(model);
        }

        b.Append("</svg>\n");
        return b.ToString();
    }

    /// <summary>One panel (one dimension or composite) as an inline <c>svg</c> element for the HTML page, with its
    /// title and description.</summary>
    /// <param name="model">The page model.</param>
    /// <param name="axis">The panel's dimension or composite.</param>
    /// <param name="id">A prefix for the element ids, unique in the page.</param>
    /// <returns>The SVG element.</returns>
    public static string Panel(ReportModel model, ReportAxis axis, string id)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(axis);
        var height = PanelHeight(model);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Coordinate(Width)} {Coordinate(height)}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" data-axis=\"{Html.Escape(axis.Id)}\">\n");
        b.Append("<title id=\"").Append(id).Append("-title\">").Append(Html.Escape(axis.Id + ": " + AxisPoles(axis))).Append("</title>\n");
        b.Append("<desc id=\"").Append(id).Append("-desc\">").Append(Html.Escape(PanelDescription(model, axis))).Append("</desc>\n");
        DrawPanel(b, model, axis);
        b.Append("</svg>\n");
        return b.ToString();
    }

    /// <summary>The chart's title.</summary>
    public static string Title(ReportModel model) =>
        "Framing scores per outlet: " + (model ?? throw new ArgumentNullException(nameof(model))).Lexicon.Id + " " + model.Lexicon.Version + " on " + Html.Contained(model.Corpus);

    private static string Description(ReportModel model) =>
        "For each dimension and composite index of the lexicon, one row per outlet: a dot at its score, from -1 (every weighted match is pole B) to +1 (every one is pole A), "
        + "and a line for its " + ReportNumbers.Percent(model.ConfidenceLevel) + " bootstrap interval. A hollow dot has no interval (fewer than "
        + ReportNumbers.Format(model.MinimumDocuments) + " documents, or too few with matches). "
        + (model.Axes.Any(a => a.IsComposite) ? "Outlets are ordered by the first composite index." : "Outlets are ordered by name (the lexicon has no composite index).");

    private static string PanelDescription(ReportModel model, ReportAxis axis)
    {
        var b = new StringBuilder();
        b.Append("Score of each outlet on ").Append(axis.Id).Append(" from -1 (").Append(axis.PoleB).Append(") to +1 (").Append(axis.PoleA).Append("), with its ")
            .Append(ReportNumbers.Percent(model.ConfidenceLevel)).Append(" interval: ");
        var first = true;
        foreach (var p in model.Scores.Where(p => p.Axis == axis.Id))
        {
            b.Append(first ? string.Empty : "; ").Append(Html.PlainName(p.Group)).Append(' ');
            b.Append(p.Score is null ? "no matches" : ReportNumbers.Short(p.Score) + (p.HasInterval ? " (" + ReportNumbers.Short(p.Lower) + " to " + ReportNumbers.Short(p.Upper) + ")" : " (no interval)"));
            first = false;
        }

        return b.Append('.').ToString();
    }

    private static string AxisPoles(ReportAxis axis) => axis.IsComposite ? "composite index, + leans to its A side" : "+1 " + axis.PoleA + ", -1 " + axis.PoleB;

    private static double PanelHeight(ReportModel model) => HeaderHeight + (model.Groups.Count * RowHeight) + FooterHeight;

    private static double X(double score) => PlotLeft + ((Math.Clamp(score, -1, 1) + 1) / 2 * (PlotRight - PlotLeft));

    private static void DrawPanel(StringBuilder b, ReportModel model, ReportAxis axis)
    {
        var plotTop = HeaderHeight - 6;
        var plotBottom = HeaderHeight + (model.Groups.Count * RowHeight);
        var labels = new FittedLabels(model.Groups, LabelRight - LabelLeft, LabelFontSize);
        b.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(PlotLeft)}\" y=\"14\" font-weight=\"bold\" font-size=\"13\" fill=\"#111111\">");
        SvgDrawing.FittedText(b, axis.Id, Width - PlotPadding - PlotLeft, 13, bold: true, suffix: axis.IsComposite ? " (composite)" : string.Empty);
        b.Append("</text>\n");
        // Pole labels: B at the left end after its arrow, A at the right end before its arrow; an Arabic label is isolated
        // (by FittedText), so that it keeps its direction and the arrows stay at the ends.
        b.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(PlotLeft)}\" y=\"29\" font-size=\"11\" fill=\"#333333\">");
        SvgDrawing.FittedText(b, axis.PoleB, PoleWidth, 11, prefix: "\u2190 ");
        b.Append("</text>\n");
        b.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(PlotRight)}\" y=\"29\" font-size=\"11\" fill=\"#333333\" text-anchor=\"end\">");
        SvgDrawing.FittedText(b, axis.PoleA, PoleWidth, 11, suffix: " \u2192");
        b.Append("</text>\n");
        SvgDrawing.Grid(b, [-1.0, -0.5, 0.0, 0.5, 1.0], X, plotTop, plotBottom, 1);

        for (var i = 0; i < model.Groups.Count; i++)
        {
            var group = model.Groups[i];
            var y = HeaderHeight + (i * RowHeight) + (RowHeight / 2);
            var rtl = Html.IsRightToLeft(group);
            b.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{Coordinate(LabelRight)}\" y=\"{Coordinate(y + 4)}\" font-size=\"{Coordinate(LabelFontSize)}\" fill=\"#111111\" direction=\"{(rtl ? "rtl" : "ltr")}\" text-anchor=\"{(rtl ? "start" : "end")}\" unicode-bidi=\"embed\">");
            SvgDrawing.ShownText(b, VisibleSpace.Of(group), labels[group]);
            b.Append("</text>\n");
            var point = model.Scores.FirstOrDefault(p => p.Axis == axis.Id && p.Group == group);
            if (point is null)
            {
                continue;
            }

            b.Append(CultureInfo.InvariantCulture, $"<g class=\"mark\" data-group=\"{Html.Escape(group)}\" data-axis=\"{Html.Escape(axis.Id)}\" data-score=\"{ReportNumbers.Format(point.Score)}\" data-low=\"{ReportNumbers.Format(point.Lower)}\" data-high=\"{ReportNumbers.Format(point.Upper)}\">");
            b.Append("<title>").Append(Html.Escape(MarkTitle(point))).Append("</title>");
            if (point.Score is { } score)
            {
                var x = Coordinate(X(score));
                if (point.HasInterval)
                {
                    var yc = Coordinate(y);
                    SvgDrawing.Interval(b, X(point.Lower!.Value), X(point.Upper!.Value), y);
                    b.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot\" cx=\"{x}\" cy=\"{yc}\" r=\"5\" fill=\"#1f4e79\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
                }
                else
                {
                    b.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot no-interval\" cx=\"{x}\" cy=\"{Coordinate(y)}\" r=\"5\" fill=\"#ffffff\" stroke=\"#1f4e79\" stroke-width=\"2\"/>");
                }
            }
            else
            {
                b.Append(CultureInfo.InvariantCulture, $"<text class=\"no-matches\" x=\"{Coordinate(X(0) + 6)}\" y=\"{Coordinate(y + 4)}\" font-size=\"10\" font-style=\"italic\" fill=\"#555555\">no matches</text>");
            }

            b.Append("</g>\n");
        }
    }

    private static string MarkTitle(ScorePoint p) =>
        Html.PlainName(p.Group) + ", " + p.Axis + ": " + (p.Score is null ? "no matches" : "score " + ReportNumbers.Format(p.Score))
        + (p.HasInterval ? ", interval " + ReportNumbers.Format(p.Lower) + " to " + ReportNumbers.Format(p.Upper) : p.Score is null ? string.Empty : ", no interval: " + p.Note)
        + ", " + ReportNumbers.Format(p.Documents) + " documents";


    private static string Coordinate(double value) => ReportNumbers.Coordinate(value);
}
