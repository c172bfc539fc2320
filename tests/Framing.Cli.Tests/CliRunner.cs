using System.Text;

namespace Framing.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? stdin, params string[] args) => RunWith(stdin, new Dictionary<string, string?>(), args);

    public static Result RunWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] args) => RunWith(null, environment, args);

    private static Result RunWith(string? stdin, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty));
        var context = new CliContext(output, error, () => input, environment, errorIsTerminal: false);
        var exit = FramingApp.Run(args, context);
        return new Result(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
