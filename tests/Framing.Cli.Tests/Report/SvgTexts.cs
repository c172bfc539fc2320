using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>The <c>text</c> elements of the report's charts with the horizontal extent that
/// <see cref="TextWidth.Estimate"/> gives them, from their x, text-anchor, direction, font size and weight.</summary>
internal static partial class SvgTexts
{
    /// <summary>Every <c>svg</c> element of a page or standalone chart whose class is <paramref name="svgClass"/>
    /// (any class when null), parsed as XML.</summary>
    public static IReadOnlyList<XElement> Charts(string document, string? svgClass)
    {
        var charts = new List<XElement>();
        foreach (Match m in SvgElement().Matches(document))
        {
            var svg = XElement.Parse(m.Value);
            if (svgClass is null || (string?)svg.Attribute("class") == svgClass)
            {
                charts.Add(svg);
            }
        }

        return charts;
    }

    /// <summary>The texts of a chart: what is shown (a <c>title</c> inside is a tooltip, not shown), the whole text
    /// when the shown one was cut (the tooltip), the baseline and the estimated left and right edges.</summary>
    public static IReadOnlyList<SvgText> Texts(XElement svg) =>
        [.. svg.Descendants().Where(e => e.Name.LocalName == "text").Select(Measure)];

    private static SvgText Measure(XElement text)
    {
        var shown = string.Concat(text.Nodes().OfType<XText>().Select(t => t.Value));
        var tooltip = text.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
        var fontSize = double.Parse((string?)text.Attribute("font-size") ?? throw new InvalidOperationException("a text without font-size: " + text), CultureInfo.InvariantCulture);
        var width = TextWidth.Estimate(shown, fontSize, (string?)text.Attribute("font-weight") == "bold");
        var x = double.Parse((string)text.Attribute("x")!, CultureInfo.InvariantCulture);
        var rtl = (string?)text.Attribute("direction") == "rtl";
        var (left, right) = ((string?)text.Attribute("text-anchor") ?? "start") switch
        {
            "middle" => (x - (width / 2), x + (width / 2)),
            "end" => rtl ? (x, x + width) : (x - width, x),
            _ => rtl ? (x - width, x) : (x, x + width),
        };
        return new SvgText(shown, tooltip, (string?)text.Attribute("class") ?? string.Empty, (string)text.Attribute("y")!, left, right);
    }

    [GeneratedRegex("<svg[ >].*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();
}

/// <summary>A chart's text as <see cref="SvgTexts"/> measures it.</summary>
internal sealed record SvgText(string Shown, string? Tooltip, string Class, string Y, double Left, double Right);
