using Framing.Lexicons;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

// Judging and counting: a chosen match is counted, negated or off target, in its voice.
public sealed partial class DocumentScorer
{
    [PerTokenHelper]
    private void CountEntry(int i, int length, CompiledEntry entry, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var rules = matcher.Context;
        var d = entry.DimensionIndex;
        var voice = _context.VoiceAt(tokens[i], i);
        var target = rules.HasActors
            ? TargetFinder.Find(_context, tokens, text, i, length, rules.LinkWindow, LabelHasConjunction(matcher, text, i, d))
            : -1;
        var status = MatchStatus.Counted;
        if (entry.JudgesTarget && !(target >= 0 ? entry.AllowedTargets?[target] ?? true : entry.TargetDefault == TargetDefault.Count))
        {
            status = MatchStatus.OffTarget;
        }
        else if (rules.HasNegation && NegationRule.IsNegated(_context, tokens, text, i, rules.NegationWindow))
        {
            status = MatchStatus.Negated;
        }

        Count(counts, d, entry.Side, voice, entry.WeightMilli, status);
        if (matches is not null)
        {
            var match = BuildMatch(matcher, _lexicon.Lexicon.Entries[entry.EntryIndex], d, i, length, voice, tokens, text, target, status, MatchKind.Entry);
            (status == MatchStatus.Counted ? matches : uncounted!).Add(match);
        }
    }

    [PerTokenHelper]
    private void CountScare(int i, int length, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var rules = matcher.Context;
        var actor = _context.ScareActor(i);
        var scare = rules.Scares[actor]!;
        var voice = _context.VoiceAt(tokens[i], i, _context.ScareByQuotes(i) ? 1 : 0);
        var status = rules.HasNegation && NegationRule.IsNegated(_context, tokens, text, i, rules.NegationWindow)
            ? MatchStatus.Negated
            : MatchStatus.Counted;
        Count(counts, scare.DimensionIndex, scare.Side, voice, scare.WeightMilli, status);
        if (matches is not null)
        {
            var match = BuildMatch(matcher, scare.Entry, scare.DimensionIndex, i, length, voice, tokens, text, actor, status, MatchKind.ScareMarker);
            (status == MatchStatus.Counted ? matches : uncounted!).Add(match);
        }
    }

    private static void Count(FramingCounts counts, int dimension, PoleSide side, Voice voice, int weightMilli, MatchStatus status)
    {
        switch (status)
        {
            case MatchStatus.Counted:
                counts.AddMatch(dimension, side, voice, weightMilli);
                break;
            case MatchStatus.Negated:
                counts.AddNegated(dimension, side, voice);
                break;
            default:
                counts.AddOffTarget(dimension, side, voice);
                break;
        }
    }
}
