using System.Text;

namespace Framing.Cli.Tests;

/// <summary>
/// Runs the CLI with captured streams: in-process by default, or as the executable named by
/// <c>FRAMING_CLI_BINARY</c> (for example the native, ahead-of-time build), so that the same tests and golden files
/// check that build byte for byte. The executable runs with the test's environment only (as the in-process run
/// does), with the test thread's culture as its locale (<c>LC_ALL</c>), in the test's current directory.
/// </summary>
internal static class CliRunner
{
    /// <summary>The variable naming an external <c>framing</c> executable to test instead of the in-process CLI.</summary>
    public const string BinaryVariable = "FRAMING_CLI_BINARY";

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The external executable under test, or null for the in-process CLI.</summary>
    public static string? Binary => Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } path ? path : null;

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? stdin, params string[] args) => RunWith(stdin, new Dictionary<string, string?>(), args);

    public static Result RunWithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] args) => RunWith(null, environment, args);

    private static Result RunWith(string? stdin, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        if (Binary is { } binary)
        {
            return RunExternal(binary, stdin, environment, args);
        }

        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty));
        var context = new CliContext(output, error, () => input, environment, errorIsTerminal: false);
        var exit = FramingApp.Run(args, context);
        return new Result(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static Result RunExternal(string binary, string? stdin, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in environment)
        {
            if (value is not null)
            {
                variables[name] = value;
            }
        }

        // The in-process CLI runs under the test's culture (tr-TR, ar-SA, …); the executable gets it as its locale.
        var culture = System.Globalization.CultureInfo.CurrentCulture.Name;
        if (culture.Length > 0 && !variables.ContainsKey("LC_ALL") && !variables.ContainsKey("LANG"))
        {
            variables["LC_ALL"] = culture.Replace('-', '_') + ".UTF-8";
        }

        var result = Distribute.Shell.Run(binary, args, variables, input: stdin, inheritEnvironment: false);
        return new Result(result.ExitCode, result.Out, result.Error);
    }
}
