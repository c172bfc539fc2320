using System.Globalization;
using System.Text;

namespace Framing.Reports;

/// <summary>The SVG pieces that the report's charts share: the vertical grid with its tick labels, and an interval
/// drawn as a line with a cap at each end.</summary>
internal static class SvgDrawing
{
    /// <summary>The colour of marks and intervals.</summary>
    public const string Ink = "#1f4e79";

    /// <summary>A vertical grid line per tick (dashed and darker at 0) with its label below the plot.</summary>
    /// <param name="b">The SVG being written.</param>
    /// <param name="ticks">The tick values.</param>
    /// <param name="x">The x coordinate of a value.</param>
    /// <param name="top">The top of the plot.</param>
    /// <param name="bottom">The bottom of the plot.</param>
    /// <param name="decimals">Decimals of the labels.</param>
    public static void Grid(StringBuilder b, IEnumerable<double> ticks, Func<double, double> x, double top, double bottom, int decimals)
    {
        foreach (var tick in ticks)
        {
            var at = ReportNumbers.Coordinate(x(tick));
            b.Append(CultureInfo.InvariantCulture, $"<line x1=\"{at}\" y1=\"{ReportNumbers.Coordinate(top)}\" x2=\"{at}\" y2=\"{ReportNumbers.Coordinate(bottom)}\" stroke=\"{(tick == 0 ? "#777777" : "#dddddd")}\" stroke-width=\"1\"{(tick == 0 ? " stroke-dasharray=\"4 3\"" : string.Empty)}/>\n");
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"{at}\" y=\"{ReportNumbers.Coordinate(bottom + 14)}\" font-size=\"10\" fill=\"#444444\" text-anchor=\"middle\">{ReportNumbers.Short(tick, decimals)}</text>\n");
        }
    }

    /// <summary>The content of a <c>text</c> element cut to fit its column by <see cref="TextWidth.Fit"/>, escaped: a
    /// fixed <paramref name="prefix"/> and <paramref name="suffix"/> (words of the chart, never cut) around the text, cut to
    /// the room they leave. When the text was cut, a <c>title</c> before it holds the whole text (the browser shows it as
    /// a tooltip). A right-to-left text beside a prefix or suffix is isolated (U+2068 … U+2069), so that it keeps its own
    /// direction in the element's: its ellipsis at its left end, where it was cut, and the chart's words and arrows on
    /// their sides.</summary>
    /// <param name="b">The SVG being written.</param>
    /// <param name="text">The text (not escaped).</param>
    /// <param name="width">The column's width in user units.</param>
    /// <param name="fontSize">The text's font size in user units.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <param name="prefix">Words before the text (not escaped).</param>
    /// <param name="suffix">Words after the text (not escaped).</param>
    public static void FittedText(StringBuilder b, string text, double width, double fontSize, bool bold = false, string prefix = "", string suffix = "")
    {
        var room = width - TextWidth.Estimate(prefix + suffix, fontSize, bold);
        ShownText(b, text, TextWidth.Fit(text, room, fontSize, bold), prefix, suffix);
    }

    /// <summary>The content of a <c>text</c> element that shows <paramref name="shown"/> for <paramref name="text"/> (a
    /// label of <see cref="FittedLabels"/>), escaped, with a <c>title</c> holding the whole text when the two differ; a
    /// right-to-left text beside a prefix or suffix is isolated as by <see cref="FittedText"/>.</summary>
    /// <param name="b">The SVG being written.</param>
    /// <param name="text">The whole text (not escaped).</param>
    /// <param name="shown">What is shown of it (not escaped).</param>
    /// <param name="prefix">Words before the text (not escaped).</param>
    /// <param name="suffix">Words after the text (not escaped).</param>
    public static void ShownText(StringBuilder b, string text, string shown, string prefix = "", string suffix = "")
    {
        if (!string.Equals(shown, text, StringComparison.Ordinal))
        {
            b.Append("<title>").Append(Html.Escape(Html.Contained(text))).Append("</title>");
        }

        var isolate = (prefix.Length > 0 || suffix.Length > 0) && Html.IsRightToLeft(text);
        b.Append(Html.Escape(prefix)).Append(isolate ? "\u2068" : string.Empty).Append(Html.Escape(shown)).Append(isolate ? "\u2069" : string.Empty).Append(Html.Escape(suffix));
    }

    /// <summary>An interval from <paramref name="low"/> to <paramref name="high"/> at height <paramref name="y"/>
    /// (a <c>line.interval</c>), with a cap 8 units high at each end.</summary>
    /// <param name="b">The SVG being written.</param>
    /// <param name="low">The x coordinate of the lower end.</param>
    /// <param name="high">The x coordinate of the upper end.</param>
    /// <param name="y">The row's centre.</param>
    public static void Interval(StringBuilder b, double low, double high, double y)
    {
        var x1 = ReportNumbers.Coordinate(low);
        var x2 = ReportNumbers.Coordinate(high);
        var y1 = ReportNumbers.Coordinate(y - 4);
        var y2 = ReportNumbers.Coordinate(y + 4);
        var yc = ReportNumbers.Coordinate(y);
        b.Append(CultureInfo.InvariantCulture, $"<line class=\"interval\" x1=\"{x1}\" y1=\"{yc}\" x2=\"{x2}\" y2=\"{yc}\" stroke=\"{Ink}\" stroke-width=\"2\"/>");
        b.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x1}\" y2=\"{y2}\" stroke=\"{Ink}\" stroke-width=\"1.5\"/>");
        b.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x2}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"{Ink}\" stroke-width=\"1.5\"/>");
    }
}
