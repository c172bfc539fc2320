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

    /// <summary>No aliases.</summary>
    public static YamlAliasPlaces None { get; } = new();

    /// <summary>Records an alias, the child at <paramref name="index"/> of the collection that starts at
    /// <paramref name="parentStart"/> (in a mapping, keys and values count alike).</summary>
    internal void Add(Mark parentStart, int index, SourceLocation at) => _places[(parentStart.Line, parentStart.Column, index)] = at;

    /// <summary>Where the child at <paramref name="index"/> of <paramref name="parent"/> is written, when it is an alias; else null.</summary>
    /// <param name="parent">The sequence or mapping.</param>
    /// <param name="index">The child's index (in a mapping, keys and values count alike).</param>
    /// <returns>The alias's place, or null.</returns>
    public SourceLocation? Of(YamlNode parent, int index) =>
        _places.TryGetValue((parent.Start.Line, parent.Start.Column, index), out var at) ? at : null;
}
