using System.Globalization;
using Framing.Lexicons;

namespace Framing.Learning;

/// <summary>
/// The safety net of <see cref="CalibratedLexiconWriter"/>: the text it wrote is read back as a lexicon before anyone
/// writes it to disk, and must have the calibrated id and title, the original's dimensions and composites, and every
/// entry (in order, with its language, pattern and dimension) on the pole and with the weight that calibration decided.
/// A text that does not is a <see cref="CalibratedLexiconException"/>, never a silently wrong file.
/// </summary>
internal static class CalibratedLexiconCheck
{
    /// <summary>Reads <paramref name="yaml"/> as <paramref name="like"/> was read: with the built-in languages, else
    /// with <paramref name="like"/>'s registry (a lexicon loaded with a registry that has a language the built-in ones
    /// lack; that registry already holds the file's own analyses, so the built-in one must come first: with it, an
    /// 'analysis' of the file would be declared twice).</summary>
    /// <exception cref="LexiconException">The text does not read either way (the first reading's error).</exception>
    internal static Lexicon ParseLike(string yaml, string sourceName, Lexicon like)
    {
        try
        {
            return Lexicon.Parse(yaml, sourceName);
        }
        catch (LexiconException first)
        {
            try
            {
                return Lexicon.Parse(yaml, sourceName, like.Languages);
            }
            catch (LexiconException)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
                throw;
            }
        }
    }

    /// <summary>Checks the written text.</summary>
    /// <param name="written">The calibrated lexicon's text.</param>
    /// <param name="original">The original lexicon.</param>
    /// <param name="id">The id the calibrated lexicon must have.</param>
    /// <param name="title">The title it must have.</param>
    /// <param name="decided">Per entry (lexicon order), the pole side and weight in thousandths it must have.</param>
    /// <exception cref="CalibratedLexiconException">The text is not that lexicon.</exception>
    public static void Verify(string written, Lexicon original, string id, string title, IReadOnlyList<(PoleSide Side, int WeightMilli)> decided)
    {
        Lexicon read;
        try
        {
            read = ParseLike(written, "the calibrated lexicon", original);
        }
        catch (LexiconException e)
        {
            throw Mismatch($"it does not load ({e.Message})", e);
        }

        if (!string.Equals(read.Id, id, StringComparison.Ordinal))
        {
            throw Mismatch($"its id is '{read.Id}', not '{id}'");
        }

        if (!string.Equals(read.Metadata.Title, title, StringComparison.Ordinal))
        {
            throw Mismatch($"its title is \"{read.Metadata.Title}\", not \"{title}\"");
        }

        if (read.Metadata.Validation.Status != LexiconValidationStatus.NotValidated)
        {
            throw Mismatch("its validation status is not not-validated");
        }

        if (!read.Dimensions.Select(d => d.Id).SequenceEqual(original.Dimensions.Select(d => d.Id), StringComparer.Ordinal)
            || !read.Composites.Select(c => (c.Id, string.Join(',', c.Components.Select(k => k.DimensionId + ":" + k.Sign.ToString(CultureInfo.InvariantCulture)))))
                .SequenceEqual(original.Composites.Select(c => (c.Id, string.Join(',', c.Components.Select(k => k.DimensionId + ":" + k.Sign.ToString(CultureInfo.InvariantCulture)))))))
        {
            throw Mismatch("its dimensions or composites are not the original's");
        }

        if (read.Entries.Count != original.Entries.Count)
        {
            throw Mismatch(string.Create(CultureInfo.InvariantCulture, $"it has {read.Entries.Count} entries, not {original.Entries.Count}"));
        }

        for (var i = 0; i < read.Entries.Count; i++)
        {
            var (was, got, want) = (original.Entries[i], read.Entries[i], decided[i]);
            if (!string.Equals(got.Language, was.Language, StringComparison.Ordinal)
                || !string.Equals(got.Pattern, was.Pattern, StringComparison.Ordinal)
                || !string.Equals(got.DimensionId, was.DimensionId, StringComparison.Ordinal))
            {
                throw Mismatch(string.Create(CultureInfo.InvariantCulture, $"its entry {i + 1} is \"{got.Pattern}\" ({got.Language}, {got.DimensionId}), not \"{was.Pattern}\" ({was.Language}, {was.DimensionId}) of line {was.Location.Line}"));
            }

            if (got.Side != want.Side || got.WeightMilli != want.WeightMilli)
            {
                throw Mismatch(string.Create(
                    CultureInfo.InvariantCulture,
                    $"its entry \"{was.Pattern}\" (line {was.Location.Line}) has pole side {Side(got.Side)} and weight {YamlText.Weight(got.WeightMilli)}, not the side {Side(want.Side)} and weight {YamlText.Weight(want.WeightMilli)} calibration decided"));
            }
        }
    }

    private static string Side(PoleSide side) => side switch
    {
        PoleSide.A => "a",
        PoleSide.B => "b",
        _ => "neutral",
    };

    private static CalibratedLexiconException Mismatch(string why, Exception? inner = null)
    {
        var message = $"the calibrated lexicon written from its text does not read back as calibrated: {why}; write the lexicon as block YAML, each top-level key at the start of its line, and calibrate that file";
        return inner is null ? new CalibratedLexiconException(message) : new CalibratedLexiconException(message, inner);
    }
}
