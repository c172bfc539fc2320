using Framing.Cli.Output;
using Framing.Learning;

namespace Framing.Cli.Commands.Learning;

/// <summary>
/// The cross-validation folds of <c>learn</c> and <c>calibrate</c> for their JSON output (<c>per_fold</c>): one row per
/// fold, numbered from 1, with the outlets of each side it holds out (so that a reader can check that no outlet is in
/// training and test) and, for <c>learn</c>, the classifier's AUC within the fold (null for a fold with one side only).
/// </summary>
internal static class FoldTable
{
    /// <summary>The metadata key.</summary>
    public const string Key = "per_fold";

    /// <summary>The folds' table.</summary>
    /// <param name="folds">The folds.</param>
    /// <param name="documents">How the documents were used (each side's outlets).</param>
    /// <param name="aucs">The classifier's AUC within each fold, or null for none (calibrate).</param>
    /// <returns>The table.</returns>
    public static TabularData Of(OutletFolds folds, LearningDocuments documents, IReadOnlyList<double>? aucs)
    {
        var table = new TabularData(aucs is null ? ["fold", "outlets_a", "outlets_b"] : ["fold", "outlets_a", "outlets_b", "auc"]);
        var sideA = documents.OutletsA.ToHashSet(StringComparer.Ordinal);
        for (var f = 0; f < folds.Count; f++)
        {
            var outlets = folds.OutletsOf(f);
            var a = outlets.Where(sideA.Contains).ToArray();
            var b = outlets.Where(o => !sideA.Contains(o)).ToArray();
            table.Rows.Add(aucs is null ? [(long)(f + 1), a, b] : [(long)(f + 1), a, b, aucs[f]]);
        }

        return table;
    }
}
