using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Framing.Lexicons;

/// <summary>
/// Passes a YAML parser's events on to the tree loader and stops it, with a <see cref="YamlException"/> and the
/// <see cref="Problem"/> at the event's place, at a second document, at a mapping or sequence nested deeper than
/// <see cref="YamlLoader.MaxDepth"/>, and at an alias that names a node it is inside (a cycle), that names no earlier
/// anchor, that would nest deeper than the limit where it stands, or that brings the nodes repeated by aliases over
/// <see cref="YamlLoader.MaxAliasNodes"/>. The parser and scanner are not recursive; the tree loader is, and the
/// readers walk the tree (aliases included), so these limits keep both off the stack's edge and out of endless walks.
/// It also stops at an <see cref="ArgumentException"/> from the parser (a tag that is not a valid URI, such as
/// <c>!&lt;a+b&gt;</c> or <c>!!a+b</c>, found by fuzzing), placed where the scanner stopped.
/// </summary>
/// <param name="scanner">The scanner the guard's parser reads.</param>
/// <param name="sourceName">The name used in locations.</param>
/// <param name="what">What the file is, for the message about a second document.</param>
internal sealed class YamlEventGuard(Scanner scanner, string sourceName, string what) : IParser
{
    private static readonly string TooDeep = string.Create(CultureInfo.InvariantCulture, $"nesting too deep (more than {YamlLoader.MaxDepth} levels)");

    private readonly Parser _inner = new(scanner);
    private readonly List<Collection> _open = [];
    private readonly Dictionary<string, (int Height, long Nodes)> _anchors = new(StringComparer.Ordinal);
    private int _documents;
    private long _aliasNodes;

    /// <summary>Where the aliases stand, for messages about the nodes they repeat.</summary>
    public YamlAliasPlaces Aliases { get; } = new();

    /// <summary>The problem that stopped the loader, or null.</summary>
    public Diagnostic? Problem { get; private set; }

    /// <inheritdoc/>
    public ParsingEvent? Current => _inner.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        if (!ParserMoveNext())
        {
            return false;
        }

        switch (_inner.Current)
        {
            case DocumentStart start when ++_documents > 1:
                Fail(start, what + " holds one YAML document; found another here");
                break;
            case MappingStart or SequenceStart:
                var node = (NodeEvent)_inner.Current;
                if (_open.Count >= YamlLoader.MaxDepth)
                {
                    Fail(node, TooDeep);
                }

                _open.Add(new Collection(node.Anchor, node is MappingStart, node.Start));
                break;
            case MappingEnd or SequenceEnd:
                var done = _open[^1];
                if (done.IsMapping && done.Children % 2 == 1)
                {
                    // YamlDotNet's parser drops the value after an indented ':' with no key before it (" : 0", found
                    // by fuzzing): the mapping ends after a key, and its node loader would throw ArgumentException.
                    Fail(done.LastChildStart, "a key without a value (a ':' with no key before it?)");
                }

                _open.RemoveAt(_open.Count - 1);
                Completed(done.Anchor, done.Height + 1, done.Nodes + 1, done.Start);
                if (!done.Anchor.IsEmpty)
                {
                    Aliases.Anchor(done.Anchor.Value, done.Start, _inner.Current.End);
                }
                break;
            case Scalar scalar:
                Completed(scalar.Anchor, 0, 1, scalar.Start);
                if (!scalar.Anchor.IsEmpty)
                {
                    Aliases.Anchor(scalar.Anchor.Value, scalar.Start, scalar.End);
                }
                break;
            case AnchorAlias alias:
                Alias(alias);
                break;
        }

        return true;
    }

    /// <summary>
    /// The parser's next event. YamlDotNet's parser throws <see cref="ArgumentException"/> (not a
    /// <see cref="YamlException"/>) for a tag that is not a valid URI; that is an error in the text like any other.
    /// </summary>
    private bool ParserMoveNext()
    {
        try
        {
            return _inner.MoveNext();
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
            Fail(scanner.CurrentPosition, "invalid YAML: " + message);
            return false; // Not reached: Fail throws.
        }
    }

    private void Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Exists(c => !c.Anchor.IsEmpty && string.Equals(c.Anchor.Value, name, StringComparison.Ordinal)))
        {
            Fail(alias, $"alias *{name} is inside the node it names");
        }

        if (!_anchors.TryGetValue(name, out var target))
        {
            Fail(alias, $"alias *{name} names no anchor (&{name}) before it");
        }

        if (_open.Count + target.Height > YamlLoader.MaxDepth)
        {
            Fail(alias, TooDeep);
        }

        _aliasNodes += target.Nodes;
        if (_aliasNodes > YamlLoader.MaxAliasNodes)
        {
            Fail(alias, string.Create(CultureInfo.InvariantCulture, $"aliases repeat more than {YamlLoader.MaxAliasNodes} nodes"));
        }

        if (_open.Count > 0)
        {
            Aliases.Add(_open[^1].Start, _open[^1].Children, YamlLoader.At(sourceName, alias.Start));
        }

        Aliases.Use(name, YamlLoader.At(sourceName, alias.Start));
        Completed(AnchorName.Empty, target.Height, target.Nodes, alias.Start);
    }

    /// <summary>Adds a finished node (or an alias's copy) to the collection it is in and remembers its anchor.</summary>
    private void Completed(AnchorName anchor, int height, long nodes, Mark start)
    {
        if (_open.Count > 0)
        {
            var parent = _open[^1];
            parent.Height = Math.Max(parent.Height, height);
            parent.Nodes += nodes;
            parent.Children++;
            parent.LastChildStart = start;
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (height, nodes);
        }
    }

    [DoesNotReturn]
    private void Fail(ParsingEvent at, string message) => Fail(at.Start, at.End, message);

    [DoesNotReturn]
    private void Fail(Mark at, string message) => Fail(at, at, message);

    [DoesNotReturn]
    private void Fail(Mark start, Mark end, string message)
    {
        Problem = new Diagnostic(YamlLoader.At(sourceName, start), message);
        throw new YamlException(start, end, message);
    }

    /// <summary>
    /// An open mapping or sequence: its anchor, where it starts, and the height, node count and children (with where the
    /// last one starts) of what it holds so far.
    /// </summary>
    private sealed class Collection(AnchorName anchor, bool isMapping, Mark start)
    {
        public AnchorName Anchor { get; } = anchor;

        public bool IsMapping { get; } = isMapping;

        public Mark Start { get; } = start;

        public int Children { get; set; }

        public Mark LastChildStart { get; set; } = start;

        public int Height { get; set; }

        public long Nodes { get; set; }
    }
}
