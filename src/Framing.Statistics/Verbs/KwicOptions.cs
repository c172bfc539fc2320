using Framing.Matching;
using Framing.Scoring;

namespace Framing.Verbs;

/// <summary>Which matches <see cref="FramingVerbs.Kwic"/> shows, and how much context.</summary>
public sealed record KwicOptions
{
    /// <summary>Only matches of this dimension id, or null for all.</summary>
    public string? Dimension { get; init; }

    /// <summary>Only matches of this pole id (<c>neutral</c> for neutral entries), or null for all.</summary>
    public string? Pole { get; init; }

    /// <summary>Only matches in these voices.</summary>
    public VoiceSelection Voices { get; init; } = VoiceSelection.All;

    /// <summary>Only matches of this status, or null for all.</summary>
    public MatchStatus? Status { get; init; }

    /// <summary>Words of context on each side.</summary>
    public int Window { get; init; } = 5;

    /// <summary>The record's members as the compiler prints them (<c>KwicOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(KwicOptions), PrintMembers);
}
