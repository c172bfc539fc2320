using System.Runtime.CompilerServices;
using Framing.Matching;

namespace Framing.Scoring;

// Context markers: actor names, speech cues, quote openers, negation words, target links, scare markers and scope words, found before the matches.
public sealed partial class DocumentScorer
{
    /// <summary>Finds the context words of every marker kind (leftmost, then longest, per kind) and records them.</summary>
    [MethodImpl(HotPath.Compilation)]
    private void FindMarkers(LanguageMatcher matcher, ReadOnlySpan<char> text)
    {
        var tokens = _tokens.Tokens;
        var masks = _tokenMask.AsSpan(0, tokens.Length);
        Array.Fill(_nextFree, 0);
        for (var i = TokenMaskScan.Next(masks, 0, _markerBits); i < tokens.Length; i = TokenMaskScan.Next(masks, i + 1, _markerBits))
        {

            var touched = CollectLongest(i, matcher, tokens, text, _markerBits, _dimensions, _dimensions + MarkerKinds.Count);
            for (var k = 0; k < touched; k++)
            {
                var slot = _touched[k];
                var entry = matcher.Entries[_bestEntry[slot]];
                var length = _bestLength[slot];
                _bestLength[slot] = 0;
                _nextFree[slot] = i + length;
                switch ((MarkerKind)(slot - _dimensions))
                {
                    case MarkerKind.Actor:
                        var (conjunction, preposition) = DetachedBefore(matcher, text, i);
                        _context.AddMention(
                            i, length, entry.EntryIndex, conjunction || RemovesConjunction(matcher, i, slot), preposition || RemovesPreposition(matcher, i, slot));
                        break;
                    case MarkerKind.Cue:
                        if (IsSpeechVerbReading(matcher, i, slot))
                        {
                            _context.AddCue(i, length);
                        }

                        break;
                    case MarkerKind.Opener:
                        _context.AddOpener(i, length);
                        break;
                    case MarkerKind.Negation:
                        // A negation word written with a shadda is another word: غيّر "changed" is not غير "not".
                        if (text.Slice(tokens[i].Start, tokens[i].Length).IndexOf('\u0651') < 0)
                        {
                            _context.AddNegation(i, length);
                        }

                        break;
                    case MarkerKind.Link:
                        _ = DetachedBefore(matcher, text, i);
                        _context.AddLink(i, length);
                        break;
                    case MarkerKind.ScareBefore:
                        _context.AddScareBefore(i, length);
                        break;
                    case MarkerKind.ScareAfter:
                        _context.AddScareAfter(i, length);
                        break;
                    default:
                        _inScope = true;
                        if (_options.CollectMatches)
                        {
                            (_scopeWords ??= []).Add((_tokenBase + i, length));
                        }

                        break;
                }
            }
        }
    }

    /// <summary>Whether a speech cue at token <paramref name="token"/> is read as written or with proclitics (وقال، فأكد،
    /// وبحسب) only: not with a pronoun suffix removed (a word ending in ة, ه once normalized, read as the cue and a pronoun:
    /// إفادة as أفاد + ه, نقلة as نقل + ه) nor with the article removed (a definite noun is no verb: بالذكر، النقل، الزعم).
    /// Each made the rest of its sentence reported speech.</summary>
    private bool IsSpeechVerbReading(LanguageMatcher matcher, int token, int slot)
    {
        if (matcher.Profile.AffixStripper is not { } stripper)
        {
            return true;
        }

        var reading = ReadingFor(matcher, token, slot);
        return reading.EncliticLength == 0 && !stripper.RemovesArticle(NormalizedForm(token), reading);
    }

    /// <summary>
    /// The clitics of a proclitic written apart right before token <paramref name="token"/> (بـ«داعش», لـ «النظام», و «داعش»:
    /// only spaces, tatweel and quotation marks between them), recorded in the context as such; none when there is none.
    /// </summary>
    private (bool Conjunction, bool Preposition) DetachedBefore(LanguageMatcher matcher, ReadOnlySpan<char> text, int token)
    {
        var clitics = ProcliticBefore(matcher, text, token);
        if (clitics.Conjunction || clitics.Preposition)
        {
            _context.AddDetachedClitic(token - 1);
        }

        return clitics;
    }

    /// <summary>Whether the label at token <paramref name="token"/> is joined to what precedes it by a conjunction: a
    /// conjunction clitic on its first word, or written apart right before it (و «الإرهابيين»).</summary>
    private bool LabelHasConjunction(LanguageMatcher matcher, ReadOnlySpan<char> text, int token, int slot) =>
        RemovesConjunction(matcher, token, slot) || ProcliticBefore(matcher, text, token).Conjunction;

    /// <summary>
    /// The clitics of the token before <paramref name="token"/> when it is a proclitic written apart
    /// (<see cref="Text.AffixStripper.DetachedProclitic"/>) in the same sentence with no barrier between them; none otherwise.
    /// The token's length (at most two letters) is tested first: most tokens before a name or a link word are words.
    /// </summary>
    private (bool Conjunction, bool Preposition) ProcliticBefore(LanguageMatcher matcher, ReadOnlySpan<char> text, int token)
    {
        if (token == 0 || matcher.Profile.AffixStripper is not { } stripper || NormalizedForm(token - 1) is not { Length: > 0 and <= 2 } before
            || _tokens.Tokens[token - 1].Sentence != _tokens.Tokens[token].Sentence || TokenGaps.HasBarrierBefore(text, _tokens.Tokens, token))
        {
            return default;
        }

        return stripper.DetachedProclitic(before);
    }

    /// <summary>Whether token <paramref name="token"/> counts for <paramref name="slot"/> through a reading that removes a conjunction clitic.</summary>
    [PerTokenHelper]
    private bool RemovesConjunction(LanguageMatcher matcher, int token, int slot) =>
        matcher.Profile.AffixStripper is { } stripper
        && stripper.RemovesConjunction(NormalizedForm(token), ReadingFor(matcher, token, slot));

    /// <summary>Whether token <paramref name="token"/> counts for <paramref name="slot"/> through a reading that removes a preposition clitic.</summary>
    private bool RemovesPreposition(LanguageMatcher matcher, int token, int slot) =>
        matcher.Profile.AffixStripper is { } stripper
        && stripper.RemovesPreposition(NormalizedForm(token), ReadingFor(matcher, token, slot));
}
