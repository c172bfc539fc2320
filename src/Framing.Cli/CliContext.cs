using System.Text;

namespace Framing.Cli;

/// <summary>
/// Where a command reads and writes: standard streams (or test doubles), the environment, and the working directory.
/// Output is UTF-8 without a byte-order mark, with '\n' line ends on every OS.
/// </summary>
internal sealed class CliContext
{
    public CliContext(Stream outStream, TextWriter error, Func<Stream> openInput, IReadOnlyDictionary<string, string?> environment, bool errorIsTerminal)
    {
        OutStream = outStream;
        Out = new StreamWriter(outStream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Error = error as Output.ErrorWriter ?? new Output.ErrorWriter(error);
        OpenInput = openInput;
        Environment = environment;
        ErrorIsTerminal = errorIsTerminal;
    }

    private bool _ownsOutput;

    public Stream OutStream { get; private set; }

    public TextWriter Out { get; private set; }

    /// <summary>Standard error, shared by messages and the progress display (see <see cref="Output.ErrorWriter"/>).</summary>
    public Output.ErrorWriter Error { get; }

    public Func<Stream> OpenInput { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>Whether standard error is an interactive terminal (progress displays only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The command being run, once its arguments are parsed (for the provenance written into Parquet files).</summary>
    public Invocation? Invocation { get; set; }

    public static CliContext FromConsole()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry pair in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)pair.Key] = pair.Value as string;
        }

        var error = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return new CliContext(Console.OpenStandardOutput(), error, Console.OpenStandardInput, environment, !Console.IsErrorRedirected);
    }

    /// <summary>Sends output to a file instead of standard output (for <c>--output</c>).</summary>
    public void RedirectOutput(string path)
    {
        Out.Flush();
        Stream file;
        try
        {
            file = Output.OutputFile.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Arguments.InputException($"{path}: cannot write output: {e.Message}");
        }

        OutStream = file;
        Out = new StreamWriter(file, new UTF8Encoding(false), 1 << 16, leaveOpen: false) { NewLine = "\n" };
        _ownsOutput = true;
    }

    /// <summary>Flushes the output, and closes it when it is a file of ours.</summary>
    public void Finish()
    {
        Out.Flush();
        OutStream.Flush();
        if (_ownsOutput)
        {
            Out.Dispose();
            _ownsOutput = false;
        }
    }

    public bool IsSet(string variable) => Environment.TryGetValue(variable, out var value) && !string.IsNullOrEmpty(value);
}
