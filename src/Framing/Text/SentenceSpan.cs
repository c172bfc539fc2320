namespace Framing.Text;

/// <summary>A sentence: a range of tokens and the text they span.</summary>
/// <param name="Start">Offset of the sentence's first token in the original text.</param>
/// <param name="End">Offset just after the sentence's last token.</param>
/// <param name="FirstToken">Index of the first token of the sentence.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
internal readonly record struct SentenceSpan(int Start, int End, int FirstToken, int TokenCount);
