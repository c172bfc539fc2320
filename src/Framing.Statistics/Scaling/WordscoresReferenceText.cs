namespace Framing.Statistics.Scaling;

/// <summary>A reference text as fitted: its position, and its own raw score (what <c>predict(model)</c> gives it).</summary>
/// <param name="Name">The text's name.</param>
/// <param name="Position">Its known position.</param>
/// <param name="Score">Its raw score and standard error, computed from its unsmoothed counts, as quanteda scores the
/// reference texts of <c>object$x</c>; the Martin–Vanberg rescaling is anchored on these.</param>
public sealed record WordscoresReferenceText(string Name, double Position, WordscoresTextScore Score)
{
    /// <summary>The record's members as the compiler prints them (<c>WordscoresReferenceText { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(WordscoresReferenceText), PrintMembers);
}
