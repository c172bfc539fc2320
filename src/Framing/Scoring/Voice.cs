namespace Framing.Scoring;

/// <summary>Whose words a match is: the outlet's own (editorial), someone it quotes, or someone whose words it reports.</summary>
public enum Voice
{
    /// <summary>Outside quotation marks and outside reported speech: the outlet's own voice.</summary>
    Editorial = 0,

    /// <summary>Inside quotation marks.</summary>
    Quoted = 1,

    /// <summary>Reported speech outside quotation marks: text that a speech verb or an attribution phrase of the lexicon
    /// (said, according to, قال، بحسب) attributes to a source.</summary>
    Attributed = 2,
}

/// <summary>
/// Which matches a figure counts, by voice: one voice, or any combination of them (for example
/// <c>VoiceSelection.Editorial | VoiceSelection.Attributed</c>, "editorial + attributed"); <see cref="All"/> is the three.
/// </summary>
[Flags]
public enum VoiceSelection
{
    /// <summary>Only matches in the outlet's own voice.</summary>
    Editorial = 1,

    /// <summary>Only matches inside quotation marks.</summary>
    Quoted = 2,

    /// <summary>Only matches in reported speech outside quotation marks.</summary>
    Attributed = 4,

    /// <summary>Every match: editorial, quoted and attributed.</summary>
    All = Editorial | Quoted | Attributed,
}
