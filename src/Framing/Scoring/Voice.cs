namespace Framing.Scoring;

/// <summary>Whose words a match is: the outlet's own (editorial) or someone it quotes.</summary>
public enum Voice
{
    /// <summary>Outside quotation marks: the outlet's own voice.</summary>
    Editorial = 0,

    /// <summary>Inside quotation marks.</summary>
    Quoted = 1,
}

/// <summary>Which matches a figure counts, by voice.</summary>
public enum VoiceSelection
{
    /// <summary>Every match.</summary>
    All = 0,

    /// <summary>Only matches in the outlet's own voice.</summary>
    Editorial = 1,

    /// <summary>Only matches inside quotation marks.</summary>
    Quoted = 2,
}
