namespace Framing.Lexicons;

/// <summary>One of the two framings a dimension opposes (or its neutral category). Compares by value, lists element by element.</summary>
/// <param name="Id">Identifier, unique within the dimension (for the neutral category always <c>neutral</c>).</param>
/// <param name="Label">Human-readable name.</param>
/// <param name="Description">What the framing says about its object.</param>
/// <param name="Examples">Example words or phrases.</param>
public sealed record Pole(string Id, string Label, string Description, IReadOnlyList<string> Examples)
{
    /// <summary>Example words or phrases (a read-only view: a pole is shared by the scorers of its lexicon).</summary>
    public IReadOnlyList<string> Examples { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Examples);

    /// <summary>The record's members as the compiler prints them (<c>Pole { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(Pole), PrintMembers);
}
