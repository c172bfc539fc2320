namespace Framing.Text;

/// <summary>A stretch of text between quotation marks.</summary>
/// <param name="Start">Offset of the opening quotation mark in the original text.</param>
/// <param name="End">Offset just after the closing quotation mark; when the quote is unclosed, the end of the paragraph, or
/// the offset of the closing mark of an enclosing quotation that ends first.</param>
/// <param name="Depth">Nesting depth: 1 for an outermost quotation, 2 for a quotation inside it, and so on.</param>
/// <param name="IsClosed">Whether a closing mark was found; an unclosed quotation ends at the end of its paragraph, or
/// where an enclosing quotation closes.</param>
internal readonly record struct QuotedSpan(int Start, int End, int Depth, bool IsClosed);
