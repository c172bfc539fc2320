using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;

namespace Framing.Cli.Commands;

/// <summary><c>framing lexicons show &lt;id|file&gt;</c>: a lexicon's metadata, dimensions and poles, or its entries.</summary>
internal sealed class LexiconsShowCommand : ICommand
{
    private readonly FlagOption _entries = Option.Flag("entries", "List every entry (language, pattern, dimension, pole, weight, note, exclusions, line, its own target rule and target default, empty when it follows its dimension's, and its examples). Without it: one row per pole (dimension, side, pole, label, entries per language, description, examples, the dimension's description).");
    private readonly FlagOption _context = Option.Flag("context", "List every word of the context sections (section, language, word, role, window, line): actor names, speech cues and openers, negation words, target link words, scare markers and scope words.");

    public LexiconsShowCommand()
    {
        Spec = new(
            "lexicons show",
            "Show a lexicon's metadata, dimensions, poles and entry counts (or every entry with --entries).",
            "lexicons show <id|file> [--entries | --context] [--format table|csv|json|markdown|parquet] [--output FILE]",
            [("lexicon", true, "A built-in lexicon id or a lexicon file.")],
            [
                _entries,
                _context,
                SharedOptions.Format,
                SharedOptions.Output,
            ],
            [("framing lexicons show starter", "dimensions and poles of the starter lexicon"), ("framing lexicons show starter --entries --format csv", "every entry as CSV"), ("framing lexicons show syria-conflict --context", "the actors' names, speech cues, negation, target link, scare and scope words")]);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        if (args.IsSet(_entries) && args.IsSet(_context))
        {
            throw new UsageException("--entries and --context are two tables: give one of them");
        }

        var lexicon = CliLexicons.Load(context, args.Positional(0)!);
        var format = args.Get(SharedOptions.Format);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        var data = args.IsSet(_entries) ? Entries(lexicon) : args.IsSet(_context) ? LexiconContextRows.Of(lexicon) : Poles(lexicon);
        var m = lexicon.Metadata;
        data.Metadata.Add(new("id", m.Id));
        data.Metadata.Add(new("version", m.Version));
        data.Metadata.Add(new("title", m.Title));
        data.Metadata.Add(new("description", m.Description.Trim()));
        data.Metadata.Add(new("license", m.License));
        data.Metadata.Add(new("authors", m.Authors));
        data.Metadata.Add(new("citation", m.Citation));
        data.Metadata.Add(new("languages", m.Languages));
        if (m.Analysis.Count > 0)
        {
            // Only lexicons that declare an analysis have the field: the output of the others is unchanged.
            data.Metadata.Add(new("analysis", m.Analysis.Select(a => a.Language + ": " + a.Analysis).ToArray()));
        }

        var v = m.Validation;
        data.Metadata.Add(new("validation", new KeyValuePair<string, object?>[]
        {
            new("status", v.StatusName),
            new("date", v.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("corpora", v.Corpora),
            new("figures", v.Figures),
            new("note", v.Note),
        }));
        data.Metadata.Add(new("composites", lexicon.Composites.Select(c => c.Id + " = " + string.Join(" ", c.Components.Select(x => (x.Sign > 0 ? "+" : "-") + x.DimensionId))).ToArray()));
        data.Metadata.Add(new("actors", lexicon.Actors.Select(a => a.Id).ToArray()));
        data.Metadata.Add(new("target_rules", TargetRules(lexicon).ToArray()));
        data.Metadata.Add(new("context_languages", new KeyValuePair<string, object?>[]
        {
            new("speech", lexicon.Speech.Select(x => x.Language).ToArray()),
            new("negation", lexicon.Negation.Select(x => x.Language).ToArray()),
            new("target_links", lexicon.TargetLinks.Select(x => x.Language).ToArray()),
            new("scare_markers", lexicon.ScareMarkers.Select(x => x.Language).ToArray()),
            new("scope", lexicon.Scope.Select(x => x.Language).ToArray()),
        }));
        if (format is OutputFormat.Table or OutputFormat.Markdown)
        {
            Line($"{m.Id} {m.Version}: {m.Title}");
            Line($"licence {m.License}; authors {string.Join(", ", m.Authors)}; languages {string.Join(", ", m.Languages)}");
            if (m.Citation is not null)
            {
                Line("cite as: " + m.Citation);
            }

            if (m.Analysis.Count > 0)
            {
                Line("analysis: " + string.Join(", ", m.Analysis.Select(a => a.Language + " " + a.Analysis)) + "; " + ScriptLine(lexicon));
            }
            else if (!m.Languages.Contains("ar", StringComparer.Ordinal) || !m.Languages.Contains("en", StringComparer.Ordinal))
            {
                // A script whose documents go to a language without patterns: say so (an Arabic text and an English-only
                // lexicon is scored, with no match).
                Line(ScriptLine(lexicon));
            }

            foreach (var composite in lexicon.Composites)
            {
                Line($"composite {composite.Id} = {string.Join(" ", composite.Components.Select(x => (x.Sign > 0 ? "+" : "-") + x.DimensionId))}");
            }

            foreach (var line in ValidationLines(v))
            {
                Line(line);
            }

            if (lexicon.Actors.Count > 0)
            {
                Line("actors: " + string.Join(", ", lexicon.Actors.Select(a => a.Id)));
            }

            foreach (var rule in TargetRules(lexicon))
            {
                Line("target " + rule);
            }

            if (lexicon.Scope.Count > 0)
            {
                Line("scope: a document must name one of " + string.Join(", ", lexicon.Scope.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Words.Count} {s.Language} words"))) + " for its matches to count");
            }

            context.Out.WriteLine();
        }

        OutputWriter.Write(context, format, data);
        return ExitCodes.Ok;

        // The file's own text (title, authors, citation, notes, ids) on one safe terminal line: a line break, an escape
        // sequence or a bidi control in a lexicon from elsewhere cannot clear the screen or reorder the line.
        void Line(string text) => context.Out.WriteLine(TerminalText.Flatten(text));
    }

    /// <summary>The validation status as the table shows it: "validation: not stated" when the file says nothing.</summary>
    internal static IEnumerable<string> ValidationLines(LexiconValidation v)
    {
        switch (v.Status)
        {
            case LexiconValidationStatus.Validated:
                yield return $"validation: validated {v.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} on {string.Join(", ", v.Corpora)}";
                foreach (var figure in v.Figures)
                {
                    yield return "  " + figure;
                }

                break;
            case LexiconValidationStatus.NotValidated:
                yield return "validation: not validated";
                break;
            default:
                yield return "validation: not stated";
                break;
        }

        if (v.Note is { } note)
        {
            yield return "  " + note;
        }
    }

    /// <summary>The target rules, each as one line: the dimensions' (<c>naming forbids isis; no actor in reach: count</c>),
    /// then the entries' own, a rule or a default of their own (<c>naming entry "terrorists" (en, line 37) forbids isis;
    /// no actor in reach: ignore</c>), with the rule that applies to them.</summary>
    private static IEnumerable<string> TargetRules(Lexicon lexicon)
    {
        foreach (var dimension in lexicon.Dimensions.Where(d => d.Target is not null))
        {
            yield return $"{dimension.Id} {Requirement(dimension.Target!)}; no actor in reach: {Lower(dimension.TargetDefault)}";
        }

        foreach (var entry in lexicon.Entries.Where(e => e.Target is not null || e.TargetDefault is not null))
        {
            var dimension = lexicon.FindDimension(entry.DimensionId)!;
            var rule = entry.EffectiveTarget(dimension) is { } target
                ? Requirement(target) + (entry.Target is null ? " (the dimension's rule)" : string.Empty)
                : "any target";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{dimension.Id} entry \"{entry.Pattern}\" ({entry.Language}, line {entry.Location.Line}) {rule}; no actor in reach: {Lower(entry.EffectiveTargetDefault(dimension))}");
        }
    }

    private static string Requirement(TargetRule rule) =>
        rule.Require.Count > 0 ? "requires " + string.Join(", ", rule.Require) : "forbids " + string.Join(", ", rule.Forbid);

    private static string Lower(TargetDefault value) => value.ToString().ToLowerInvariant();

    private static TabularData Poles(Lexicon lexicon)
    {
        var columns = new List<string> { "dimension", "side", "pole", "label" };
        columns.AddRange(lexicon.Metadata.Languages.Select(l => "entries_" + l));
        columns.Add("description");
        columns.Add("examples");
        columns.Add("dimension_description");
        var data = new TabularData(columns);
        foreach (var dimension in lexicon.Dimensions)
        {
            foreach (var side in new[] { PoleSide.A, PoleSide.B, PoleSide.Neutral })
            {
                if (dimension.GetPole(side) is not { } pole)
                {
                    continue;
                }

                var cells = new List<object?> { dimension.Id, side.ToString().ToLowerInvariant(), pole.Id, pole.Label };
                foreach (var language in lexicon.Metadata.Languages)
                {
                    cells.Add((long)lexicon.Entries.Count(e => e.Side == side && e.DimensionId == dimension.Id && e.Language == language));
                }

                cells.Add(pole.Description);
                cells.Add(string.Join(" | ", pole.Examples));
                cells.Add(dimension.Description.Trim());
                data.Add([.. cells]);
            }
        }

        return data;
    }

    private static TabularData Entries(Lexicon lexicon)
    {
        var data = new TabularData(["lang", "pattern", "dimension", "pole", "weight", "note", "exclude", "line", "target", "target_default", "examples"]);
        foreach (var e in lexicon.Entries)
        {
            var dimension = lexicon.FindDimension(e.DimensionId)!;
            // The entry's own target rule and default, as written ('forbid: isis', 'ignore'); empty: its dimension's.
            var target = e.Target is null ? string.Empty : e.Target.Require.Count > 0 ? "require: " + string.Join(", ", e.Target.Require) : "forbid: " + string.Join(", ", e.Target.Forbid);
            var targetDefault = e.TargetDefault is { } own ? Lower(own) : string.Empty;
            data.Add(e.Language, e.Pattern, e.DimensionId, dimension.GetPole(e.Side)?.Id ?? "neutral", e.WeightMilli / 1000m, e.Note, string.Join(" | ", e.Exclusions), (long)e.Location.Line, target, targetDefault, string.Join(" | ", e.Examples));
        }

        return data;
    }

    /// <summary>What the script decides for a document without a language field or <c>--language</c>, as one phrase.</summary>
    private static string ScriptLine(Lexicon lexicon)
    {
        var compiled = lexicon.Compile();
        var arabic = compiled.ScriptLanguage("ar");
        var other = compiled.OtherArabicScriptLanguage;
        var otherPhrase = other is null || other == arabic ? "" : $" (with Persian, Urdu or other non-Arabic letters as {other})";
        var latin = compiled.ScriptLanguage("en");
        // A language the lexicon has no patterns for: its documents are scored, and nothing in them can match.
        string Shown(string code) => lexicon.Metadata.Languages.Contains(code, StringComparer.Ordinal) ? code : code + " (no patterns: no matches)";
        return $"documents without a language: Latin script as {Shown(latin)}, Arabic script as {Shown(arabic)}{otherPhrase}";
    }
}
