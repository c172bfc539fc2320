namespace Framing.Corpus;

/// <summary>Which camp a document's known leaning puts it in (see <see cref="SideSelection"/>).</summary>
public enum KnownSide
{
    /// <summary>The camp whose framing is pole A of the lexicon's dimensions (for example <c>pro-damascus</c>).</summary>
    A = 0,

    /// <summary>The camp whose framing is pole B (for example <c>anti-damascus</c>).</summary>
    B = 1,
}
