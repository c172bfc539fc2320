using System.Globalization;
using System.Text.Json;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Cli.Commands.Check;

/// <summary>One group score of a baseline, with the place of its row in the file.</summary>
internal sealed record BaselineRow(string Group, string Dimension, double? Score, SourceLocation Location);

/// <summary>
/// Saved group scores: the JSON written by <c>framing score --format json</c> (or <c>framing check --save-baseline</c>).
/// Only the <c>rows</c> array (<c>group</c>, <c>dimension</c>, <c>score</c>) and the <c>lexicon.id</c> and
/// <c>voice</c> metadata are read; other columns are ignored. Checked as strictly as the configuration file: a
/// baseline of another lexicon, a score outside [-1, 1], or a dimension or composite index the lexicon in use does not
/// have is an <see cref="InputException"/> at its place in the file.
/// </summary>
internal sealed record Baseline(string File, string? LexiconId, VoiceSelection Voice, IReadOnlyList<BaselineRow> Rows)
{
    private const string HowToSave = "save one with 'framing score --format json' or 'framing check --save-baseline'";

    /// <summary>Reads the baseline at <paramref name="path"/>, checked against <paramref name="lexicon"/>.</summary>
    /// <param name="path">The baseline file.</param>
    /// <param name="lexicon">The lexicon in use.</param>
    /// <param name="namedAt">Where the configuration file names it (a file that cannot be read is reported there, as a
    /// lexicon of the configuration is), or null when an option names it.</param>
    public static Baseline Read(string path, Lexicon lexicon, SourceLocation? namedAt)
    {
        byte[] bytes;
        try
        {
            bytes = JsonTree.ReadBytes(path);
        }
        catch (InputException e) when (namedAt is { } where)
        {
            throw new InputException($"{where}: \"rules.drift.baseline\": {e.Message}");
        }

        if (JsonTree.Parse(bytes, path) is not JsonObjectNode root)
        {
            throw new InputException($"{path}:1:1: not a baseline: expected a JSON object ({HowToSave})");
        }

        if (root.Find("rows")?.Value is not JsonArrayNode rows)
        {
            throw new InputException($"{root.Location}: not a baseline: no \"rows\" array ({HowToSave})");
        }

        // "lexicon" is the object 'framing score --format json' writes; its "id" must be the lexicon in use.
        string? lexiconId = null;
        if (root.Find("lexicon") is { } lexiconProperty)
        {
            if (lexiconProperty.Value is not JsonObjectNode lexiconObject)
            {
                throw new InputException($"{lexiconProperty.Value.Location}: \"lexicon\" must be an object with the lexicon's \"id\" (as {HowToSave} writes it), not {lexiconProperty.Value.Kind}");
            }

            if (lexiconObject.Find("id") is { } idProperty)
            {
                lexiconId = idProperty.Value is JsonScalarNode { Token: JsonTokenType.String, Text: { } idText }
                    ? idText
                    : throw new InputException($"{idProperty.Value.Location}: \"lexicon.id\" must be a string, not {idProperty.Value.Kind}");
                if (!string.Equals(lexiconId, lexicon.Id, StringComparison.Ordinal))
                {
                    throw new InputException($"{idProperty.Value.Location}: the baseline was scored with lexicon '{lexiconId}', not '{lexicon.Id}'");
                }
            }
        }

        var known = lexicon.Dimensions.Select(d => d.Id).Concat(lexicon.Composites.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        var voice = VoiceSelection.All;
        if (root.Find("voice") is { } voiceProperty)
        {
            voice = voiceProperty.Value is JsonScalarNode { Token: JsonTokenType.String, Text: "all" or "editorial" or "attributed" or "quoted" } v
                ? GroupScoreReport.ParseVoice(v.Text!)
                : throw new InputException($"{voiceProperty.Value.Location}: \"voice\" must be all, editorial, attributed or quoted");
        }

        var list = new List<BaselineRow>();
        var seen = new HashSet<(string, string)>();
        foreach (var item in rows.Items)
        {
            if (item is not JsonObjectNode row)
            {
                throw new InputException($"{item.Location}: a row must be an object, not {item.Kind}");
            }

            if (row.Find("id") is not null)
            {
                throw new InputException($"{row.Location}: per-document scores cannot be a baseline: it needs group scores ({HowToSave} without --per-document)");
            }

            var group = Text(row, "group");
            var dimension = Text(row, "dimension");
            var score = row.Find("score")?.Value switch
            {
                JsonScalarNode { Token: JsonTokenType.Number, Number: { } number } when ScoreLimitSpec.IsScore(number) => number,
                JsonScalarNode { Token: JsonTokenType.Number, Number: { } number } scoreNode =>
                    throw new InputException($"{scoreNode.Location}: \"score\" must be a score from -1 to 1, not {number.ToString(CultureInfo.InvariantCulture)}"),
                JsonScalarNode { Token: JsonTokenType.Null } => (double?)null,
                null => throw new InputException($"{row.Location}: a row needs \"score\""),
                var other => throw new InputException($"{other.Location}: \"score\" must be a number or null, not {other.Kind}"),
            };
            if (!known.Contains(dimension))
            {
                var meant = Spelling.Suggest(dimension, known);
                var hint = meant is null ? $"known: {string.Join(", ", known)}" : $"did you mean '{meant}'?";
                throw new InputException($"{row.Find("dimension")!.Value.Location}: unknown dimension or composite index '{dimension}' in lexicon '{lexicon.Id}' ({hint})");
            }

            if (!seen.Add((group, dimension)))
            {
                throw new InputException($"{row.Location}: a second row for group \"{group}\" and dimension \"{dimension}\"");
            }

            list.Add(new BaselineRow(group, dimension, score, row.Location));
        }

        return new Baseline(path, lexiconId, voice, list);
    }

    /// <summary>Writes the group scores of <paramref name="tally"/> in the format of <c>framing score --format json</c> (without intervals).</summary>
    public static void Save(CliContext context, string path, CorpusTally tally, Lexicon lexicon, VoiceSelection voice, string corpus)
    {
        var table = GroupScoreReport.Build(tally, lexicon, voice, corpus, 0.95, 5);
        context.WriteOnSuccess(path, "the baseline", stream => JsonOutput.Write(stream, table));
    }

    private static string Text(JsonObjectNode row, string key) => row.Find(key)?.Value switch
    {
        JsonScalarNode { Token: JsonTokenType.String, Text: { } text } => text,
        null => throw new InputException($"{row.Location}: a row needs \"{key}\""),
        var other => throw new InputException($"{other.Location}: \"{key}\" must be a string, not {other.Kind}"),
    };
}
