using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons.Import;

/// <summary>A key-value pair of a YAML mapping (<see cref="YamlMergeKeys.Pairs"/>).</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
/// <param name="KeyPlace">Where the key is written when that is not where its node stands (an alias, or inside a node
/// reached through one); null when it is.</param>
/// <param name="ValuePlace">The same for the value.</param>
internal readonly record struct YamlPair(YamlNode Key, YamlNode Value, SourceLocation? KeyPlace, SourceLocation? ValuePlace);
