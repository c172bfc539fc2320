namespace Framing.Lexicons;

/// <summary>
/// A named party to the conflict (an armed group, a government, a foreign state) and the names it goes by in each
/// language. Labels refer to actors: the target of a label is the actor named next to it (see
/// <c>TargetRule</c>), and a scare marker next to an actor's name counts for the pole its <c>Scare</c>
/// names.
/// Compares by value, lists element by element.</summary>
public sealed record Actor
{
    internal Actor(string id, string label, string description, IReadOnlyList<ActorName> names, ActorScare? scare, SourceLocation location)
    {
        Id = id;
        Label = label;
        Description = description;
        Names = ReadOnlyLists.Of(names);
        Scare = scare;
        Location = location;
    }

    /// <summary>Identifier, unique in the lexicon (lower-case letters, digits and '-').</summary>
    public string Id { get; }

    /// <summary>Human-readable name.</summary>
    public string Label { get; }

    /// <summary>Who the actor is, and where its line with other actors is contested.</summary>
    public string Description { get; }

    /// <summary>
    /// The actor's names, per language: patterns written like entry patterns (words, prefixes ending in <c>*</c>,
    /// phrases), normalized and matched the same way.
    /// </summary>
    internal IReadOnlyList<ActorName> Names { get; }

    /// <summary>What a scare marker next to one of the actor's names counts for, or null when it counts for nothing.</summary>
    internal ActorScare? Scare { get; }

    /// <summary>Where the actor is defined.</summary>
    public SourceLocation Location { get; }

    /// <summary>The record's members as the compiler prints them (<c>Actor { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(Actor), PrintMembers);
}

/// <summary>One name of an actor in one language.</summary>
/// <param name="Language">The language code.</param>
/// <param name="Pattern">The name as a pattern (word, prefix or phrase).</param>
/// <param name="Location">Where the name is written.</param>
internal sealed record ActorName(string Language, string Pattern, SourceLocation Location);

/// <summary>
/// What a scare marker next to an actor's name counts for: "so-called", «ما يسمى», or quotation marks around the lone
/// name where the lexicon's <see cref="ScareMarkers.Quotes"/> allows them.
/// </summary>
/// <param name="DimensionId">The dimension the marked name counts for.</param>
/// <param name="Side">The pole it counts for (A or B).</param>
/// <param name="WeightMilli">The weight in thousandths (1 to 1000).</param>
/// <param name="Location">Where the mapping is written.</param>
internal sealed record ActorScare(string DimensionId, PoleSide Side, int WeightMilli, SourceLocation Location)
{
    /// <summary>The weight, in (0, 1].</summary>
    public double Weight => WeightMilli / 1000.0;
}
