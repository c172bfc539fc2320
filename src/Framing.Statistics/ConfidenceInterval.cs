namespace Framing.Statistics;

/// <summary>
/// A confidence interval, or why there is none: the one interval type of the verbs' results (group scores, validation
/// figures). <see cref="Absence"/> says in a type why an interval is missing; <see cref="Note"/> says it in words, as the
/// output's <c>ci_note</c> column does.
/// </summary>
/// <param name="Lower">Lower limit, or null when there is no interval.</param>
/// <param name="Upper">Upper limit, or null when there is no interval.</param>
/// <param name="Absence">Why there is no interval (<see cref="IntervalAbsence.None"/> when there is one).</param>
/// <param name="Note">Why there is no interval, in words (empty when there is one).</param>
public sealed record ConfidenceInterval(double? Lower, double? Upper, IntervalAbsence Absence, string Note)
{
    /// <summary>Whether the interval exists.</summary>
    public bool HasInterval => Lower.HasValue && Upper.HasValue;

    /// <summary>An interval.</summary>
    /// <param name="lower">The lower limit.</param>
    /// <param name="upper">The upper limit.</param>
    /// <returns>The interval.</returns>
    public static ConfidenceInterval Of(double lower, double upper) => new(lower, upper, IntervalAbsence.None, string.Empty);

    /// <summary>No interval, and why.</summary>
    /// <param name="reason">Why, as a type.</param>
    /// <param name="note">Why, in words.</param>
    /// <returns>The absent interval.</returns>
    public static ConfidenceInterval Absent(IntervalAbsence reason, string note)
    {
        if (reason == IntervalAbsence.None)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "an absent interval needs a reason");
        }

        ArgumentNullException.ThrowIfNull(note);
        return new(null, null, reason, note);
    }

    /// <summary>The record's members as the compiler prints them (<c>ConfidenceInterval { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ConfidenceInterval), PrintMembers);
}
