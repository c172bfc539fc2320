using Framing.Reports;

namespace Framing.Cli;

/// <summary>The CLI's words for what the library knows only by type (an absent interval's reason, a diagnostic's hint: see <see cref="DiagnosticWording"/>), naming the CLI's options.</summary>
internal static class CliWording
{
    /// <summary>The note of a score without an interval because no bootstrap ran.</summary>
    public const string NoBootstrap = "no bootstrap (--bootstrap 0)";

    /// <summary>How <c>framing report</c> words its page.</summary>
    public static ReportWording Report { get; } = new() { NoBootstrap = NoBootstrap, ChartTableCommand = "framing score --format csv" };
}
