using System.Text;

namespace Framing.Cli;

/// <summary>
/// Where a command reads and writes: standard streams (or test doubles), the environment, and the working directory.
/// Output is UTF-8 without a byte-order mark, with '\n' line ends on every OS.
/// </summary>
internal sealed class CliContext
{
    public CliContext(Stream outStream, TextWriter error, Func<Stream> openInput, IReadOnlyDictionary<string, string?> environment, bool errorIsTerminal, Func<TimeSpan>? sinceProcessStart = null)
    {
        Timings = PhaseTimings.FromEnvironment(environment, sinceProcessStart);
        OutStream = new Output.GuardedOutputStream(outStream, "standard output", standardOutput: true);
        Out = new StreamWriter(OutStream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Error = error as Output.ErrorWriter ?? new Output.ErrorWriter(error);
        OpenInput = openInput;
        Environment = environment;
        ErrorIsTerminal = errorIsTerminal;
    }

    // Classes rather than value tuples: the installed (ReadyToRun) tool then runs the list code precompiled for
    // references instead of compiling list code for tuples at every start.
    private readonly List<NotedFile> _inputs = [];
    private readonly List<NotedFile> _outputs = [];
    private readonly List<Output.ReplacedFile> _sideFiles = [];
    private Output.ReplacedFile? _outputFile;

    public Stream OutStream { get; private set; }

    public TextWriter Out { get; private set; }

    /// <summary>Standard error, shared by messages and the progress display (see <see cref="Output.ErrorWriter"/>).</summary>
    public Output.ErrorWriter Error { get; }

    public Func<Stream> OpenInput { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>Whether standard error is an interactive terminal (progress displays only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The run's phase clock when <c>FRAMING_TIMINGS</c> is set (see <see cref="PhaseTimings"/>), else null.</summary>
    public PhaseTimings? Timings { get; }

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
        return new CliContext(Output.StandardOutput.Open(), error, Console.OpenStandardInput, environment, !Console.IsErrorRedirected, SinceProcessStart)
        {
            StandardInputFile = ProcessStandardInputFile,
        };
    }

    /// <summary>The identity (<see cref="Framing.Corpus.FileKinds.IdentityOf"/>) of the file or pipe behind the input
    /// that <c>-</c> reads, for comparison with the outputs (see <see cref="NoteInput"/>); null when it is not known (a
    /// test double, or a system without <c>/proc</c>).</summary>
    public Func<string?>? StandardInputFile { get; init; }

    /// <summary>The identity of the process's standard input: on Linux that of the regular file or pipe that
    /// <c>/proc/self/fd/0</c> stands for (<c>framing score - -o corpus.jsonl &lt; corpus.jsonl</c> would replace the
    /// corpus; <c>-o /dev/stdin</c> or <c>-o /dev/fd/0</c> names the same pipe); null for a terminal, a device (an output
    /// to <c>/dev/null</c> while reading <c>&lt; /dev/null</c> harms nothing) or a socket, and elsewhere.</summary>
    private static string? ProcessStandardInputFile()
    {
        // The file or pipe itself (not a terminal, a device such as /dev/null, or a socket): writing an output to it
        // is what must be refused. Its identity names it, whatever name the output gives it.
        const string Descriptor = "/proc/self/fd/0";
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return Framing.Corpus.FileKinds.Of(Descriptor) is Framing.Corpus.FileKind.Regular or Framing.Corpus.FileKind.NamedPipe
            ? Framing.Corpus.FileKinds.IdentityOf(Descriptor)
            : null;
    }

    /// <summary>
    /// Notes a file the command reads (the corpus, a lexicon, a known-leanings or reference file, a configuration), so
    /// that an output naming the same file is refused instead of replacing it (see <see cref="NoteOutput"/>).
    /// Standard input (<c>-</c>) is noted as the file or pipe behind it where that is known
    /// (<see cref="StandardInputFile"/>); names of built-in resources that are not files are not noted.
    /// </summary>
    /// <param name="path">The path as given.</param>
    /// <param name="what">What the file is, for the message ("the corpus", "the lexicon", "--known").</param>
    /// <exception cref="Arguments.InputException">An output already goes to that file.</exception>
    public void NoteInput(string path, string what = "the corpus being read")
    {
        if (path == "-")
        {
            if (StandardInputFile?.Invoke() is { } standardInput)
            {
                _inputs.Add(new NotedFile("-", standardInput, what + " on standard input", standardInput));
                CheckOutputs();
            }

            return;
        }

        var target = Output.ReplacedFile.FinalTarget(path);
        _inputs.Add(new NotedFile(path, target, what, Framing.Corpus.FileKinds.IdentityOf(path)));
        CheckOutputs();
    }

    /// <summary>
    /// Notes a file the command writes (<c>-o</c>, or another output such as <c>--report</c> or
    /// <c>--save-baseline</c>): one naming a file the command reads, or a file another of its outputs goes to, is
    /// refused (exit 2) before anything is written.
    /// </summary>
    /// <param name="path">The path as given.</param>
    /// <param name="option">The option that names it, for the message.</param>
    /// <exception cref="Arguments.InputException">The file is an input or another output.</exception>
    public void NoteOutput(string path, string option)
    {
        if (path == "-")
        {
            return;
        }

        var target = Output.ReplacedFile.FinalTarget(path);
        foreach (var noted in _outputs)
        {
            if (noted.Role == option && string.Equals(noted.Target, target, Framing.Corpus.RealPath.Comparison))
            {
                return; // noted before it is written
            }
        }

        _outputs.Add(new NotedFile(path, target, option, Framing.Corpus.FileKinds.IdentityOf(path)));
        CheckOutputs();
        CheckFolderOf(path, option);
    }

    /// <summary>
    /// Refuses an output whose folder does not exist before anything is read: an output other than <c>-o</c> is written
    /// at the end (<see cref="WriteOnSuccess"/>), so a misspelt folder used to fail only after the whole corpus was
    /// read and every finding printed. The message is the one the write would give.
    /// </summary>
    private static void CheckFolderOf(string path, string option)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder) && !File.Exists(folder))
        {
            var what = option.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0 ? option[..cut] : option;
            throw new Arguments.InputException($"{path}: cannot write {(what == "the output" ? "output" : what)}: {SystemReason.OfWrite(path, new DirectoryNotFoundException())}");
        }
    }

    /// <summary>
    /// Writes an output file other than the main output, whole or not at all: it is written beside its target now and
    /// replaces it only when the command succeeds (<see cref="Finish"/>), like <c>-o</c>. Call <see cref="NoteOutput"/>
    /// for it first, as early as possible.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What it holds, for the message ("the calibrated lexicon").</param>
    /// <param name="write">Writes the contents.</param>
    /// <exception cref="Arguments.InputException">The file cannot be written.</exception>
    public void WriteOnSuccess(string path, string what, Action<Stream> write)
    {
        if (path == "-")
        {
            // Such an output goes beside another on standard output (calibrate's report): '-' would have written a file
            // named "-".
            throw new Arguments.UsageException($"{what} is written to a file: '-' (standard output) is not accepted for it");
        }

        try
        {
            var file = Output.ReplacedFile.Open(path);
            _sideFiles.Add(file);
            write(file.Stream);
            file.Stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Arguments.InputException($"{path}: cannot write {what}: {SystemReason.OfWrite(path, e)}");
        }
    }

    /// <summary>
    /// Sends output to a file instead of standard output (for <c>--output</c>; <c>-</c> keeps standard output). The file is replaced only when the
    /// command succeeds (<see cref="Finish"/>); a command that fails leaves it as it was (<see cref="Abandon"/>).
    /// </summary>
    /// <exception cref="Arguments.InputException">The file cannot be created, or it is a file the command reads.</exception>
    public void RedirectOutput(string path, string option = "the output (-o)")
    {
        if (path == "-")
        {
            return; // -o - is standard output, as - is standard input for a corpus (it wrote a file named "-")
        }

        NoteOutput(path, option);
        Out.Flush();
        Output.ReplacedFile file;
        try
        {
            file = Output.ReplacedFile.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Arguments.InputException($"{path}: cannot write output: {SystemReason.OfWrite(path, e)}");
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
        foreach (var side in _sideFiles)
        {
            try
            {
                side.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Abandon();
                throw new Arguments.InputException($"{side.Target}: cannot write output: {SystemReason.Of(e)}");
            }
        }

        _sideFiles.Clear();
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
        foreach (var side in _sideFiles)
        {
            side.Abandon();
        }

        _sideFiles.Clear();
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

    /// <summary>Whether two paths name one file, as inputs and outputs are compared: by final path (links followed) or,
    /// where the system tells, by identity (a hard link, a linked folder).</summary>
    /// <param name="first">A path.</param>
    /// <param name="second">Another path.</param>
    /// <returns>True for one file.</returns>
    public static bool IsSameFile(string first, string second) => Noted(first).IsSameFileAs(Noted(second));

    private static NotedFile Noted(string path) => new(path, Output.ReplacedFile.FinalTarget(path), string.Empty, Framing.Corpus.FileKinds.IdentityOf(path));

    /// <summary>
    /// The reason to refuse reading <paramref name="path"/> as a document of the corpus when an output of the command goes
    /// to that file (a document of a folder or manifest corpus named by <c>-o</c> or <c>--save-state</c>, which the run
    /// would replace with its output), or null. Safe to call from the reading thread once the outputs are noted.
    /// </summary>
    /// <param name="path">The document file's path.</param>
    /// <returns>The reason, or null.</returns>
    public string? OutputAt(string path)
    {
        if (_outputs.Count == 0)
        {
            return null;
        }

        var probe = Noted(path);
        foreach (var output in _outputs)
        {
            if (output.IsSameFileAs(probe))
            {
                return $"{output.Role} is this document of the corpus; write it to another file";
            }
        }

        return null;
    }

    private void CheckOutputs()
    {
        for (var i = 0; i < _outputs.Count; i++)
        {
            var output = _outputs[i];
            var (given, option) = (output.Given, output.Role);
            foreach (var input in _inputs)
            {
                if (input.IsSameFileAs(output))
                {
                    throw new Arguments.InputException($"{input.Given}: {option} is {input.Role}; write it to another file");
                }
            }

            for (var j = 0; j < i; j++)
            {
                if (_outputs[j].IsSameFileAs(output))
                {
                    throw new Arguments.InputException($"{given}: {option} and {_outputs[j].Role} name the same file; give each its own");
                }
            }
        }
    }

    // Read only when FRAMING_TIMINGS is set: the process's start time comes from the operating system.
    private static TimeSpan SinceProcessStart()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }

    public bool IsSet(string variable) => Environment.TryGetValue(variable, out var value) && !string.IsNullOrEmpty(value);

    /// <summary>A file noted as an input or output: its name as given, its final path, what it is, and, where the
    /// system tells, its identity (<see cref="Framing.Corpus.FileKinds.IdentityOf"/>), which is the same through a
    /// linked folder or another name of one pipe.</summary>
    private sealed record NotedFile(string Given, string Target, string Role, string? Identity = null)
    {
        public bool IsSameFileAs(NotedFile other) =>
            string.Equals(Target, other.Target, Framing.Corpus.RealPath.Comparison)
            || (Identity is not null && string.Equals(Identity, other.Identity, StringComparison.Ordinal));
    }
}
