using System.Reflection;
using Framing.Cli.Arguments;

namespace Framing.Cli.Tests;

/// <summary>
/// Walks every command's options against the shared declarations (the static <see cref="OptionSpec"/> instances of the
/// CLI: SharedOptions, BootstrapOptions, CorpusOptions, KnownSides, QuietOption, …): an option name that several
/// commands take is declared once and every command lists that instance, unless it is one of the exceptions below, each
/// with its reason. This is what keeps 'framing distribute slurm --voice attributed' from drifting from 'framing score'.
/// </summary>
public sealed class CommandOptionDeclarationTests
{
    private enum Kind
    {
        /// <summary>The shared declaration with the help reworded for the command (checked: everything else equal).</summary>
        HelpOnly,

        /// <summary>A different option under the same name (another meaning, default or set of values).</summary>
        Different,
    }

    private static readonly (string Option, string Command, Kind Kind, string Reason)[] Exceptions =
    [
        ("voice", "kwic", Kind.HelpOnly, "kwic lists the matches of the voice rather than counting them"),
        ("format", "kwic", Kind.HelpOnly, "says how the table shows right-to-left text"),
        ("format", "coverage", Kind.HelpOnly, "says that table and Markdown show a subset of the columns"),
        ("format", "calibrate", Kind.HelpOnly, "formats the report; the lexicon goes to --output"),
        ("format", "check", Kind.Different, "check writes reports (text, json, sarif, github), not tables"),
        ("format", "report", Kind.Different, "report writes a page (html) or a chart (svg)"),
        ("format", "distribute slurm", Kind.Different, "names the merged file's format; csv by default, as the file is read by scripts"),
        ("output", "calibrate", Kind.Different, "the calibrated lexicon's file, required"),
        ("output", "lexicons import", Kind.Different, "the imported lexicon, not a table"),
        ("lexicon", "check", Kind.Different, "defaults to the configuration's lexicon, else starter"),
        ("lexicon", "merge", Kind.Different, "defaults to the lexicon the states name, and must match it"),
        ("lexicon", "keyness", Kind.Different, "only marks the terms that are lexicon entries"),
        ("parallel", "distribute slurm", Kind.Different, "the threads of each shard on its node, by default the node's processor count"),
        ("ngrams", "coverage", Kind.Different, "unmatched unigrams and bigrams by default (1..2)"),
        ("ngrams", "keyness", Kind.Different, "unigrams by default"),
        ("ngrams", "learn", Kind.Different, "features, unigrams and bigrams by default"),
        ("ngrams", "scale wordscores", Kind.Different, "features, unigrams by default"),
        ("top", "coverage", Kind.Different, "terms per group and kind, 20 by default"),
        ("top", "keyness", Kind.Different, "rows, 30 by default"),
        ("top", "learn", Kind.Different, "n-grams per side, 100 by default"),
        ("save-state", "score", Kind.Different, "a shard's state, or '-' for standard output"),
        ("save-state", "merge", Kind.Different, "the merged state"),
        ("entries", "lexicons show", Kind.Different, "lists the entries of a lexicon"),
        ("entries", "validate", Kind.Different, "one row of evidence per entry"),
        ("language", "lexicons import", Kind.Different, "the languages of an imported dictionary's patterns, repeatable"),
        ("analysis", "lexicons import", Kind.HelpOnly, "says that the analysis is written to the lexicon"),
        ("reference", "keyness", Kind.Different, "a group to compare with"),
        ("reference", "scale wordscores", Kind.Different, "a CSV of reference texts and positions"),
        ("per-document", "score", Kind.Different, "rows per document and dimension, streamed"),
        ("per-document", "scale wordscores", Kind.Different, "rows per document, reading the corpus twice"),
        ("allow-empty", "compare", Kind.HelpOnly, "an empty corpus still has no groups to compare"),
        ("allow-empty", "keyness", Kind.HelpOnly, "an empty corpus still has no target group"),
        ("allow-empty", "validate", Kind.HelpOnly, "an empty corpus still has no sides"),
        ("allow-empty", "calibrate", Kind.HelpOnly, "an empty corpus still has no sides"),
        ("allow-empty", "learn", Kind.HelpOnly, "an empty corpus still has no sides"),
        ("allow-empty", "scale wordscores", Kind.HelpOnly, "an empty corpus still has no reference texts"),
        ("allow-empty", "merge", Kind.HelpOnly, "merge reads states, not a corpus: states that together scored no document"),
    ];

    [Fact]
    public void EveryOptionThatSeveralCommandsTakeComesFromItsSharedDeclaration()
    {
        var shared = SharedDeclarations();
        var problems = new List<string>();
        var used = new HashSet<(string, string)>();
        foreach (var group in Uses().GroupBy(u => u.Option.Name, StringComparer.Ordinal))
        {
            if (group.Select(u => u.Command).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var declarations = shared.Where(o => o.Name == group.Key).ToList();
            if (declarations.Count > 1)
            {
                problems.Add($"--{group.Key} has {declarations.Count} shared declarations");
                continue;
            }

            var declaration = declarations.SingleOrDefault();
            foreach (var (command, option) in group)
            {
                if (declaration is not null && ReferenceEquals(option, declaration))
                {
                    continue;
                }

                var exception = Exceptions.Where(e => e.Option == group.Key && e.Command == command).ToList();
                if (exception.Count == 0)
                {
                    problems.Add($"'{command}' declares --{group.Key} again instead of taking its shared declaration");
                    continue;
                }

                used.Add((group.Key, command));
                if (exception[0].Kind == Kind.HelpOnly && (declaration is null || !SameButHelp(option, declaration)))
                {
                    problems.Add($"'{command}' --{group.Key} differs from its shared declaration in more than its help");
                }
            }
        }

        problems.AddRange(Exceptions.Where(e => !used.Contains((e.Option, e.Command))).Select(e => $"stale exception: '{e.Command}' --{e.Option}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheSharedDeclarationsAreFoundAndUsed()
    {
        var shared = SharedDeclarations();
        foreach (var name in new[] { "voice", "lexicon", "format", "output", "bootstrap", "seed", "confidence", "min-documents", "by", "quiet", "parallel", "adjust", "permutations" })
        {
            Assert.Contains(shared, o => o.Name == name);
        }

        var voice = shared.Single(o => o.Name == "voice");
        var commands = Uses().Where(u => ReferenceEquals(u.Option, voice)).Select(u => u.Command).ToList();
        Assert.Contains("score", commands);
        Assert.Contains("merge", commands);
        Assert.Contains("distribute slurm", commands);
        Assert.Contains("attributed", voice.Allowed!);
    }

    [Fact]
    public void DistributeSlurmPassesEveryVoiceToTheMerge()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"The regime shelled the rebels.\"}\n");
        foreach (var voice in new[] { "all", "editorial", "attributed", "quoted" })
        {
            var output = Path.Combine(temp.Path, "run-" + voice);
            var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", "2", "--out", output, "--dry-run", "--voice", voice);
            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("--voice " + voice, result.Out, StringComparison.Ordinal);
        }
    }

    private static bool SameButHelp(OptionSpec a, OptionSpec b) =>
        a.Name == b.Name && a.ValueName == b.ValueName && a.Default == b.Default && a.Short == b.Short && a.Repeatable == b.Repeatable
        && (a.Allowed ?? []).SequenceEqual(b.Allowed ?? [], StringComparer.Ordinal);

    private static List<(string Command, OptionSpec Option)> Uses() =>
        FramingApp.AllCommands.SelectMany(c => c.Spec.Options.Select(o => (c.Spec.Name, o))).ToList();

    /// <summary>Every static OptionSpec of the CLI (alone or in an array), as the place it is declared once.</summary>
    private static List<OptionSpec> SharedDeclarations()
    {
        const BindingFlags statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<OptionSpec>();
        foreach (var type in typeof(OptionSpec).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            var values = type.GetProperties(statics).Where(p => p.GetIndexParameters().Length == 0).Select(p => (p.PropertyType, Value: (Func<object?>)(() => p.GetValue(null))))
                .Concat(type.GetFields(statics).Select(f => (PropertyType: f.FieldType, Value: (Func<object?>)(() => f.GetValue(null)))));
            foreach (var (valueType, value) in values)
            {
                if (typeof(OptionSpec).IsAssignableFrom(valueType))
                {
                    found.Add((OptionSpec)value()!);
                }
                else if (typeof(IEnumerable<OptionSpec>).IsAssignableFrom(valueType))
                {
                    found.AddRange((IEnumerable<OptionSpec>)value()!);
                }
            }
        }

        return found.Distinct(ReferenceEqualityComparer.Instance).Cast<OptionSpec>().ToList();
    }
}
