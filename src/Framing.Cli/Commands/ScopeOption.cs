using Framing.Cli.Arguments;
using Framing.Lexicons;

namespace Framing.Cli.Commands;

/// <summary><c>--scope</c>: whether the lexicon's scope words (its <c>scope:</c> section) decide which documents count.</summary>
internal static class ScopeOption
{
    /// <summary>The value that sets the scope aside.</summary>
    public const string Ignore = "ignore";

    /// <summary><c>--scope lexicon|ignore</c>.</summary>
    public static Option<string> Spec { get; } = Option.Choice(
        "scope",
        "lexicon: a document that names none of the lexicon's scope words is out of scope (none of its matches counts); ignore: every document is in scope, for a corpus already about the lexicon's conflict.",
        "MODE",
        "lexicon",
        ["lexicon", Ignore]);

    /// <summary>Whether the run sets the lexicon's scope aside.</summary>
    public static bool Ignored(ParsedArguments args) => string.Equals(args.Get(Spec), Ignore, StringComparison.Ordinal);

    /// <summary>The lexicon the run scores with: <paramref name="lexicon"/>, or it without its scope with <c>--scope ignore</c>.</summary>
    /// <exception cref="UsageException"><c>--scope ignore</c> with a lexicon that has no scope words: it would change nothing.</exception>
    public static Lexicon Apply(ParsedArguments args, Lexicon lexicon)
    {
        if (!Ignored(args))
        {
            return lexicon;
        }

        return lexicon.HasScope
            ? lexicon.WithoutScope()
            : throw new UsageException($"--scope ignore sets aside a lexicon's scope words, and lexicon '{lexicon.Id}' has none (no 'scope' section): every document is in scope already");
    }

    /// <summary>What a summary line says when the scope was set aside, or nothing.</summary>
    public static string Note(ParsedArguments args) => Ignored(args) ? " (the lexicon's scope ignored: every document in scope)" : string.Empty;
}
