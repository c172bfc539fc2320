using System.Text;
using Framing.Lexicons;

namespace Framing.Benchmarks;

/// <summary>
/// Lexicons that switch the stages of <c>DocumentScorer.Score</c> on one at a time, so that the stage benchmarks can
/// tell their costs apart through the public API.
/// </summary>
internal static class StageLexicons
{
    /// <summary>The top-level sections of a lexicon that hold context rules other than actor names.</summary>
    private static readonly string[] ContextSections = ["speech:", "negation:", "target-links:", "scare-markers:"];

    /// <summary>
    /// A lexicon of one invented Arabic entry that no sample document contains: scoring with it tokenizes, normalizes
    /// and looks every token up (token cache), and never walks a match or a context rule.
    /// </summary>
    public static Lexicon NeverMatching() => Lexicon.Parse(
        """
        id: never-matching
        version: 0.1.0
        title: One entry that never matches (benchmark)
        description: A benchmark lexicon with a single invented entry that does not occur in the sample corpus.
        license: CC0-1.0
        authors: [Framing contributors]
        citation: "Framing benchmark lexicon."
        languages: [ar, en]
        validation:
          status: not-validated
          note: "benchmark only"
        dimensions:
          - id: d
            description: A dimension.
            poles:
              a: { id: x, label: X, description: X pole., examples: [zzzzqqq] }
              b: { id: y, label: Y, description: Y pole., examples: [qqqqzzz] }
        entries:
          - { lang: ar, pattern: "zzzzqqq", dimension: d, pole: x, weight: 1, note: "never occurs" }
          - { lang: en, pattern: "zzzzqqq", dimension: d, pole: x, weight: 1, note: "never occurs" }
        """,
        "never-matching.yaml");

    /// <summary>
    /// The built-in <c>syria-conflict</c> lexicon without its speech cues, negation words, target links and scare
    /// markers (its actors stay, since entries' target rules name them): the same entries matched with fewer context
    /// rules.
    /// </summary>
    public static Lexicon SyriaConflictWithoutContextRules()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Framing.Lexicons.syria-conflict.yaml")
            ?? throw new InvalidOperationException("the syria-conflict resource is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var kept = new StringBuilder();
        var skipping = false;
        while (reader.ReadLine() is { } line)
        {
            var topLevel = line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#';
            if (topLevel)
            {
                skipping = ContextSections.Any(s => line.StartsWith(s, StringComparison.Ordinal));
            }

            if (!skipping)
            {
                kept.Append(line).Append('\n');
            }
        }

        return Lexicon.Parse(kept.ToString(), "syria-conflict-without-context-rules.yaml");
    }
}
