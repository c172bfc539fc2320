using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>
/// Builds small, valid lexicon YAML for tests. The header has a fixed shape so that tests can name exact lines:
/// lines 1-19 are metadata and two dimensions, line 20 is <c>entries:</c>, and entry k (0-based) is on line 21 + k.
/// </summary>
/// <remarks>
/// Dimension <c>forces</c> (index 0): pole a <c>state</c>, pole b <c>regime</c>, with a neutral category.
/// Dimension <c>opposition</c> (index 1): pole a <c>terror</c>, pole b <c>rebel</c>, without a neutral category.
/// </remarks>
internal static class TestLexicon
{
    public const string SourceName = "test.yaml";

    /// <summary>The line of the first entry.</summary>
    public const int FirstEntryLine = 21;

    public static string Header(string languages = "[ar, en]") =>
        "id: test\n" +                                                               // 1
        "version: 1.0.0\n" +                                                         // 2
        "title: Test lexicon\n" +                                                    // 3
        "description: A lexicon for tests.\n" +                                      // 4
        "license: CC0-1.0\n" +                                                       // 5
        "authors: [Tester]\n" +                                                      // 6
        $"languages: {languages}\n" +                                                // 7
        "dimensions:\n" +                                                            // 8
        "  - id: forces\n" +                                                         // 9
        "    description: How the government's forces are named.\n" +               // 10
        "    poles:\n" +                                                             // 11
        "      a: { id: state, label: State, description: State frame. }\n" +        // 12
        "      b: { id: regime, label: Regime, description: Regime frame. }\n" +     // 13
        "    neutral: { description: Words both sides use. }\n" +                    // 14
        "  - id: opposition\n" +                                                     // 15
        "    description: How armed opponents are named.\n" +                        // 16
        "    poles:\n" +                                                             // 17
        "      a: { id: terror, label: Terror, description: Terror frame. }\n" +     // 18
        "      b: { id: rebel, label: Rebel, description: Rebel frame. }\n";         // 19

    /// <summary>A whole lexicon: the header, <c>entries:</c> on line 20, then one entry line each.</summary>
    public static string Yaml(params string[] entryLines) => YamlWith("[ar, en]", string.Empty, entryLines);

    /// <summary>A lexicon with other languages and optional text (for example composites) before <c>entries:</c>.</summary>
    public static string YamlWith(string languages, string beforeEntries, params string[] entryLines) =>
        Header(languages) + beforeEntries + "entries:\n" + string.Concat(entryLines.Select(l => l + "\n"));

    /// <summary>One entry in flow style, as the lexicon files write them.</summary>
    public static string Entry(string lang, string pattern, string dimension, string pole, string? weight = null, string? exclude = null) =>
        $"  - {{ lang: {lang}, pattern: \"{pattern}\", dimension: {dimension}, pole: {pole}"
        + (weight is null ? string.Empty : $", weight: {weight}")
        + ", note: \"test\""
        + (exclude is null ? string.Empty : $", exclude: {exclude}")
        + " }";

    public static Lexicon Parse(string yaml) => Lexicon.Parse(yaml, SourceName);

    public static Lexicon ParseEntries(params string[] entryLines) => Parse(Yaml(entryLines));

    /// <summary>The errors the loader reports for <paramref name="yaml"/> (fails when it loads).</summary>
    public static IReadOnlyList<Diagnostic> Errors(string yaml)
    {
        var e = Assert.Throws<LexiconException>(() => Parse(yaml));
        Assert.NotEmpty(e.Errors);
        return e.Errors;
    }

    /// <summary>Asserts that loading gives exactly one error, at <paramref name="line"/>:<paramref name="column"/>.</summary>
    public static void SingleError(string yaml, int line, int column, string message)
    {
        var errors = Errors(yaml);
        Assert.Equal(new Diagnostic(new SourceLocation(SourceName, line, column), message), Assert.Single(errors));
    }

    public static DocumentScorer Scorer(params string[] entryLines) =>
        ParseEntries(entryLines).Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

    public static DocumentScorer Scorer(Lexicon lexicon) =>
        lexicon.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
}
