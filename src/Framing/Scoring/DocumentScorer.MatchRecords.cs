using System.Runtime.CompilerServices;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

// Match records: the FramingMatch of a match, for per-match output.
public sealed partial class DocumentScorer
{
    private FramingMatch BuildMatch(LanguageMatcher matcher, LexiconEntry lexiconEntry, int dimension, int first, int length, Voice voice, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int target, MatchStatus status, MatchKind kind)
    {
        // A scare marker's tokens are an actor's name: their readings are the actor names' slot's, not the dimension's,
        // where the current lane holds the marker kinds (the first; a later lane resolved the tokens again without them,
        // and keeps the dimension's readings).
        var readingSlot = kind == MatchKind.ScareMarker && matcher.MarkerBits != 0 ? _dimensions + (int)MarkerKind.Actor : dimension;
        var start = tokens[first].Start;
        var end = tokens[first + length - 1].End;
        var normalized = new System.Text.StringBuilder();
        var rules = new System.Text.StringBuilder();
        for (var t = first; t < first + length; t++)
        {
            if (normalized.Length > 0)
            {
                normalized.Append(' ');
            }

            var form = NormalizedForm(t);
            normalized.Append(form);
            var variant = ReadingFor(matcher, t, readingSlot);
            if (!variant.IsExact && matcher.Profile.AffixStripper is { } stripper)
            {
                if (rules.Length > 0)
                {
                    rules.Append("; ");
                }

                rules.Append(stripper.Describe(form, variant));
            }
        }

        return new FramingMatch(
            lexiconEntry,
            _lexicon.Dimensions[dimension],
            _chunkStart + start,
            end - start,
            text[start..end].ToString(),
            normalized.ToString(),
            voice,
            _sentenceBase + tokens[first].Sentence,
            _tokenBase + first,
            length,
            rules.ToString(),
            target >= 0 ? _lexicon.Lexicon.Actors[target] : null,
            status,
            kind);
    }

    /// <summary>The clitic reading by which token <paramref name="token"/> counts for a slot (its first usable occurrence).</summary>
    [MethodImpl(HotPath.Compilation)]
    private AffixVariant ReadingFor(LanguageMatcher matcher, int token, int slot)
    {
        var resolved = ResolvedAt(token);
        var masks = resolved.Masks;
        var bit = matcher.BitOf(slot);
        for (var e = 0; e < masks.Length; e++)
        {
            if ((masks[e] & bit) != 0)
            {
                return resolved.Variants[e];
            }
        }

        return default;
    }
}
