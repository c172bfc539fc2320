using Framing.Lexicons;
using Framing.Statistics.Scores;

namespace Framing.Statistics.Validation;

/// <summary>
/// What the outlets of known leaning say about one lexicon entry (or one actor's scare marker): how often each camp
/// uses it, and whether that agrees with its pole.
/// </summary>
/// <remarks>
/// Counts are the matches that count for the entry (not negated, not off target) in the selected voices. The
/// <b>log-odds ratio</b> compares the odds that a token of side A is a match of the entry with the same odds for side B:
/// ln((cA + πA) / (tA − cA + πA)) − ln((cB + πB) / (tB − cB + πB)), where c are matches, t tokens, and the prior
/// π of one match in all is shared in proportion to the sides' tokens (πA = tA / (tA + tB): 0.5 each for sides of
/// equal size), so that an entry neither side uses has a ratio of 0; positive means used more by side A. Its interval comes from the same outlet-cluster bootstrap as the
/// document AUC (matches and tokens of the drawn outlets), because an entry's uses cluster within outlets.
/// </remarks>
/// <param name="Entry">The entry (for a scare marker: a synthetic entry whose pattern reads <c>scare marker + actor</c>,
/// located at the actor's <c>scare</c> mapping).</param>
/// <param name="Pole">The id of the entry's pole, or <c>neutral</c>.</param>
/// <param name="IsScareMarker">Whether the row is an actor's scare marker rather than an entry.</param>
/// <param name="DocumentsA">Side-A documents that use it.</param>
/// <param name="DocumentsB">Side-B documents that use it.</param>
/// <param name="OutletsA">Side-A outlets that use it.</param>
/// <param name="OutletsB">Side-B outlets that use it.</param>
/// <param name="CountA">Its matches in side-A documents.</param>
/// <param name="CountB">Its matches in side-B documents.</param>
/// <param name="RateA">Matches per 1,000 tokens of side A, or null when side A's documents have no tokens (undefined, not 0).</param>
/// <param name="RateB">Matches per 1,000 tokens of side B, or null when side B's documents have no tokens.</param>
/// <param name="LogOddsRatio">The log-odds ratio, side A against side B, or null when a side's documents have no tokens
/// (the odds of a token of that side are undefined).</param>
/// <param name="Interval">Its outlet-cluster bootstrap interval, or the reason there is none.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Note">Why the verdict is what it is, in a few words.</param>
public sealed record EntryValidation(
    LexiconEntry Entry,
    string Pole,
    bool IsScareMarker,
    long DocumentsA,
    long DocumentsB,
    int OutletsA,
    int OutletsB,
    long CountA,
    long CountB,
    double? RateA,
    double? RateB,
    double? LogOddsRatio,
    ConfidenceInterval Interval,
    EntryVerdict Verdict,
    string Note)
{
    /// <summary>The record's members as the compiler prints them (<c>EntryValidation { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(EntryValidation), PrintMembers);
}
