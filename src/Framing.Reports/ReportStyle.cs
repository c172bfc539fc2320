namespace Framing.Reports;

/// <summary>The page's inline style sheet: system fonts only (nothing is fetched), readable tables, a long word from the
/// data (a web address, a hashtag, a German compound, an outlet's name) broken anywhere rather than widening the page
/// (<c>overflow-wrap: anywhere</c> on the body, inherited by headings, paragraphs and table cells; it also lets a table
/// column shrink below such a word; not in the header cells, whose fixed words would then be broken first when a table is
/// squeezed, nor in cells of one fixed word such as a voice or a status, class <c>word</c>), charts' text in the
/// system's text colour in forced-colours (high-contrast) mode, whose fixed dark fills would vanish on a dark background,
/// a narrow screen (a phone) on which charts keep their size (720 px, their own units: shrunk to the screen their labels
/// were about 5 px high) and tables their columns, each scrolling sideways in its figure or its <c>div.wide</c> rather
/// than the page, and an A4 print layout that never cuts a chart across pages.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif; font-size: 14px; line-height: 1.45; color: #111; background: #fff; margin: 0 auto; max-width: 980px; padding: 16px 20px 40px; overflow-wrap: anywhere; }
        h1 { font-size: 22px; margin: 8px 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #1f4e79; padding-bottom: 2px; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        nav ol { margin: 4px 0; padding-inline-start: 20px; columns: 2; }
        nav a { display: inline-block; min-height: 24px; line-height: 24px; }
        table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }
        th, td { border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; text-align: start; }
        th { background: #eef2f7; overflow-wrap: normal; }
        td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.word { overflow-wrap: normal; }
        .note { color: #444; font-size: 13px; }
        .chart, .forest { width: 100%; max-width: 720px; height: auto; display: block; margin: 4px 0; }
        figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 13px; color: #333; }
        details { margin: 4px 0 12px; }
        summary { cursor: pointer; color: #1f4e79; }
        mark { background: #ffe58a; color: #000; font-weight: bold; padding: 0 1px; }
        .kwic { font-size: 13px; }
        .yes { font-weight: bold; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
        dt { font-weight: bold; }
        dd { margin: 0; overflow-wrap: anywhere; }
        code { font-size: 12px; overflow-wrap: anywhere; }
        .wide { overflow-x: auto; }
        @media screen { .chart, .forest { min-width: 720px; } figure { overflow-x: auto; } }
        @media (forced-colors: active) { svg text { fill: CanvasText; } }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          figure, svg, tr { break-inside: avoid; page-break-inside: avoid; }
          .chart, .forest { max-width: 100%; max-height: 235mm; }
          details > summary { display: none; }
          table { font-size: 10px; }
        }
        """;
}
