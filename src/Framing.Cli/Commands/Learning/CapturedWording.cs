using System.Globalization;

namespace Framing.Cli.Commands.Learning;

/// <summary>How <c>framing learn</c>'s summary line words the share of the classifier's separation that the lexicon captures.</summary>
internal static class CapturedWording
{
    /// <summary>The words for a captured share: (lexicon AUC − 0.5) / (classifier AUC − 0.5), NaN when the classifier does no better than chance (AUC 0.5 or below).</summary>
    /// <param name="captured">The share.</param>
    /// <returns>The clause of the summary line.</returns>
    public static string Describe(double captured) =>
        double.IsNaN(captured) ? "nothing to capture: the classifier does no better than chance (AUC 0.5 or below)"
        : captured > 1 ? $"the lexicon separates the sides better than the classifier learned from these outlets (captured {captured.ToString("0.##", CultureInfo.InvariantCulture)})"
        : $"the lexicon captures {Percent(captured)} of what the words can tell";

    /// <summary>A share as a whole percentage, with no sign on a share that rounds to zero (never <c>-0%</c>).</summary>
    private static string Percent(double share)
    {
        var text = share.ToString("0%", CultureInfo.InvariantCulture);
        return text == "-0%" ? "0%" : text;
    }
}
