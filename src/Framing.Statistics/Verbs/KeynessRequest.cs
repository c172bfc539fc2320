using Framing.Statistics.Terms;

namespace Framing.Verbs;

/// <summary>What <see cref="FramingVerbs.Keyness"/> compares and how.</summary>
/// <param name="Target">The target group.</param>
public sealed record KeynessRequest(string Target)
{
    /// <summary>The reference group, or null for every other group.</summary>
    public string? Reference { get; init; }

    /// <summary>The smallest n-gram order of the terms.</summary>
    public int MinimumN { get; init; } = 1;

    /// <summary>The largest n-gram order of the terms (at most 5).</summary>
    public int MaximumN { get; init; } = 1;

    /// <summary>Terms with fewer occurrences in both groups together are not tested.</summary>
    public int MinimumCount { get; init; } = 3;

    /// <summary>The keyness measure.</summary>
    public KeynessMeasure Measure { get; init; } = KeynessMeasure.LogOdds;

    /// <summary>The measure's options (prior, correction).</summary>
    public KeynessOptions? Options { get; init; }

    /// <summary>The lexicon the corpus is read for, as <c>framing keyness --lexicon</c> reads it: a text without a
    /// language gets the language its script has in this lexicon (a declared analysis such as <c>fa: arabic-script</c>
    /// instead of ar, whose clitics are kept) and is analyzed as the lexicon analyzes that language; null: the built-in
    /// detection (Arabic script is ar, else en).</summary>
    public Framing.Lexicons.Lexicon? Lexicon { get; init; }

    /// <summary>The record's members as the compiler prints them (<c>KeynessRequest { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(KeynessRequest), PrintMembers);
}
