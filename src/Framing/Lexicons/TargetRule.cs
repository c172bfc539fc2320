namespace Framing.Lexicons;

/// <summary>
/// Which targets a label may have to count: the actor a label refers to must be one of <see cref="Require"/>, or must
/// not be one of <see cref="Forbid"/> (a rule has one of the two lists). Labels without an actor in reach follow the
/// <see cref="TargetDefault"/> of the entry or dimension.
/// </summary>
/// <param name="Require">Actor ids a target must be one of (empty when the rule forbids).</param>
/// <param name="Forbid">Actor ids a target must not be (empty when the rule requires).</param>
/// <param name="Location">Where the rule is written.</param>
internal sealed record TargetRule(IReadOnlyList<string> Require, IReadOnlyList<string> Forbid, SourceLocation Location)
{
    /// <summary>Actor ids a target must be one of (a read-only list, compared element by element, so that an entry
    /// holding the rule compares by value).</summary>
    public IReadOnlyList<string> Require { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Require);

    /// <summary>Actor ids a target must not be (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> Forbid { get; init => field = ReadOnlyLists.Of(value); } = ReadOnlyLists.Of(Forbid);

    /// <summary>Whether a label aimed at <paramref name="actorId"/> counts under this rule.</summary>
    /// <param name="actorId">The target's actor id.</param>
    /// <returns>True when the target is required, or not forbidden.</returns>
    public bool Allows(string actorId) =>
        Require.Count > 0 ? Require.Contains(actorId, StringComparer.Ordinal) : !Forbid.Contains(actorId, StringComparer.Ordinal);
}

/// <summary>What happens to a label that has no actor in reach.</summary>
internal enum TargetDefault
{
    /// <summary>The label counts.</summary>
    Count = 0,

    /// <summary>The label does not count (it is recorded as off target).</summary>
    Ignore = 1,
}
