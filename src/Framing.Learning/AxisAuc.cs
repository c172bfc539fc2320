namespace Framing.Learning;

/// <summary>A grouped cross-validated document AUC with its outlet-cluster bootstrap interval.</summary>
/// <param name="Auc">P(a side-A document's score &gt; a side-B document's) + ½ P(tie), on out-of-fold scores pooled over the folds.</param>
/// <param name="Low">Lower limit of the interval, or null when there is none (fewer than two outlets on a side, or no replicates).</param>
/// <param name="High">Upper limit, or null.</param>
public sealed record AxisAuc(double Auc, double? Low, double? High)
{
    /// <summary>The record's members as the compiler prints them (<c>AxisAuc { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(AxisAuc), PrintMembers);
}

/// <summary>One dimension or composite: the AUC of the original lexicon and of the calibrated one, on the same folds. Compares by value, lists element by element.</summary>
/// <param name="Id">Dimension or composite id.</param>
/// <param name="IsComposite">Whether it is a composite.</param>
/// <param name="Original">The original lexicon's AUC (its weights are not fitted, so the folds do not change it).</param>
/// <param name="Calibrated">The calibrated lexicon's AUC: each fold's documents scored with weights fitted on the other folds' outlets.</param>
/// <param name="FoldAucs">Per fold (with documents of both sides), the original and calibrated AUC of its documents; NaN for a fold with one side only.</param>
public sealed record CalibrationAxis(string Id, bool IsComposite, AxisAuc Original, AxisAuc Calibrated, IReadOnlyList<(double Original, double Calibrated)> FoldAucs)
{
    /// <summary>Per fold (with documents of both sides), the original and calibrated AUC of its documents; NaN for a fold with one side only (a read-only list, compared element by element).</summary>
    public IReadOnlyList<(double Original, double Calibrated)> FoldAucs { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(FoldAucs);

    /// <summary>The record's members as the compiler prints them (<c>CalibrationAxis { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CalibrationAxis), PrintMembers);
}
