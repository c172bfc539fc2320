namespace Framing.Learning;

/// <summary>The documents cannot be learned from: a side has none, or the sides have fewer than two outlets between them.
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
            throw new LearningInputException($"{verb} needs documents of both sides (side A {usage.SideA}, side B {usage.SideB})", usage);
        }

        if (usage.OutletsA.Concat(usage.OutletsB).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new LearningInputException($"{verb} needs at least two outlets to cross-validate by outlet", usage);
        }
    }
}
