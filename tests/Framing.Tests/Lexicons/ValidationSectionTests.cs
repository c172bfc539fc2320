using Framing.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Lexicons;

/// <summary>
/// A lexicon's <c>validation</c> section: optional, checked, and never part of the fingerprint. The section starts on
/// line 20 (after the header's two dimensions), so its keys are on lines 21 onwards.
/// </summary>
public sealed class ValidationSectionTests
{
    private static readonly string Rebels = Entry("en", "rebels", "opposition", "rebel");

    private static string With(string section) => YamlWith("[ar, en]", section, Rebels);

    [Fact]
    public void AFileWithoutTheSectionSaysNothing()
    {
        var validation = ParseEntries(Rebels).Metadata.Validation;
        Assert.Equal(LexiconValidationStatus.NotStated, validation.Status);
        Assert.Equal("not-stated", validation.StatusName);
        Assert.Same(LexiconValidation.NotStated, validation);
    }

    [Fact]
    public void NotValidatedNeedsOnlyItsStatus()
    {
        var validation = Parse(With("validation:\n  status: not-validated\n  note: Never checked.\n")).Metadata.Validation;
        Assert.Equal(LexiconValidationStatus.NotValidated, validation.Status);
        Assert.Equal("not-validated", validation.StatusName);
        Assert.Equal("Never checked.", validation.Note);
        Assert.Null(validation.Date);
        Assert.Empty(validation.Figures);
    }

    [Fact]
    public void ValidatedKeepsDateCorporaAndFigures()
    {
        var validation = Parse(With(
            "validation:\n  status: validated\n  date: 2026-12-02\n  corpora: [one.jsonl, two.jsonl]\n"
            + "  figures: [\"composite document AUC 0.97 (framing validate one.jsonl ...)\"]\n")).Metadata.Validation;
        Assert.Equal(LexiconValidationStatus.Validated, validation.Status);
        Assert.Equal(new DateOnly(2026, 12, 2), validation.Date);
        Assert.Equal(["one.jsonl", "two.jsonl"], validation.Corpora);
        Assert.Equal(["composite document AUC 0.97 (framing validate one.jsonl ...)"], validation.Figures);
        Assert.Null(validation.Note);
    }

    [Fact]
    public void AClaimOfValidityMustSayWhenOnWhatAndWithWhichFigures()
    {
        var errors = Errors(With("validation:\n  status: validated\n"));
        Assert.Equal(
            [
                "a validated lexicon needs 'date' in 'validation': when the figures were measured (YYYY-MM-DD)",
                "a validated lexicon needs 'corpora' in 'validation': the corpora it was checked on",
                "a validated lexicon needs 'figures' in 'validation': what was measured, with the command",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal(new SourceLocation(SourceName, 21, 3), e.Location));
    }

    [Fact]
    public void EachFigureOfAValidatedLexiconNamesTheCommandThatMeasuredIt()
    {
        var errors = Errors(With(
            "validation:\n  status: validated\n  date: 2026-12-02\n  corpora: [one.jsonl]\n  figures:\n"
            + "    - \"AUC 0.97 (framing validate one.jsonl --lexicon x)\"\n    - \"AUC 0.97\"\n    - \"AUC 0.9 (Framing Validate one.jsonl)\"\n"));
        Assert.Equal(
            [
                (new SourceLocation(SourceName, 26, 7), "a figure of a validated lexicon must name the 'framing validate' command that measured it: \"AUC 0.97\""),
                (new SourceLocation(SourceName, 27, 7), "a figure of a validated lexicon must name the 'framing validate' command that measured it: \"AUC 0.9 (Framing Validate one.jsonl)\""),
            ],
            errors.Select(e => (e.Location, e.Message)));
    }

    [Fact]
    public void ANotValidatedLexiconsFiguresNeedNoCommand() =>
        Assert.Equal(["AUC 0.6"], Parse(With("validation:\n  status: not-validated\n  figures: [\"AUC 0.6\"]\n")).Metadata.Validation.Figures);

    [Theory]
    [InlineData("validation:\n  status: valid\n", 21, 11, "validation status must be 'validated' or 'not-validated', not 'valid'")]
    [InlineData("validation:\n  status: not-validated\n  date: 02/12/2026\n", 22, 9, "validation date must be written YYYY-MM-DD, not '02/12/2026'")]
    [InlineData("validation:\n  status: not-validated\n  score: 1\n", 22, 3, "unknown field 'score' in 'validation' (expected one of: status, date, corpora, figures, note)")]
    [InlineData("validation:\n  note: x\n", 21, 3, "'validation' has no 'status'")]
    [InlineData("validation: yes\n", 20, 13, "'validation' must be a mapping")]
    public void MistakesAreReportedWhereTheyAre(string section, int line, int column, string message) =>
        SingleError(With(section), line, column, message);

    [Fact]
    public void TheSectionDoesNotChangeTheFingerprint()
    {
        var plain = ParseEntries(Rebels);
        var stated = Parse(With("validation:\n  status: not-validated\n"));
        Assert.Equal(plain.Fingerprint, stated.Fingerprint);
    }

    [Theory]
    [InlineData("immigration", LexiconValidationStatus.NotValidated)]
    [InlineData("russia-ukraine", LexiconValidationStatus.NotValidated)]
    [InlineData("starter", LexiconValidationStatus.NotValidated)]
    public void ShippedLexiconsStateTheirStatus(string id, LexiconValidationStatus status)
    {
        var validation = Lexicon.Load(id).Metadata.Validation;
        Assert.Equal(status, validation.Status);
        Assert.False(string.IsNullOrWhiteSpace(validation.Note));
    }

    [Fact]
    public void EveryShippedLexiconThatClaimsValidityStatesItsEvidence()
    {
        foreach (var id in Lexicon.BuiltInIds)
        {
            var validation = Lexicon.Load(id).Metadata.Validation;
            if (validation.Status == LexiconValidationStatus.Validated)
            {
                Assert.NotNull(validation.Date);
                Assert.NotEmpty(validation.Corpora);
                Assert.NotEmpty(validation.Figures);
            }
        }
    }
}
