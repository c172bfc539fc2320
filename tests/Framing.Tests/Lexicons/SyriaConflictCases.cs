namespace Framing.Tests.Lexicons;

/// <summary>One invented sentence and the pole of one dimension it must (or must not) count for.</summary>
/// <param name="Language">The language the sentence is in (detected from its script).</param>
/// <param name="Dimension">The dimension id.</param>
/// <param name="Pole">The pole id (pole a or pole b of the dimension).</param>
/// <param name="Matches">True: the sentence must count for the pole; false: it must not.</param>
/// <param name="Sentence">The sentence: invented text, never copied from a news article.</param>
public sealed record LexiconCase(string Language, string Dimension, string Pole, bool Matches, string Sentence);

/// <summary>
/// Validation sentences for the syria-conflict lexicon, per language, dimension and pole: sentences that must count
/// for the pole and near-misses (other senses, exclusions, the other pole) that must not. All sentences are invented.
/// </summary>
internal static partial class SyriaConflictCases
{
    public static IEnumerable<LexiconCase> All => English.Concat(Arabic);

    private static LexiconCase En(string dimension, string pole, string sentence) => new("en", dimension, pole, true, sentence);

    private static LexiconCase NotEn(string dimension, string pole, string sentence) => new("en", dimension, pole, false, sentence);

    private static LexiconCase Ar(string dimension, string pole, string sentence) => new("ar", dimension, pole, true, sentence);

    private static LexiconCase NotAr(string dimension, string pole, string sentence) => new("ar", dimension, pole, false, sentence);
}
