namespace Framing.Text;

/// <summary>What <see cref="ScriptDetector"/> counts in a text: its letters, those of the Arabic script, and those of
/// them standard Arabic does not write (Persian, Urdu … letters).</summary>
/// <param name="Letters">All letters.</param>
/// <param name="Arabic">Letters of the Arabic script.</param>
/// <param name="NonArabic">Arabic-script letters that standard Arabic does not write.</param>
internal readonly record struct LetterCounts(long Letters, long Arabic, long NonArabic)
{
    /// <summary>The counts of two pieces of text together.</summary>
    public static LetterCounts operator +(LetterCounts a, LetterCounts b) =>
        new(a.Letters + b.Letters, a.Arabic + b.Arabic, a.NonArabic + b.NonArabic);
}
