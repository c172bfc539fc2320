namespace Framing.Text;

/// <summary>
/// A token: a run of letters, digits and combining marks in the original text.
/// </summary>
/// <param name="Start">Offset of the token's first UTF-16 code unit in the original text.</param>
/// <param name="Length">Length of the token in UTF-16 code units of the original text.</param>
/// <param name="Sentence">0-based index of the sentence the token belongs to.</param>
/// <param name="QuoteDepth">How many quotation marks enclose the token (0: the outlet's own voice).</param>
internal readonly record struct Token(int Start, int Length, int Sentence, int QuoteDepth)
{
    /// <summary>Offset just after the token's last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the token stands inside at least one pair of quotation marks.</summary>
    public bool IsQuoted => QuoteDepth > 0;
}
