using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;

namespace Framing.Cli.Commands;

/// <summary><c>framing lexicons list</c>: the built-in lexicons.</summary>
internal sealed class LexiconsListCommand : ICommand
{
    public CommandSpec Spec { get; } = new(
        "lexicons list",
        "List the lexicons built into framing.",
        "lexicons list [--format table|csv|json|markdown|parquet] [--output FILE]",
        [],
        [
            SharedOptions.Format,
            SharedOptions.Output,
        ],
        [("framing lexicons list", "what is built in"), ("framing lexicons list --format json", "as JSON")]);

    public int Run(ParsedArguments args, CliContext context)
    {
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        var data = new TabularData(["id", "version", "title", "languages", "dimensions", "composites", "entries", "license"]);
        foreach (var id in Lexicon.BuiltInIds)
        {
            var lexicon = CliLexicons.Load(context, id);
            data.Add(id, lexicon.Metadata.Version, lexicon.Metadata.Title, string.Join(' ', lexicon.Metadata.Languages), (long)lexicon.Dimensions.Count, (long)lexicon.Composites.Count, (long)lexicon.Entries.Count, lexicon.Metadata.License);
        }

        OutputWriter.Write(context, args.Get(SharedOptions.Format), data);
        return ExitCodes.Ok;
    }
}
