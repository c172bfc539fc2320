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
        OutStream = new Output.GuardedOutputStream(outStream, "standard output");
        Out = new StreamWriter(OutStream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Error = error as Output.ErrorWriter ?? new Output.ErrorWriter(error);
        OpenInput = openInput;
        Environment = environment;
        ErrorIsTerminal = errorIsTerminal;
    }

    private readonly List<(string Given, string Target)> _inputs = [];
    private Output.ReplacedFile? _outputFile;
    private string? _outputTarget;

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

    /// <summary>
    /// Notes a file the command reads (a corpus), so that an output naming the same file is refused instead of
    /// replacing it (see <see cref="RedirectOutput"/>).
    /// </summary>
    /// <exception cref="Arguments.InputException">The output already goes to that file.</exception>
    public void NoteInput(string path)
    {
        var target = Output.ReplacedFile.FinalTarget(path);
        _inputs.Add((path, target));
        CheckOutputIsNotAnInput();
    }

    /// <summary>
    /// Sends output to a file instead of standard output (for <c>--output</c>). The file is replaced only when the
    /// command succeeds (<see cref="Finish"/>); a command that fails leaves it as it was (<see cref="Abandon"/>).
    /// </summary>
    /// <exception cref="Arguments.InputException">The file cannot be created, or it is a file the command reads.</exception>
    public void RedirectOutput(string path)
    {
        _outputTarget = Output.ReplacedFile.FinalTarget(path);
        CheckOutputIsNotAnInput();
        Out.Flush();
        Output.ReplacedFile file;
        try
        {
            file = Output.ReplacedFile.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Arguments.InputException($"{path}: cannot write output: {e.Message}");
        }

        _outputFile = file;
        OutStream = new Output.GuardedOutputStream(file.Stream, path);
        Out = new StreamWriter(OutStream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>Flushes the output; an output file is closed and put in place.</summary>
    /// <exception cref="Arguments.InputException">The output cannot be written (a full disk, a closed standard output).</exception>
    public void Finish()
    {
        Out.Flush();
        OutStream.Flush();
        if (_outputFile is { } file)
        {
            try
            {
                file.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                file.Abandon();
                throw ((Output.GuardedOutputStream)OutStream).CannotWrite(e);
            }
        }
    }

    /// <summary>After a failure: standard output gets what was written (if it can); an output file is left as it was
    /// before the command, and its partial replacement deleted. Never throws; does nothing after <see cref="Finish"/>.</summary>
    public void Abandon()
    {
        if (_outputFile is { } file)
        {
            file.Abandon();
            return;
        }

        try
        {
            Out.Flush();
            OutStream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Arguments.InputException)
        {
            // The reader of our output went away (e.g. `| head`) or it cannot be written: the error already said why.
        }
    }

    private void CheckOutputIsNotAnInput()
    {
        foreach (var (given, target) in _inputs)
        {
            if (_outputTarget is not null && string.Equals(target, _outputTarget, Framing.Corpus.RealPath.Comparison))
            {
                throw new Arguments.InputException($"{given}: the output (-o) is the corpus being read; write it to another file");
            }
        }
    }

    public bool IsSet(string variable) => Environment.TryGetValue(variable, out var value) && !string.IsNullOrEmpty(value);
}
