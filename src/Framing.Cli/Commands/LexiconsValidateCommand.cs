using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Lexicons;

namespace Framing.Cli.Commands;

/// <summary><c>framing lexicons validate &lt;file&gt;</c>: lists every problem of a lexicon file.</summary>
internal sealed class LexiconsValidateCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "lexicons validate",
        "Check a lexicon file and list every problem as file:line:column: message.",
        "lexicons validate <file|id>...",
        [("file|id", true, "A lexicon YAML file, or the id of a built-in lexicon (framing lexicons list).")],
        [],
        [("framing lexicons validate my-lexicon.yaml", "check a file before using it"), ("framing lexicons validate lexicons/*.yaml", "check several")],
        "Exits 0 when every file is valid (warnings, such as a contraction read as a possessive or a symbol that is not part of a word, are listed as file:line:column: warning: … and do not fail it), 1 when a file has problems, 2 when a file cannot be read.",
        Variadic: true,
        FailureMeaning: "a lexicon file has problems");

    public int Run(ParsedArguments args, CliContext context)
    {
        var exit = ExitCodes.Ok;
        foreach (var path in args.Positionals)
        {
            try
            {
                var lexicon = Lexicon.Load(path);
                // Valid patterns that match more than they seem to say, entries that never count: a warning each, not
                // a problem (exit 0).
                var warnings = lexicon.Warnings.Count;
                foreach (var warning in lexicon.Warnings)
                {
                    context.Out.WriteLine(Line(warning));
                }

                context.Out.WriteLine(Output.TerminalText.Flatten(string.Create(CultureInfo.InvariantCulture, $"{path}: ok ({lexicon.Id} {lexicon.Metadata.Version}: {Output.Counted.Of(lexicon.Dimensions.Count, "dimension")}, {Output.Counted.Of(lexicon.Composites.Count, "composite")}, {Output.Counted.Of(lexicon.Entries.Count, "entry", "entries")}{(warnings > 0 ? "; " + Output.Counted.Of(warnings, "warning") : string.Empty)})")));
            }
            catch (LexiconException e) when (e.Errors.Count > 0)
            {
                // Every problem in one pass: the warnings too, in file order among the errors.
                foreach (var problem in e.Errors.Concat(e.Warnings).OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Severity))
                {
                    context.Out.WriteLine(Line(problem));
                }

                // A file that cannot be read (missing, a folder, no permission) is placed at the whole file, line 0.
                var unreadable = e.Errors is [{ Location.Line: 0 }];
                exit = Math.Max(exit, unreadable ? ExitCodes.UsageOrInput : ExitCodes.CheckFailed);
            }
            catch (LexiconException e)
            {
                context.Out.WriteLine(Output.TerminalText.Flatten($"{path}: {e.Message}"));
                exit = ExitCodes.UsageOrInput;
            }
        }

        return exit;
    }

    // The file's own text (an id, a pattern, a path) reaches the terminal: one safe line, as every table cell is.
    private static string Line(Diagnostic d) =>
        Output.TerminalText.Flatten(d.Severity == DiagnosticSeverity.Warning ? $"{d.Location}: warning: {d.Message}" : d.ToString());
}
