using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>Reads a lexicon's optional <c>validation</c> section (see lexicons/README.md) and checks it.</summary>
internal static class ValidationSectionReader
{
    private static readonly string[] Keys = ["status", "date", "corpora", "figures", "note"];

    /// <summary>The command a figure of a validated lexicon names (lexicons/README.md, "Validation status").</summary>
    private const string MeasuringCommand = "framing validate";

    public static LexiconValidation Read(YamlMappingNode root, YamlNodeReader reader)
    {
        if (reader.Get(root, "validation") is not { } node)
        {
            return LexiconValidation.NotStated;
        }

        if (reader.Mapping(node, "'validation'") is not { } map)
        {
            return LexiconValidation.NotStated;
        }

        reader.CheckKeys(map, "'validation'", Keys);
        var statusText = reader.RequiredString(map, "status", "'validation'");
        var status = statusText switch
        {
            "validated" => LexiconValidationStatus.Validated,
            "not-validated" => LexiconValidationStatus.NotValidated,
            _ => LexiconValidationStatus.NotStated,
        };
        if (statusText.Length > 0 && status == LexiconValidationStatus.NotStated)
        {
            reader.Error(reader.Get(map, "status")!, $"validation status must be 'validated' or 'not-validated', not '{statusText}'");
        }

        DateOnly? date = null;
        if (reader.OptionalString(map, "date") is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                reader.Error(reader.Get(map, "date")!, $"validation date must be written YYYY-MM-DD, not '{dateText}'");
            }
        }

        var corpora = reader.StringList(map, "corpora");
        var figureItems = reader.StringItems(map, "figures");
        var figures = figureItems.Select(f => f.Text).ToArray();
        var note = reader.OptionalString(map, "note")?.Trim();
        if (status == LexiconValidationStatus.Validated)
        {
            // A claim of validity must say when, on what and with which figures.
            if (reader.Get(map, "date") is null)
            {
                reader.Error(map, "a validated lexicon needs 'date' in 'validation': when the figures were measured (YYYY-MM-DD)");
            }

            if (corpora.Count == 0)
            {
                reader.Error(reader.Get(map, "corpora") ?? map, "a validated lexicon needs 'corpora' in 'validation': the corpora it was checked on");
            }

            if (figures.Length == 0)
            {
                reader.Error(reader.Get(map, "figures") ?? map, "a validated lexicon needs 'figures' in 'validation': what was measured, with the command");
            }

            // Each figure is a measurement anyone can repeat: it names the 'framing validate' command that gave it.
            foreach (var (text, figureNode) in figureItems)
            {
                if (!text.Contains(MeasuringCommand, StringComparison.Ordinal))
                {
                    reader.Error(figureNode, $"a figure of a validated lexicon must name the '{MeasuringCommand}' command that measured it: \"{PatternParser.Clipped(text)}\"");
                }
            }
        }

        return new LexiconValidation(status, date, corpora, figures, string.IsNullOrEmpty(note) ? null : note);
    }
}
