namespace Framing.Verbs;

/// <summary>Checks of a verb's request that name the request's member, not an internal parameter.</summary>
internal static class RequestRanges
{
    /// <summary>Refuses n-gram orders outside 1 ≤ MinimumN ≤ MaximumN ≤ 5 (the orders a term extractor counts).</summary>
    /// <param name="minimumN">The request's MinimumN.</param>
    /// <param name="maximumN">The request's MaximumN.</param>
    /// <param name="request">The name of the caller's request parameter, which the exception names.</param>
    /// <exception cref="ArgumentOutOfRangeException">The orders are out of range.</exception>
    public static void CheckNGrams(int minimumN, int maximumN, string request)
    {
        if (minimumN < 1 || maximumN < minimumN || maximumN > 5)
        {
            throw new ArgumentOutOfRangeException(request, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"request.MinimumN and MaximumN must satisfy 1 <= MinimumN <= MaximumN <= 5, not {minimumN} and {maximumN}"));
        }
    }
}
