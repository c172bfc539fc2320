namespace Framing.Learning;

/// <summary>The documents cannot be learned from: a side has none, or fewer than two outlets (a fold that held out its only outlet would be fitted without it).
/// <see cref="Documents"/> says how the documents were used.</summary>
public sealed class LearningInputException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="documents">How the documents were used.</param>
    public LearningInputException(string message, LearningDocuments documents)
        : base(message)
    {
        Documents = documents;
    }

    /// <summary>How the documents were used.</summary>
    public LearningDocuments Documents { get; }

    internal static void ThrowIfUnusable(LearningDocuments usage, string verb)
    {
        if (usage.SideA == 0 || usage.SideB == 0)
        {
            // Rejected records are named: with documents in memory there is no other place that says so (a language
            // the lexicon lacks rejects every document of it).
            var rejected = usage.Rejected > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; {usage.Rejected} record(s) rejected") : string.Empty;
            throw new LearningInputException($"{verb} needs documents of both sides (side A {usage.SideA}, side B {usage.SideB}{rejected})", usage);
        }

        if (usage.OutletsA.Concat(usage.OutletsB).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new LearningInputException($"{verb} needs at least two outlets to cross-validate by outlet", usage);
        }

        // A fold that holds out a side's only outlet would be fitted without a document of that side.
        if (usage.OutletsA.Count < 2 || usage.OutletsB.Count < 2)
        {
            throw new LearningInputException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{verb} needs at least two outlets on each side to cross-validate by outlet (side A {usage.OutletsA.Count}, side B {usage.OutletsB.Count})"), usage);
        }
    }
}
