using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>
/// Where the aliases of a YAML document stand. The node tree puts the node an alias names in the alias's place, with
/// the anchor's position, so a message about the repeated node (a duplicate entry) would name the anchor's line; this
/// tells, for a child of a sequence or mapping, the place of the alias it came from.
/// </summary>
internal sealed class YamlAliasPlaces
{
    private readonly Dictionary<(long Line, long Column, int Index), SourceLocation> _places = [];

    // Each anchored node (its name and span) with the places of the aliases that repeat it, in the order written.
    private readonly List<(string Name, Mark Start, Mark End, List<SourceLocation> Uses)> _anchored = [];
    private readonly Dictionary<string, int> _latest = new(StringComparer.Ordinal);

    /// <summary>No aliases.</summary>
    public static YamlAliasPlaces None { get; } = new();

    /// <summary>Records an alias, the child at <paramref name="index"/> of the collection that starts at
    /// <paramref name="parentStart"/> (in a mapping, keys and values count alike).</summary>
    internal void Add(Mark parentStart, int index, SourceLocation at) => _places[(parentStart.Line, parentStart.Column, index)] = at;

    /// <summary>Records an anchored node, from <paramref name="start"/> to <paramref name="end"/>: a later alias of
    /// <paramref name="name"/> repeats it (until another node takes the name).</summary>
    internal void Anchor(string name, Mark start, Mark end)
    {
        _latest[name] = _anchored.Count;
        _anchored.Add((name, start, end, []));
    }

    /// <summary>Records an alias of <paramref name="name"/> written at <paramref name="at"/>.</summary>
    internal void Use(string name, SourceLocation at)
    {
        if (_latest.TryGetValue(name, out var index))
        {
            _anchored[index].Uses.Add(at);
        }
    }

    /// <summary>
    /// What a message about the node at <paramref name="at"/> adds when the node is inside an anchored node that aliases
    /// repeat (the innermost such): the tree gives the repeated node the anchor's place, so the message is about every
    /// use of it and names the aliases (<c> (in the node anchored &amp;name, which the alias at line 22, column 9
    /// repeats)</c>); empty otherwise.
    /// </summary>
    /// <param name="at">Where the message places the problem.</param>
    public string Note(SourceLocation at)
    {
        (string Name, List<SourceLocation> Uses)? innermost = null;
        foreach (var (name, start, end, uses) in _anchored)
        {
            if (uses.Count > 0 && Before(start.Line, start.Column, at.Line, at.Column) && Before(at.Line, at.Column, end.Line, end.Column))
            {
                innermost = (name, uses); // anchors are listed as their nodes end: an inner one before the one around it
                break;
            }
        }

        if (innermost is not { } found)
        {
            return string.Empty;
        }

        var places = string.Join("; ", found.Uses.Select(u => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {u.Line}, column {u.Column}")));
        return found.Uses.Count == 1
            ? $" (in the node anchored &{found.Name}, which the alias at {places} repeats)"
            : $" (in the node anchored &{found.Name}, which the aliases at {places} repeat)";
    }

    private static bool Before(long line, long column, long otherLine, long otherColumn) =>
        line < otherLine || (line == otherLine && column <= otherColumn);

    /// <summary>Where the child at <paramref name="index"/> of <paramref name="parent"/> is written, when it is an alias; else null.</summary>
    /// <param name="parent">The sequence or mapping.</param>
    /// <param name="index">The child's index (in a mapping, keys and values count alike).</param>
    /// <returns>The alias's place, or null.</returns>
    public SourceLocation? Of(YamlNode parent, int index) =>
        _places.TryGetValue((parent.Start.Line, parent.Start.Column, index), out var at) ? at : null;
}
