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

    /// <summary>Refuses a member below its smallest value, naming the member (<c>options.Permutations</c>).</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="member">The member as the caller writes it, such as <c>options.Permutations</c>.</param>
    /// <param name="parameter">The name of the caller's parameter, which the exception names.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is below the minimum.</exception>
    public static void AtLeast(long value, long minimum, string member, string parameter)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(parameter, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{member} must be at least {minimum}, not {value}"));
        }
    }

    /// <summary>Refuses an enumeration member that is not one of its type's values (a cast integer), naming the member.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="value">The member's value.</param>
    /// <param name="member">The member as the caller writes it, such as <c>options.Adjustment</c>.</param>
    /// <param name="parameter">The name of the caller's parameter, which the exception names.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static void Defined<T>(T value, string member, string parameter)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameter, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{member} must be one of {string.Join(", ", Enum.GetNames<T>())}, not {value}"));
        }
    }

    /// <summary>Refuses a voice selection that selects no voice or holds bits of none, naming the member.</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="member">The member as the caller writes it, such as <c>options.Voices</c>.</param>
    /// <param name="parameter">The name of the caller's parameter, which the exception names.</param>
    /// <exception cref="ArgumentOutOfRangeException">The selection is empty or not made of the three voices.</exception>
    public static void Voices(Framing.Scoring.VoiceSelection value, string member, string parameter)
    {
        if (value == 0 || (value & ~Framing.Scoring.VoiceSelection.All) != 0)
        {
            throw new ArgumentOutOfRangeException(parameter, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{member} must be Editorial, Quoted, Attributed or a combination of them (All), not {(int)value}"));
        }
    }

    /// <summary>Refuses a null member, naming it (<c>request.Target must not be null</c>).</summary>
    /// <param name="value">The member's value.</param>
    /// <param name="member">The member as the caller writes it, such as <c>request.Target</c>.</param>
    /// <param name="parameter">The name of the caller's parameter, which the exception names.</param>
    /// <exception cref="ArgumentNullException">The member is null.</exception>
    public static void NotNull([System.Diagnostics.CodeAnalysis.NotNull] object? value, string member, string parameter)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameter, member + " must not be null");
        }
    }
}
