namespace Framing.Cli;

/// <summary>The documented exit codes of <c>framing</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A check, threshold or validation failed (the input was read correctly).</summary>
    public const int CheckFailed = 1;

    /// <summary>Usage error (unknown option, missing argument) or input error (unreadable corpus or lexicon, or an input
    /// too large for the memory the process may use).</summary>
    public const int UsageOrInput = 2;

    /// <summary>An unexpected internal error (a bug): please report it.</summary>
    public const int Internal = 3;
}
