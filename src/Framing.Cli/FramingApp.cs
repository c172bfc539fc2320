using System.Reflection;
using Framing.Cli.Arguments;
using Framing.Cli.Commands;
using Framing.Cli.Commands.Check;
using Framing.Cli.Commands.Distribute;
using Framing.Cli.Commands.Learning;
using Framing.Cli.Commands.Scale;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Lexicons.Import;

namespace Framing.Cli;

/// <summary>Dispatches <c>framing &lt;command&gt;</c> and turns every failure into one error line and an exit code.</summary>
internal static class FramingApp
{
    // Each command by its name, made only when it runs (or for the help and the tests): a command's options, help text
    // and readers cost about a millisecond each to set up, and a run needs one command (measured: the JIT build
    // compiled 24 ms of code to set up all seventeen).
    private static readonly (string Name, Func<ICommand> Create)[] Commands =
    [
        ("score", static () => new ScoreCommand()),
        ("kwic", static () => new KwicCommand()),
        ("compare", static () => new CompareCommand()),
        ("keyness", static () => new KeynessCommand()),
        ("coverage", static () => new CoverageCommand()),
        ("validate", static () => new ValidateCommand()),
        ("merge", static () => new MergeCommand()),
        ("check", static () => new CheckCommand()),
        ("distribute slurm", static () => new DistributeSlurmCommand()),
        ("scale wordscores", static () => new ScaleWordscoresCommand()),
        ("calibrate", static () => new CalibrateCommand()),
        ("learn", static () => new LearnCommand()),
        ("report", static () => new ReportCommand()),
        ("lexicons list", static () => new LexiconsListCommand()),
        ("lexicons show", static () => new LexiconsShowCommand()),
        ("lexicons validate", static () => new LexiconsValidateCommand()),
        ("lexicons import", static () => new LexiconsImportCommand()),
    ];

    /// <summary>Every command, in the order of the general help (made anew on each call).</summary>
    internal static IReadOnlyList<ICommand> AllCommands => [.. Commands.Select(c => c.Create())];

    /// <summary>The names under which <see cref="Dispatch"/> finds the commands, in the same order.</summary>
    internal static IReadOnlyList<string> CommandNames => [.. Commands.Select(c => c.Name)];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        try
        {
            var code = Dispatch(args, context);
            context.Finish(); // an output file is put in place only now, after the command succeeded or a check failed
            if (context.Timings is { } timings)
            {
                timings.End();
                context.Error.WriteLine("framing: note: " + timings.Describe());
            }

            return code;
        }
        catch (UsageException e)
        {
            WriteError(context, e.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (InputException e)
        {
            WriteError(context, e.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (BadRecordException e)
        {
            WriteError(context, DiagnosticWording.Format(e.Error) + CorpusRuns.SkipInvalidHint);
            return ExitCodes.UsageOrInput;
        }
        catch (CorpusException e)
        {
            WriteError(context, DiagnosticWording.Format(e.Error));
            return ExitCodes.UsageOrInput;
        }
        catch (ImportException e)
        {
            // Every problem of the dictionary or mapping, one line each (file:line:column), as 'lexicons validate' lists
            // a lexicon's: the import has no other way to list them, and one at a time took a run per problem.
            if (e.Errors.Count == 0)
            {
                WriteError(context, e.Message);
            }

            foreach (var error in e.Errors)
            {
                WriteError(context, DiagnosticWording.Format(error));
            }

            return ExitCodes.UsageOrInput;
        }
        catch (LexiconException e)
        {
            WriteError(context, (e.Errors.Count > 0 ? DiagnosticWording.Format(e.Errors[0]) : e.Message)
                + (e.Errors.Count > 1 ? $" (and {e.Errors.Count - 1} more; run 'framing lexicons validate' to list them)" : string.Empty));
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (OutOfMemory.Caused(e))
        {
            WriteError(context, OutOfMemory.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"framing: internal error: {e.GetType().Name}: {e.Message} (please report this; set FRAMING_DEBUG=1 for details)");
            if (context.IsSet("FRAMING_DEBUG"))
            {
                foreach (var line in e.ToString().ReplaceLineEndings("\n").Split('\n'))
                {
                    context.Error.WriteLine(line); // line by line: each is shown as plain text, as every message is
                }
            }

            return ExitCodes.Internal;
        }
        finally
        {
            context.Abandon(); // after a failure, an output file is left as it was before the command
        }
    }

    // An error is one line whatever the input put in it: a line break, ESC or a bidi control in a file name, an option's
    // value or a record is shown as \uXXXX, never sent to the terminal (the error writer escapes every line it writes).
    private static void WriteError(CliContext context, string message) =>
        context.Error.WriteLine("framing: error: " + message);

    // Help asked for (--help) is the output: standard output, exit 0. Help shown because the command is missing
    // ('framing', 'framing lexicons') answers a usage error: standard error, exit 2, so that standard output holds
    // nothing that was not asked for.
    private static int Help(CliContext context, string text, bool asked)
    {
        if (asked)
        {
            context.Out.Write(text);
            return ExitCodes.Ok;
        }

        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            context.Error.WriteLine(line);
        }

        return ExitCodes.UsageOrInput;
    }

    private static int Dispatch(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            if (args.Count > 1 && args[0] == "help")
            {
                return Dispatch([.. args.Skip(1), "--help"], context);
            }

            return Help(context, GeneralHelp(), asked: args.Count > 0);
        }

        if (args[0] is "--version" or "version")
        {
            context.Out.WriteLine(Native.NativeBuild.VersionLine(Version));
            return ExitCodes.Ok;
        }

        var name = args[0];
        var rest = args.Skip(1).ToList();
        if (name == "lexicons")
        {
            if (rest.Count == 0 || rest[0] is "-h" or "--help")
            {
                return Help(context, LexiconsHelp(), asked: rest.Count > 0);
            }

            name = "lexicons " + rest[0];
            rest.RemoveAt(0);
        }
        else if (name == "distribute")
        {
            if (rest.Count == 0 || rest[0] is "-h" or "--help")
            {
                return Help(context, DistributeHelp(), asked: rest.Count > 0);
            }

            if (!DistributeSlurmCommand.Schedulers.Contains(rest[0]))
            {
                throw new UsageException($"unknown scheduler '{rest[0]}' for 'framing distribute' (expected {string.Join(", ", DistributeSlurmCommand.Schedulers)})");
            }

            name = "distribute " + rest[0];
            rest.RemoveAt(0);
        }

        else if (name == "scale")
        {
            if (rest.Count == 0 || rest[0] is "-h" or "--help")
            {
                return Help(context, ScaleHelp(), asked: rest.Count > 0);
            }

            if (rest[0] != "wordscores")
            {
                throw new UsageException($"unknown scaling method '{rest[0]}' for 'framing scale' (expected wordscores)");
            }

            name = "scale " + rest[0];
            rest.RemoveAt(0);
        }

        var entry = 0;
        while (entry < Commands.Length && !string.Equals(Commands[entry].Name, name, StringComparison.Ordinal))
        {
            entry++; // a loop, not Array.FindIndex: no generic code over the table's tuples to compile at start
        }

        var command = entry < Commands.Length ? Commands[entry].Create() : throw new UsageException($"unknown command '{name}' (see 'framing --help')");
        var parsed = ArgumentParser.Parse(command.Spec, rest);
        if (parsed.HelpRequested)
        {
            context.Out.Write(command.Spec.HelpText());
            return ExitCodes.Ok;
        }

        Output.ParquetOutput.CheckDestination(parsed);
        context.Invocation = new Invocation([.. args], parsed);
        context.Timings?.MarkArguments();

        return command.Run(parsed, context);
    }

    public static string Version =>
        typeof(FramingApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static string GeneralHelp()
    {
        var b = new System.Text.StringBuilder();
        b.AppendLine("framing - measure how news outlets frame conflicts through word choice");
        b.AppendLine();
        b.AppendLine("Usage: framing <command> [options]");
        b.AppendLine();
        b.AppendLine("Commands:");
        var commands = AllCommands;
        foreach (var command in commands)
        {
            b.Append("  ").Append(command.Spec.Name.PadRight(20)).AppendLine(command.Spec.Summary);
        }

        b.AppendLine();
        b.AppendLine("Run 'framing <command> --help' for options and examples. 'framing score' with no corpus scores the");
        b.AppendLine("built-in invented sample corpus with the starter lexicon.");
        b.AppendLine();
        var checks = string.Join(", ", commands.Where(c => c.Spec.FailureMeaning is not null).Select(c => $"'framing {c.Spec.Name}'"));
        b.Append("Exit codes: 0 ok, 1 a check failed (").Append(checks).AppendLine("), 2 usage or input error,");
        b.AppendLine("3 internal error (a bug: please report it). Each command's --help lists the codes it can return.");
        return b.ToString();
    }

    private static string DistributeHelp() =>
        "framing distribute - score a corpus on a cluster: one job per shard, then a job that merges them\n\n"
        + "Usage: framing distribute slurm <corpus> --shards N --out DIR [options]\n\n"
        + "  slurm      a Slurm job array (sbatch), one task per shard, and a merge job that runs once every shard succeeded\n\n"
        + "Run 'framing distribute slurm --help' for options and examples. The same shard and merge contract runs anywhere:\n"
        + "'framing score --shard I/N --save-state FILE' on each worker, then 'framing merge FILE...'.\n";

    private static string ScaleHelp() =>
        "framing scale - place texts on a scale defined by reference texts of known position\n\n"
        + "Usage: framing scale wordscores <corpus> --reference FILE [options]\n\n"
        + "  wordscores   Laver, Benoit and Garry (2003), as quanteda.textmodels' textmodel_wordscores and predict:\n"
        + "               raw scores with standard errors and intervals, LBG and Martin-Vanberg rescalings\n\n"
        + "Run 'framing scale wordscores --help' for options, columns and examples.\n";

    private static string LexiconsHelp() =>
        "framing lexicons - list, show, validate and import lexicons\n\n"
        + "Usage: framing lexicons list|show <id|file>|validate <file>|import <dictionary> [options]\n\n"
        + "  list       the lexicons built into framing\n"
        + "  show       a lexicon's metadata, dimensions, poles and entry counts\n"
        + "  validate   check a lexicon file; every problem is listed as file:line:column: message\n"
        + "  import     turn a quanteda (YAML) or LIWC (.dic) dictionary into a lexicon file\n\n"
        + "Run 'framing lexicons <command> --help' for options and examples.\n";
}
