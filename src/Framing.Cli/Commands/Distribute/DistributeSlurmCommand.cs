using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;

namespace Framing.Cli.Commands.Distribute;

/// <summary>
/// <c>framing distribute slurm</c>: scores a corpus as a Slurm job array, one shard per task, and merges the shards'
/// states in a job that runs only once every shard succeeded; the result is exactly one <c>framing score</c> run's.
/// </summary>
internal sealed class DistributeSlurmCommand : ICommand
{
    /// <summary>The schedulers <c>framing distribute</c> knows.</summary>
    public static IReadOnlyList<string> Schedulers { get; } = Array.AsReadOnly(["slurm"]);

    private static readonly OptionSpec[] PassedToShards =
    [
        CorpusOptions.By, CorpusOptions.TextField, CorpusOptions.IdField, CorpusOptions.LanguageField, CorpusOptions.Language, CorpusOptions.CorpusFormat, CorpusOptions.CsvDelimiter,
        BootstrapOptions.Bootstrap, BootstrapOptions.SeedSpec, ScopeOption.Spec,
    ];

    private static readonly OptionSpec[] PassedToMerge = [SharedOptions.Voice, BootstrapOptions.ConfidenceSpec, BootstrapOptions.MinDocuments, ScopeOption.Spec];

    private readonly Option<int?> _shards = Option.OptionalInt("shards", "Number of shards, one array task each.", "N", 1, 1_000_000);

    private readonly Option<string?> _out = Option.OptionalText("out", "Folder for the scripts, states, logs and results (scores.<ext>, merged-state.json); on a shared file system.", "DIR");

    private readonly FlagOption _dryRun = Option.Flag("dry-run", "Print the scripts and the sbatch commands; write and submit nothing.");

    // A choice of strings, not Option.Choice<int>: every command's options are made at every start, and the generic
    // method over int is not precompiled in the installed tool.
    private readonly Option<string> _arrayBase = Option.Choice("array-base", "The first array task id: task T scores shard T-base+1.", "N", "1", ["0", "1"]);

    private readonly Option<string?> _partition = Option.OptionalText("partition", "Slurm partition of both jobs (sbatch --partition).", "P");

    private readonly Option<string?> _time = Option.OptionalText("time", "Time limit of each job (sbatch --time, e.g. 30:00 or 1-00:00:00).", "T");

    private readonly Option<string?> _mem = Option.OptionalText("mem", "Memory of each job (sbatch --mem, e.g. 4G).", "M");

    private readonly Option<int?> _cpusPerTask = Option.OptionalInt("cpus-per-task", "CPUs of each shard's task (sbatch --cpus-per-task); also its --parallel unless that is given.", "N", 1, 1_000_000);

    private readonly Option<string> _jobName = Option.Text("job-name", "Prefix of the job names (NAME-score, NAME-merge).", "NAME", "framing");

    private readonly RepeatedOption _sbatchOption = Option.Repeated("sbatch-option", "Another #SBATCH directive for both jobs, as --name=value or --flag (e.g. --account=lab); repeatable.", "OPT");

    private readonly Option<string?> _framingCommand = Option.OptionalText("framing-command", "The command that runs framing on the nodes, as shell words (e.g. \"dotnet /opt/framing/Framing.Cli.dll\").", "CMD", defaultHelp: "this framing, by its absolute path");

    private readonly Option<string> _sbatch = Option.Text("sbatch", "The sbatch program.", "PROGRAM", "sbatch");

    private readonly Option<int?> _parallel = Option.OptionalInt("parallel", "Worker threads of each shard.", "N", 1, 1024, defaultHelp: "the node's processor count");

    private readonly Option<string> _format = Option.Choice("format", "Format of the merged scores, DIR/scores.csv, .json, .md, .txt (table) or .parquet.", "FORMAT", "csv", OutputWriter.FormatNames, shortName: 'f');

    public DistributeSlurmCommand()
    {
        Spec = new(
            "distribute slurm",
            "Score a corpus on a Slurm cluster: a job array of shards, then a merge that runs when all succeeded.",
            "distribute slurm <corpus> --shards N --out DIR [score options] [--format …] [--partition P] [--time T] [--mem M] [--dry-run]",
            [("corpus", true, "A .jsonl (.ndjson, .json: JSON Lines too)/.csv/.tsv/.parquet file, a folder of .txt files or a CSV manifest, on a file system every node can read.")],
            [
                _shards,
                _out,
                _dryRun,
                _arrayBase,
                _partition,
                _time,
                _mem,
                _cpusPerTask,
                _jobName,
                _sbatchOption,
                _framingCommand,
                _sbatch,
                SharedOptions.Lexicon,
                ScopeOption.Spec,
                .. CorpusOptions.Specs,
                BootstrapOptions.Bootstrap,
                BootstrapOptions.SeedSpec,
                _parallel,
                _format,
                SharedOptions.Voice,
                BootstrapOptions.ConfidenceSpec,
                BootstrapOptions.MinDocuments,
                QuietOption.Spec, // it writes a warning (an array beyond MaxArraySize), which -q does not hide, and no summary
            ],
            [
                ("framing distribute slurm corpus.jsonl --shards 16 --out run1 --partition short --time 30:00 --mem 4G", "16 shards, then the merge into run1/scores.csv"),
                ("framing distribute slurm corpus.jsonl --shards 16 --out run1 --dry-run", "print the scripts without submitting them"),
                ("framing distribute slurm corpus.jsonl --shards 8 --out run2 --lexicon syria-conflict --bootstrap 5000 --format json --array-base 0", "score options go to every shard, merge options to the merge"),
                ("framing distribute slurm corpus.jsonl --shards 8 --out run3 --framing-command \"dotnet /opt/framing/Framing.Cli.dll\"", "run framing on the nodes from a shared folder"),
                ("bash run1/resubmit-failed.sh", "after a shard failed: resubmit only the shards without a state, then the merge"),
            ],
            """
            Writes DIR/score.sbatch (a job array: task T runs 'framing score <corpus> --shard I/N --save-state
            DIR/states/shard-I.json' with I = T - base + 1), DIR/merge.sbatch ('framing merge' of every state into
            DIR/scores.<ext> and DIR/merged-state.json) and DIR/resubmit-failed.sh, then submits the array and the merge
            with --dependency=afterok:<array job>, and prints both job ids. The merged scores are exactly those of one
            'framing score' run over the whole corpus with the same options. Logs are in DIR/logs.

            When a shard fails, the merge never runs (it stays pending, reason DependencyNeverSatisfied). Fix the cause and
            run 'bash DIR/resubmit-failed.sh': it finds the shards without a state file, cancels the stuck merge, and
            resubmits just those array tasks and a new merge ('--list' prints the task ids, '--dry-run' shows the commands).

            The corpus, lexicon file, DIR and the framing command must be reachable at the same paths on every node.
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var plan = Plan(args, context);
        if (plan.ArraySizeWarning is { } warning)
        {
            // A warning, not an error: a cluster may have raised MaxArraySize (its configuration is not readable here).
            context.Error.WriteLine("framing: warning: " + warning);
        }

        var files = new (string Path, string Text, bool Executable)[]
        {
            (plan.ScoreScript, SlurmScripts.Score(plan), false),
            (plan.MergeScript, SlurmScripts.Merge(plan), false),
            (plan.ResubmitScript, SlurmScripts.Resubmit(plan), true),
        };
        var submitArray = $"{ShellQuote.Quote(plan.Sbatch)} --parsable {ShellQuote.Quote(plan.ScoreScript)}";
        var submitMerge = $"{ShellQuote.Quote(plan.Sbatch)} --parsable --dependency=afterok:<array job id> {ShellQuote.Quote(plan.MergeScript)}";
        if (args.IsSet(_dryRun))
        {
            foreach (var (path, text, _) in files)
            {
                context.Out.Write("==> " + path + " <==\n");
                context.Out.Write(text);
                context.Out.Write('\n');
            }

            context.Out.Write("# dry run: nothing was written or submitted. Without --dry-run, framing writes the files above and runs:\n");
            context.Out.Write("#   " + submitArray + "\n");
            context.Out.Write("#   " + submitMerge + "\n");
            return ExitCodes.Ok;
        }

        Write(plan, files);
        var arrayJob = Sbatch.Submit(plan.Sbatch, [plan.ScoreScript]);
        WriteJobs(plan, arrayJob, null);
        string mergeJob;
        try
        {
            mergeJob = Sbatch.Submit(plan.Sbatch, ["--dependency=afterok:" + arrayJob, plan.MergeScript]);
        }
        catch (InputException e)
        {
            throw new InputException($"the shards were submitted as job {arrayJob}, but the merge was not: {e.Message}; submit it with: {submitMerge.Replace("<array job id>", arrayJob, StringComparison.Ordinal)}");
        }

        WriteJobs(plan, arrayJob, mergeJob);
        var o = context.Out;
        o.Write(string.Create(CultureInfo.InvariantCulture, $"shards: Slurm job {arrayJob} (array tasks {plan.ArrayRange}, one per shard of {plan.Shards})\n"));
        o.Write($"merge: Slurm job {mergeJob} (--dependency=afterok:{arrayJob}: runs once every shard succeeded)\n");
        o.Write($"results: {plan.ScoresFile} and {plan.MergedStateFile}\n");
        o.Write($"follow: squeue -j {arrayJob},{mergeJob}   logs: {plan.LogsDir}/\n");
        o.Write("if a shard fails, the merge stays pending (reason DependencyNeverSatisfied); fix the cause, then resubmit only the shards without a state, and the merge, with:\n");
        o.Write($"  bash {ShellQuote.Quote(plan.ResubmitScript)}\n");
        // No quotes around the commands: the paths carry their own shell quoting, which quotes around them would break.
        o.Write($"  (by hand: bash {ShellQuote.Quote(plan.ResubmitScript)} --list prints their array task ids; then scancel {mergeJob}; sbatch --array=<task ids> {ShellQuote.Quote(plan.ScoreScript)}; sbatch --dependency=afterok:<its job id> {ShellQuote.Quote(plan.MergeScript)})\n");
        return ExitCodes.Ok;
    }

    /// <summary>Reads and checks the arguments into a plan; every mistake is a usage or input error.</summary>
    public SlurmPlan Plan(ParsedArguments args, CliContext context)
    {
        var corpusArgument = args.Positional(0)!;
        if (CorpusOptions.ReadsOnlyOnce(corpusArgument))
        {
            throw new UsageException("'framing distribute slurm' needs a corpus file or folder that every node can read, not standard input or a pipe");
        }

        var shards = args.Get(_shards) ?? throw new UsageException("'framing distribute slurm' needs --shards N (the number of shards, one array task each)");
        var outArgument = args.Get(_out) ?? throw new UsageException("'framing distribute slurm' needs --out DIR (the folder of the scripts, states, logs and results)");
        // The folder's path goes into the scripts' #SBATCH --output directives, which hold one line.
        DirectiveValue(outArgument, "--out");
        var outDir = Absolute(outArgument, "--out");
        if (outDir.Contains('\\', StringComparison.Ordinal))
        {
            throw new UsageException($"--out '{outArgument}': a folder whose path holds a backslash cannot hold Slurm logs (Slurm reads it as an escape)");
        }

        var corpus = Absolute(corpusArgument, "<corpus>");
        // A missing corpus, an unknown format or a corpus without a single record fails here, not on every node.
        var (reader, _) = CorpusOptions.Open(args, corpus, context);
        if (!args.IsSet(EmptyCorpus.Spec) && !reader.Read().Any())
        {
            EmptyCorpus.Check(args, reader.Description, 0, 0);
        }

        var lexiconArgument = args.Get(SharedOptions.Lexicon);
        var loaded = ScopeOption.Apply(args, CliLexicons.Load(context, lexiconArgument)); // a bad lexicon (or --scope ignore of one without scope) fails here, not on every node
        CorpusOptions.CheckLanguage(args.Get(CorpusOptions.Language), loaded.Languages); // so does a --language it lacks
        var lexicon = File.Exists(lexiconArgument) ? Path.GetFullPath(lexiconArgument) : lexiconArgument;

        // Check the values the shards and the merge will be given, so that a mistake fails now and not on the cluster.
        BootstrapOptions.Settings(args);
        BootstrapOptions.Confidence(args);
        BootstrapOptions.MinimumDocuments(args);
        var parallel = args.Get(_parallel);
        var cpus = args.Get(_cpusPerTask);

        var score = new List<string> { "--lexicon", lexicon };
        foreach (var option in PassedToShards)
        {
            if (args.Text(option) is { } value)
            {
                score.Add("--" + option.Name);
                score.Add(value);
            }
        }

        foreach (var flag in new[] { CorpusOptions.SkipInvalid, EmptyCorpus.Spec })
        {
            if (args.IsSet(flag))
            {
                score.Add("--" + flag.Name);
            }
        }

        if ((parallel ?? cpus) is { } threads)
        {
            score.Add("--parallel");
            score.Add(threads.ToString(CultureInfo.InvariantCulture));
        }

        var merge = new List<string> { "--lexicon", lexicon };
        foreach (var option in PassedToMerge)
        {
            if (args.Text(option) is { } value)
            {
                merge.Add("--" + option.Name);
                merge.Add(value);
            }
        }

        if (args.IsSet(EmptyCorpus.Spec))
        {
            merge.Add("--" + EmptyCorpus.Spec.Name); // the merge, like one run, fails when no shard scored a document
        }

        var directives = new List<(string, string?)>();
        var setHere = new List<(string Name, string By)>(SetByTheCommand);
        foreach (var option in new[] { _partition, _time, _mem })
        {
            if (args.Get(option) is { } value)
            {
                directives.Add(("--" + option.Name, DirectiveValue(value, "--" + option.Name)));
                setHere.Add(("--" + option.Name, "--" + option.Name));
            }
        }

        if (cpus is not null)
        {
            setHere.Add(("--cpus-per-task", "--cpus-per-task"));
        }

        foreach (var option in args.GetAll(_sbatchOption))
        {
            directives.Add(ExtraDirective(option, setHere));
        }

        var framingCommand = args.Get(_framingCommand) ?? SelfCommand.Current(context);
        if (string.IsNullOrWhiteSpace(framingCommand) || framingCommand.AsSpan().IndexOfAny("\n\r\0") >= 0)
        {
            throw new UsageException("--framing-command must be one line of shell words, e.g. \"dotnet /opt/framing/Framing.Cli.dll\"");
        }

        if (ShellQuote.CommandProblem(framingCommand) is { } problem)
        {
            throw new UsageException($"--framing-command must be shell words that the script can run, but {problem}: '{framingCommand}'");
        }

        return new SlurmPlan
        {
            Corpus = corpus,
            Shards = shards,
            OutDir = outDir,
            ArrayBase = args.Get(_arrayBase) == "0" ? 0 : 1,
            FramingCommand = framingCommand.Trim(),
            ScoreOptions = score,
            MergeOptions = merge,
            Format = args.Get(_format),
            JobName = DirectiveValue(args.Get(_jobName), "--job-name"),
            Directives = directives,
            ShardDirectives = cpus is { } c ? [("--cpus-per-task", c.ToString(CultureInfo.InvariantCulture))] : [],
            Sbatch = args.Get(_sbatch),
        };
    }

    private static string Absolute(string path, string what)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"{what} '{path}' is not a valid path: {e.Message}");
        }
    }

    private static string DirectiveValue(string value, string option) =>
        value.Length == 0 || value.AsSpan().IndexOfAny("\n\r\0") >= 0
            ? throw new UsageException($"{option} needs a value on one line, not '{OneLine(value)}'")
            : value;

    private static string OneLine(string value) =>
        value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);

    // The sbatch options every script of the command sets (and --parsable, which it passes to sbatch when it submits).
    private static readonly (string Name, string By)[] SetByTheCommand =
        [("--array", "'framing distribute slurm' itself"), ("--dependency", "'framing distribute slurm' itself"), ("--output", "'framing distribute slurm' itself"),
         ("--job-name", "--job-name"), ("--parsable", "'framing distribute slurm' itself")];

    private static (string Name, string? Value) ExtraDirective(string option, IReadOnlyList<(string Name, string By)> setHere)
    {
        if (!option.StartsWith("--", StringComparison.Ordinal) || option.Length < 3 || option.AsSpan().IndexOfAny("\n\r\0") >= 0)
        {
            throw new UsageException($"--sbatch-option must be a long sbatch option, --name=value or --flag (e.g. --account=lab), not '{OneLine(option)}'");
        }

        var eq = option.IndexOf('=', StringComparison.Ordinal);
        var name = eq < 0 ? option : option[..eq];
        if (name.Length < 3 || !name[2..].All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new UsageException($"--sbatch-option must be a long sbatch option, --name=value or --flag (e.g. --account=lab), not '{OneLine(option)}'");
        }

        // sbatch, as getopt_long does, takes any unambiguous beginning of a long option's name (--arr for --array), and
        // the last of two directives wins: a beginning of an option set here would override it unseen.
        foreach (var (setName, by) in setHere)
        {
            var exact = string.Equals(name, setName, StringComparison.Ordinal) || (setName == "--parsable" && name.StartsWith(setName, StringComparison.Ordinal));
            if (!exact && !setName.StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            var what = exact ? name : $"{name} is {setName} to sbatch (which takes the beginning of an option's name), and";
            throw new UsageException(by == setName
                ? $"--sbatch-option {what} is set by {by} here: give it once"
                : $"--sbatch-option {what} is set by {by}");
        }

        return (name, eq < 0 ? null : option[(eq + 1)..]);
    }

    private static void Write(SlurmPlan plan, (string Path, string Text, bool Executable)[] files)
    {
        try
        {
            if (Directory.Exists(plan.StatesDir) && Directory.EnumerateFiles(plan.StatesDir, "shard-*.json").Any())
            {
                throw new InputException($"{plan.StatesDir}: holds shard states of an earlier run; choose another --out, or delete them (to finish that run, use {Path.Combine(plan.OutDir, "resubmit-failed.sh")})");
            }

            Directory.CreateDirectory(plan.OutDir);
            Directory.CreateDirectory(plan.StatesDir);
            Directory.CreateDirectory(plan.LogsDir);
            foreach (var (path, text, executable) in files)
            {
                File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
                if (!OperatingSystem.IsWindows())
                {
                    var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
                    File.SetUnixFileMode(path, executable ? mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : mode);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{plan.OutDir}: cannot write the scripts: {SystemReason.Of(e)}");
        }
    }

    private static void WriteJobs(SlurmPlan plan, string arrayJob, string? mergeJob)
    {
        try
        {
            File.WriteAllText(plan.JobsFile, $"array_job={arrayJob}\nmerge_job={mergeJob}\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{plan.JobsFile}: cannot write: {SystemReason.Of(e)}");
        }
    }
}
