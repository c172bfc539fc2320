namespace Framing.Cli.Tests.Report;

/// <summary>
/// Finds the Chromium that the browser test drives through Playwright: Debian's <c>chromium-headless-shell</c> or
/// <c>chromium</c> (<c>apt-get install -y chromium chromium-headless-shell</c>), found on the PATH. Playwright's own
/// browser download is never used (it is unreachable here, and a test must not fetch anything).
/// </summary>
internal static class Chromium
{
    /// <summary>The names looked for on the PATH, in order of preference.</summary>
    public static readonly string[] Names = ["chromium-headless-shell", "chromium"];

    /// <summary>The first of <see cref="Names"/> found on the PATH, or null.</summary>
    public static string? Find(string? path = null)
    {
        var folders = (path ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
        {
            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Why the browser test cannot run here, or null when it can.</summary>
    public static string? Obstacle() => Find() is null
        ? "no chromium-headless-shell or chromium on the PATH (Debian: apt-get install -y chromium chromium-headless-shell)"
        : null;
}
