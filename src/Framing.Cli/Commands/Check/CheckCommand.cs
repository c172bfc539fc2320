using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Cli.Output;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// <c>framing check</c>: checks files or corpora against framing rules (loaded terms in the editorial voice, score
/// limits, drift from a baseline) for CI, with text, JSON, SARIF and GitHub annotation output.
/// </summary>
internal sealed class CheckCommand : ICommand
{
    private static readonly string[] Formats = ["text", "json", "sarif", "github"];

    private readonly Option<string?> _config = Option.OptionalText("config", "Rules and settings (JSON; see README.md, 'framing check in CI'). Options override its settings and add rules.", "FILE", shortName: 'c');

    private readonly Option<string?> _lexicon = Option.OptionalText("lexicon", "Built-in lexicon id or lexicon file (default: the configuration's, else starter).", "ID|FILE", shortName: 'l', read: CliLexicons.IdOrPath);

    private readonly Option<string> _failOn = Option.Choice("fail-on", "Lowest level that fails the check (exit 1).", "LEVEL", "warning", ["warning", "error", "none"]);

    private readonly Option<string> _format = Option.Choice("format", "Output format.", "FORMAT", "text", Formats, shortName: 'f');

    private readonly Option<string> _sourceRoot = Option.Text("source-root", "Folder that SARIF and GitHub paths are relative to (in CI: the repository).", "DIR", ".");

    public CheckCommand()
    {
        Spec = new(
            "check",
            "Check files or corpora against framing rules, for CI (exit 1 when a rule fails).",
            "check <files|corpus>... [--config framing.json] [--format text|json|sarif|github] [rule options]",
            [("files|corpus", true, "A .txt file, a folder of .txt files, a .jsonl/.csv/.tsv/.parquet corpus, a CSV manifest, or - (JSON Lines on stdin); several may be given.")],
            [
                _config,
                _lexicon,
                ScopeOption.Spec,
                .. CorpusOptions.Specs,
                .. CheckFlags.Specs,
                _failOn,
                _format,
                _sourceRoot,
                SharedOptions.Output,
                CorpusRuns.ParallelSpec,
                QuietOption.Spec,
            ],
            [
                ("framing check articles/ --editorial-pole armed-opposition/terrorism", "'terrorists' and the like only inside quotations"),
                ("framing check articles/ --config framing.json --format sarif -o framing.sarif", "the rules of a configuration file, as SARIF for GitHub code scanning"),
                ("framing check corpus.jsonl --max-document-score armed-opposition=0.5 --group-range government-forces=-0.2..0.2", "score limits per document and per outlet"),
                ("framing check corpus.jsonl --baseline baseline.json --tolerance 0.05", "fail when an outlet's score moved since a saved run"),
                ("framing check corpus.jsonl --config framing.json --save-baseline baseline.json", "save the current group scores as the next baseline"),
            ],
            """
            Rules: editorial-term (a chosen pole's or entry's match in the editorial voice: outside quotation marks and reported speech), document-score (a
            document's score out of its limit), group-score (a group's score out of its range), score-drift (a group's
            score moved by more than the tolerance since the baseline). Score rules count editorial matches unless the
            configuration file says otherwise. Findings of options are errors; the configuration file sets each rule's
            level (warning or error).

            Places: for a .txt file (given directly, in a folder, or named by a manifest) line and column are those of
            the match in the file; for a JSON Lines or CSV record the line is the record's and the column counts
            characters from the start of the record's text; a Parquet row has no line, so its findings are placed at
            line N, the row's 1-based number. Columns count UTF-16 code units, 1-based.

            Formats: text (file:line:column: rule: level: message "snippet"), json (findings and every group-level
            result), sarif (SARIF 2.1.0 for code scanning), github (workflow commands: annotations in a pull request).
            Findings are written as they are found, in input order, so memory does not grow with the corpus; json
            counts them before it lists them, so it keeps them in a temporary file (TMPDIR) until the run is over.
            """ + IncompleteOutput.Note("text, github and sarif findings", "SARIF"),
            Variadic: true,
            FailureMeaning: "a finding at or above --fail-on");
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var configPath = args.Get(_config);
        if (configPath is not null)
        {
            context.NoteInput(configPath, "the configuration (--config)");
        }

        foreach (var checkedPath in args.Positionals.Where(File.Exists))
        {
            context.NoteInput(checkedPath, "a file being checked");
        }

        var config = configPath is null ? new CheckConfig() : CheckConfigReader.Read(configPath);
        if (!args.IsGiven(CorpusOptions.By) && config.By is not null)
        {
            args.AddValue(CorpusOptions.By, config.By);
        }

        CheckFlags.Apply(args, config);
        var saveBaseline = args.Get(CheckFlags.SaveBaseline);
        if (saveBaseline is not null)
        {
            // Refused now, not after the whole corpus is read and every finding written.
            if (saveBaseline == "-")
            {
                throw new UsageException("the baseline is written to a file: '-' (standard output) is not accepted for it");
            }

            context.NoteOutput(saveBaseline, "the baseline (--save-baseline)");
        }

        if (!config.HasRules && saveBaseline is null)
        {
            throw config.Path is { } given
                ? new InputException($"{given}: no rules to check: the configuration has no rule under \"rules\" (see 'The configuration file' in README.md), and no rule option such as --editorial-pole is given")
                : new UsageException("no rules to check: give --config FILE or a rule option such as --editorial-pole (see 'framing check --help')");
        }

        var failOn = (args.TryGet(_failOn, out var failOnGiven) ? failOnGiven : config.FailOn ?? _failOn.DefaultValue) switch
        {
            "none" => (RuleLevel?)null,
            var level => RuleLevels.Parse(level),
        };
        var format = args.Get(_format);
        var paths = new ArtifactPaths(SourceRoot(args.Get(_sourceRoot)));
        var lexicon = ScopeOption.Apply(args, LoadLexicon(args, config, context));
        var editorial = config.Editorial.Select(r => EditorialRule.Resolve(r, lexicon)).ToList();
        var documentRules = ThresholdRule.Distinct(config.DocumentScore).Select(r => ThresholdRule.Resolve(r, lexicon)).ToList();
        var groupRules = ThresholdRule.Distinct(config.GroupScore).Select(r => ThresholdRule.Resolve(r, lexicon)).ToList();
        var baseline = config.Drift?.Baseline is { } baselinePath ? ReadBaseline(baselinePath, config.Drift.BaselineLocation, lexicon, saveBaseline, context) : null;
        var checkedFiles = new CheckedFiles();
        var several = args.Positionals.Count > 1;
        var inputs = args.Positionals.Select(p => CheckInput.Open(p, args, context, checkedFiles, several)).OfType<CheckInput>().ToList();
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        // Findings go to the output as they are found (JSON: to a temporary file until its header is written); only
        // their counts are kept, so memory does not grow with the corpus.
        var counts = new FindingCounts();
        var fallback = new FallbackFile(configPath, args.Positionals);
        using var writer = OpenWriter(context, format, paths, fallback);
        void Report(Finding finding)
        {
            counts.Add(finding.Level);
            writer.Add(finding);
        }

        var tally = new CorpusTally(lexicon.Dimensions.Count, lexicon: lexicon);
        var compiled = lexicon.Compile();
        var scoring = new ScoringOptions { CollectMatches = editorial.Count > 0 };
        var badRecords = CorpusRuns.BadRecordsOf(context, args);
        foreach (var input in inputs)
        {
            using var corpus = CorpusRuns.Open(context, args, input.Reader, input.Options, badRecords: badRecords, languages: lexicon.Languages);
            var part = corpus.Run.Score(compiled, scoring, null, (document, group, result) =>
            {
                // Called on this thread, in corpus order, for any number of workers: the output is deterministic.
                var locator = input.Locate(document);
                foreach (var finding in EditorialRule.Evaluate(editorial, document, group, result, locator))
                {
                    Report(finding);
                }

                foreach (var finding in ThresholdRule.EvaluateDocument(documentRules, lexicon, document, group, result, locator))
                {
                    Report(finding);
                }
            });
            tally.Merge(part);

            // Every input must hold documents: a check of nothing never passes (an input whose files were all checked
            // already, given twice, is not empty).
            if (input.Repeated == 0 || part.ScoredDocuments > 0)
            {
                corpus.CheckNotEmpty(args, part.ScoredDocuments);
            }
        }

        // Group and drift findings: a few per group and rule, after the documents' findings.
        var groupFindings = new List<Finding>();
        var thresholds = new List<ThresholdResult>();
        ThresholdRule.EvaluateGroups(groupRules, lexicon, tally, groupFindings, thresholds);
        if (config.Drift is { } drift && baseline is not null)
        {
            DriftRule.Evaluate(drift, baseline, lexicon, tally, groupFindings, thresholds, saveBaseline is not null, context.Error);
        }

        foreach (var finding in groupFindings)
        {
            Report(finding);
        }

        if (saveBaseline is not null)
        {
            var voice = config.Drift is { } spec ? DriftRule.VoiceOf(spec, baseline) : VoiceSelection.All;
            Baseline.Save(context, saveBaseline, tally, lexicon, voice, string.Join(", ", args.Positionals));
        }

        var report = new CheckReport(lexicon, args.Positionals, tally.ScoredDocuments, badRecords.Count, counts.Errors, counts.Warnings, thresholds, failOn);
        writer.Finish(report);
        context.Out.Flush();
        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(Summary(report) + (lexicon.ScopeIgnored ? "; the lexicon's scope ignored: every document in scope" : string.Empty));
        }

        return report.Failed ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }

    /// <summary>The writer of <paramref name="format"/>; JSON and SARIF write bytes to the output stream, after what
    /// was written as text.</summary>
    private static IFindingWriter OpenWriter(CliContext context, string format, ArtifactPaths paths, FallbackFile fallbackFile)
    {
        switch (format)
        {
            case "json":
                context.Out.Flush();
                return new JsonReportWriter(context.OutStream, FindingSpool.Create(context.Environment));
            case "sarif":
                context.Out.Flush();
                return new SarifWriter(context.OutStream, paths, fallbackFile);
            case "github":
                return new GithubWriter(context.Out, paths);
            default:
                return new TextFindingWriter(context.Out);
        }
    }

    /// <summary>Reads the baseline; a missing one is skipped (with a warning) only while a first baseline is being saved.</summary>
    private static Baseline? ReadBaseline(string path, SourceLocation? namedAt, Lexicon lexicon, string? saveBaseline, CliContext context)
    {
        if (saveBaseline is not null && !File.Exists(path))
        {
            context.Error.WriteLine($"framing: warning: {path}: no such file; drift is not checked in this run, which saves a baseline");
            return null;
        }

        // The baseline is a file the run reads: -o naming it is refused (it emptied the baseline). --save-baseline naming
        // it is how a baseline is kept current, so the two are not compared.
        if (File.Exists(path) && (saveBaseline is null || !CliContext.IsSameFile(saveBaseline, path)))
        {
            context.NoteInput(path, "the drift baseline");
        }

        return Baseline.Read(path, lexicon, namedAt);
    }

    private static string SourceRoot(string root) => Directory.Exists(root)
        ? root
        : throw new UsageException($"--source-root {root}: {(File.Exists(root) ? "a file, not a folder" : "no such folder")}");

    private static string Summary(CheckReport report)
    {
        var outcome = report.Failed ? "failed" : "passed";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"framing: check {outcome}: {Counted.Of(report.Errors, "error")}, {Counted.Of(report.Warnings, "warning")} in {Counted.Of(report.Documents, "document")} (rejected {report.Rejected}; --fail-on {report.FailOnName})");
    }

    /// <summary>The lexicon of --lexicon, else the configuration's, else the default. A lexicon the configuration names
    /// that cannot be found or read is reported at the configuration's "lexicon" key, where the mistake is.</summary>
    private Lexicon LoadLexicon(ParsedArguments args, CheckConfig config, CliContext context)
    {
        if (args.Get(_lexicon) is { } given)
        {
            return CliLexicons.Load(context, given);
        }

        try
        {
            return CliLexicons.Load(context, config.Lexicon ?? SharedOptions.Lexicon.DefaultValue);
        }
        catch (LexiconException e) when (config.LexiconLocation is { } where && e.Errors is [] or [{ Location.Line: 0 }])
        {
            // A bare word ("syria"), not a path: most likely a mistyped built-in id.
            var written = config.LexiconAsWritten ?? string.Empty;
            var message = written.IndexOfAny(['/', '\\', '.']) < 0 && !File.Exists(config.Lexicon)
                ? $"unknown lexicon '{written}': not a built-in lexicon ({string.Join(", ", Lexicon.BuiltInIds)}) and no file {config.Lexicon}"
                : e.Message;
            throw new InputException($"{where}: \"lexicon\": {message}");
        }
    }
}
