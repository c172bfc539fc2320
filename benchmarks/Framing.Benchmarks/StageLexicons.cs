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
    public static Lexicon NeverMatching()
    {
        // benchmarks/one-entry.yaml, embedded, so that run-anchors.sh and these benchmarks time the same lexicon.
        using var stream = typeof(StageLexicons).Assembly.GetManifestResourceStream("one-entry.yaml")
            ?? throw new InvalidOperationException("the embedded one-entry.yaml is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Lexicon.Parse(reader.ReadToEnd(), "one-entry.yaml");
    }

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
