using Framing.Matching;

namespace Framing.Verbs;

/// <summary>One match in its original context.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Group">The document's group.</param>
/// <param name="Left">The words before the match (line breaks and other control characters as spaces, trimmed).</param>
/// <param name="Match">The match, with its entry, pole, voice and position in the original text.</param>
/// <param name="Right">The words after the match.</param>
public sealed record KwicLine(string DocumentId, string Group, string Left, FramingMatch Match, string Right)
{
    /// <summary>The record's members as the compiler prints them (<c>KwicLine { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(KwicLine), PrintMembers);
}
