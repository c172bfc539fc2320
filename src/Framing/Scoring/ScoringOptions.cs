using Framing.Text;

namespace Framing.Scoring;

/// <summary>Options for scoring documents. Immutable.</summary>
public sealed record ScoringOptions
{
    /// <summary>The default options.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Whether to keep every match of each document (for per-document output and audits). Default false.</summary>
    public bool CollectMatches { get; init; }

    /// <summary>Whether every document counts as in the lexicon's scope (for labelling single terms, which are no
    /// documents about anything).</summary>
    internal bool IgnoreScope { get; init; }

    /// <summary>Detects a document's language when the caller does not give one. Default: by script.</summary>
    public ScriptDetector LanguageDetector { get; init; } = ScriptDetector.Default;

    /// <summary>
    /// Tokens longer than this (in UTF-16 code units) are counted but never matched: no lexicon word is that long,
    /// and skipping them bounds the work on pathological input. Default 64; at least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 (no token could match).</exception>
    public int MaxMatchableTokenLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxMatchableTokenLength), value, "MaxMatchableTokenLength must be at least 1: no token shorter than it could match");
    }

        = DefaultMaxMatchableTokenLength;

    /// <summary>The default of <see cref="MaxMatchableTokenLength"/>; a lexicon word longer than this is a lexicon error.</summary>
    internal const int DefaultMaxMatchableTokenLength = 64;

    /// <summary>The record's members as the compiler prints them (<c>ScoringOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ScoringOptions), PrintMembers);
}
