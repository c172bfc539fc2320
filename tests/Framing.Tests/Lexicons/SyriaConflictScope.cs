namespace Framing.Tests.Lexicons;

/// <summary>
/// The shipped syria-conflict lexicon counts matches only in documents that name Syria (its <c>scope:</c>, since
/// 2.3.0). The tests of single invented sentences score each as a sentence of a document about Syria: the sentence,
/// then a line naming the country in the sentence's script (a line break ends the sentence, so no context rule reaches
/// across it).
/// </summary>
internal static class SyriaConflictScope
{
    /// <summary>The sentence followed by a line that names Syria (Arabic when the sentence has an Arabic letter).</summary>
    public static string InScope(string sentence) =>
        sentence + (sentence.Any(c => c is >= '\u0600' and <= '\u06FF') ? "\nسوريا" : "\nSyria");
}
