using Framing.Lexicons;

namespace Framing.Learning;

/// <summary>The evidence for one entry and its calibrated weight.</summary>
/// <param name="Entry">The entry as the original lexicon has it.</param>
/// <param name="Verdict">What calibration did to it.</param>
/// <param name="Coefficient">Its coefficient in the dimension's logistic model fitted on every document (positive: side A),
/// on log(1 + matches in the document): a document's pole weights, and so its share, do not depend on its length; 0 for neutral and unused entries.</param>
/// <param name="CalibratedWeightMilli">The calibrated weight in thousandths (1 … 1000), or 0 when moved to neutral.</param>
/// <param name="DocumentsA">Side-A documents that use it.</param>
/// <param name="DocumentsB">Side-B documents that use it.</param>
/// <param name="Outlets">Outlets (of either side) that use it.</param>
public sealed record CalibratedEntry(
    LexiconEntry Entry,
    CalibrationVerdict Verdict,
    double Coefficient,
    int CalibratedWeightMilli,
    int DocumentsA,
    int DocumentsB,
    int Outlets)
{
    /// <summary>Whether the calibrated lexicon has the entry as neutral while the original has it on a pole.</summary>
    public bool MovedToNeutral => Verdict is CalibrationVerdict.Zero or CalibrationVerdict.Contradicts;

    /// <summary>The record's members as the compiler prints them (<c>CalibratedEntry { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CalibratedEntry), PrintMembers);
}
