using Framing.Cli.Arguments;
using Framing.Lexicons;
using Framing.Lexicons.Import;
using Framing.Text;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>--analysis LANG=ANALYSIS</c>, repeatable: how to analyze a language Framing has no built-in profile for, with one
/// of the built-in analyses (<c>latin</c>, <c>arabic-script</c>, <c>arabic</c>; lexicons/README.md, "Other languages").
/// <c>framing lexicons import</c> writes it to the lexicon's <c>analysis</c>; <c>framing scale wordscores</c>, which has
/// no lexicon, analyzes its documents of that language with it. Both parse and check it here, with the same messages.
/// </summary>
internal static class AnalysisOption
{
    /// <summary>The option, as <c>scale wordscores</c> takes it (the import rewords its help).</summary>
    public static RepeatedOption Spec { get; } = Option.Repeated("analysis", "Analyze documents of a language without a built-in profile as latin, arabic-script or arabic (see lexicons/README.md); repeat for each.", "LANG=ANALYSIS");

    /// <summary>The values of <c>--analysis</c>, in the order given.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The declared analyses (not checked: see <see cref="Languages"/>).</returns>
    /// <exception cref="UsageException">A value is not <c>LANG=ANALYSIS</c>.</exception>
    public static List<LanguageAnalysis> Parse(ParsedArguments args)
    {
        var analyses = new List<LanguageAnalysis>();
        foreach (var value in args.GetAll(Spec))
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new UsageException($"invalid value '{value}' for --analysis: expected LANG=ANALYSIS, as in fr=latin (analyses: {string.Join(", ", BuiltInAnalyses.Names)})");
            }

            analyses.Add(new LanguageAnalysis(value[..equals].Trim(), value[(equals + 1)..].Trim()));
        }

        return analyses;
    }

    /// <summary>The built-in languages with a profile for each analysis of <c>--analysis</c>, for a command without a
    /// lexicon: its run accepts the declared codes in a language field and in <c>--language</c>.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The registry (<see cref="LanguageRegistry.Default"/> without <c>--analysis</c>).</returns>
    /// <exception cref="UsageException">A value is not <c>LANG=ANALYSIS</c>, names a built-in language, a code that is not
    /// 2 or 3 lower-case letters or an unknown analysis, or a language twice (the first problem, as the import words it).</exception>
    public static LanguageRegistry Languages(ParsedArguments args)
    {
        var analyses = Parse(args);
        var problems = ImportMetadata.AnalysisProblems(analyses, LanguageRegistry.Default, [.. analyses.Select(a => a.Language)]);
        return problems.Count > 0 ? throw new UsageException(problems[0]) : BuiltInAnalyses.Extend(LanguageRegistry.Default, analyses);
    }
}
