namespace Framing.Cli.Commands.Check;

/// <summary>How serious a finding is; SARIF and GitHub annotations use the same names.</summary>
internal enum RuleLevel
{
    /// <summary>Reported; fails the check only with <c>--fail-on warning</c> (the default).</summary>
    Warning = 1,

    /// <summary>Reported; fails the check unless <c>--fail-on none</c>.</summary>
    Error = 2,
}

/// <summary>Names of <see cref="RuleLevel"/> values as they appear in options, configuration and output.</summary>
internal static class RuleLevels
{
    public static readonly string[] Names = ["warning", "error"];

    public static string Name(RuleLevel level) => level == RuleLevel.Error ? "error" : "warning";

    public static RuleLevel? Parse(string text) => text switch
    {
        "warning" => RuleLevel.Warning,
        "error" => RuleLevel.Error,
        _ => null,
    };
}
