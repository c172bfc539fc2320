using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Statistics.Validation;

namespace Framing.Cli.Commands;

/// <summary>
/// The thresholds of <c>framing validate --fail-under</c>: <c>X</c> applies to every composite index (to every dimension
/// when the lexicon has no composite), <c>ID=X</c> to one dimension or composite. The document AUC's point estimate
/// must be at least X.
/// </summary>
internal static class FailUnder
{
    public static IReadOnlyList<(string? Axis, double Minimum)> Parse(IReadOnlyList<string> values, Lexicon lexicon)
    {
        var thresholds = new List<(string?, double)>();
        foreach (var value in values)
        {
            var eq = value.LastIndexOf('=');
            var axis = eq < 0 ? null : value[..eq].Trim();
            var number = eq < 0 ? value : value[(eq + 1)..];
            if (!NumberText.TryReal(number, out var minimum) || !(minimum >= 0 && minimum <= 1))
            {
                throw new UsageException($"--fail-under must be an AUC from 0 to 1, or ID=AUC (e.g. 0.9 or armed-opposition=0.8), not '{value}'");
            }

            if (axis is not null && lexicon.FindDimension(axis) is null && !lexicon.Composites.Any(c => string.Equals(c.Id, axis, StringComparison.Ordinal)))
            {
                throw new UsageException($"--fail-under: lexicon '{lexicon.Id}' has no dimension or composite '{axis}'");
            }

            thresholds.Add((axis, minimum));
        }

        return thresholds;
    }

    /// <summary>One line per threshold that is not met; a threshold given twice (or both as X and as ID=X) is one line.</summary>
    public static IReadOnlyList<string> Failures(IReadOnlyList<(string? Axis, double Minimum)> thresholds, ValidationReport report)
    {
        var failures = new List<string>();
        var seen = new HashSet<(string, double)>();
        var anyComposite = report.Axes.Any(a => a.IsComposite);
        foreach (var (axis, minimum) in thresholds)
        {
            var rows = axis is null
                ? report.Axes.Where(a => a.IsComposite || !anyComposite)
                : [report.Axis(axis)];
            foreach (var row in rows)
            {
                if (!(row.Auc >= minimum) && seen.Add((row.Axis, minimum)))
                {
                    var (auc, limit) = row.Auc is { } value ? Figures(value, minimum) : ("undefined", CellFormat.FormatDouble(minimum));
                    failures.Add($"{(row.IsComposite ? "composite" : "dimension")} {row.Axis}: document AUC {auc} is below --fail-under {limit}");
                }
            }
        }

        return failures;
    }

    /// <summary>The AUC and the threshold as the line writes them: six significant digits, unless the AUC would then
    /// read as the threshold itself ("0.9 is below --fail-under 0.9" for 0.89999990); then both in full, by the rule
    /// <c>framing check</c> writes its broken limits with (<see cref="Check.CheckFigures"/>).</summary>
    private static (string Auc, string Minimum) Figures(double auc, double minimum)
    {
        var inFull = Check.CheckFigures.ReadAlike(auc, minimum);
        return (Check.CheckFigures.Text(auc, inFull), Check.CheckFigures.Text(minimum, inFull));
    }
}
