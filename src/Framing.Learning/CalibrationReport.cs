using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Learning;

/// <summary>What <see cref="LexiconCalibrator"/> found: per dimension and composite, the grouped cross-validated AUC of
/// the original and the calibrated lexicon; per entry, its evidence and calibrated weight. Write the calibrated lexicon
/// with <see cref="CalibratedLexiconWriter"/>. Compares by value, lists element by element, except the lexicon, the sides and the folds, compared by reference.</summary>
/// <param name="Lexicon">The original lexicon.</param>
/// <param name="Sides">The sides compared.</param>
/// <param name="Options">The options used.</param>
/// <param name="Documents">How the documents were used.</param>
/// <param name="Folds">The outlet folds.</param>
/// <param name="Axes">Per dimension (lexicon order), then per composite.</param>
/// <param name="Entries">Per entry, in lexicon order.</param>
public sealed record CalibrationReport(
    Lexicon Lexicon,
    SideSelection Sides,
    CalibrationOptions Options,
    LearningDocuments Documents,
    OutletFolds Folds,
    IReadOnlyList<CalibrationAxis> Axes,
    IReadOnlyList<CalibratedEntry> Entries)
{
    /// <summary>Per dimension (lexicon order), then per composite (a read-only list, compared element by element).</summary>
    public IReadOnlyList<CalibrationAxis> Axes { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Axes);

    /// <summary>Per entry, in lexicon order (a read-only list, compared element by element).</summary>
    public IReadOnlyList<CalibratedEntry> Entries { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Entries);

    /// <summary>Where the known leanings came from (<see cref="KnownLeanings.Source"/>): the table's file name as given,
    /// or <c>field 'NAME'</c>; empty when not stated.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string LeaningsSource { get; init => field = value ?? throw new ArgumentNullException(nameof(LeaningsSource)); } = string.Empty;

    /// <summary>What the caller should know about how the calibration was done: a dimension that composites take with
    /// opposite signs, so that which camp its poles belong to is ambiguous, and which orientation it was fitted with (a
    /// read-only list, compared element by element; empty when there is nothing to say).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<string> Warnings { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Empty<string>();

    /// <summary>The record's members as the compiler prints them (<c>CalibrationReport { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CalibrationReport), PrintMembers);
}
