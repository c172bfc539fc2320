namespace Framing.Cli;

/// <summary>Entry point of the <c>framing</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">Arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 2;
}
