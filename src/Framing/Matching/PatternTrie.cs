using System.Runtime.CompilerServices;

namespace Framing.Matching;

/// <summary>
/// A trie over sequences of element ids (pattern words). Each node may end one or more entries. Immutable after
/// construction by <see cref="Builder"/>.
/// </summary>
internal sealed class PatternTrie
{
    // The root's children are indexed directly by element id (ids are dense); every other node keeps its edges as a
    // run of (element, child) pairs sorted by element in two flat arrays.
    private readonly int[] _rootChildren;
    private readonly int[] _edgeStart;
    private readonly int[] _edgeCount;
    private readonly int[] _edgeElements;
    private readonly int[] _edgeChildren;
    private readonly int[][] _terminals;

    private PatternTrie(int[] rootChildren, int[] edgeStart, int[] edgeCount, int[] edgeElements, int[] edgeChildren, int[][] terminals)
    {
        _rootChildren = rootChildren;
        _edgeStart = edgeStart;
        _edgeCount = edgeCount;
        _edgeElements = edgeElements;
        _edgeChildren = edgeChildren;
        _terminals = terminals;
    }

    public const int Root = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryStep(int node, int element, out int child)
    {
        if (node == Root)
        {
            child = (uint)element < (uint)_rootChildren.Length ? _rootChildren[element] : -1;
            return child >= 0;
        }

        var start = _edgeStart[node];
        var end = start + _edgeCount[node];
        for (var k = start; k < end; k++)
        {
            var e = _edgeElements[k];
            if (e == element)
            {
                child = _edgeChildren[k];
                return true;
            }

            if (e > element)
            {
                break;
            }
        }

        child = -1;
        return false;
    }

    /// <summary>The compiled-entry indices that end at <paramref name="node"/>.</summary>
    public int[] Terminals(int node) => _terminals[node];

    /// <summary>Whether a walk can go on from <paramref name="node"/> (it has edges).</summary>
    /// <param name="node">A node.</param>
    /// <returns>False for a node where only entries end.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasChildren(int node) => _edgeCount[node] != 0;

    public sealed class Builder
    {
        private readonly EdgeMap _edges = new();
        private readonly List<List<int>> _terminals = [[]];

        public void Add(IReadOnlyList<int> elements, int entry)
        {
            var node = Root;
            foreach (var element in elements)
            {
                var key = ((long)node << 32) | (uint)element;
                if (!_edges.TryGetValue(key, out var child))
                {
                    child = _terminals.Count;
                    _terminals.Add([]);
                    _edges.Add(key, child);
                }

                node = child;
            }

            _terminals[node].Add(entry);
        }

        public PatternTrie Build()
        {
            var nodes = _terminals.Count;
            var terminals = new int[nodes][];
            for (var i = 0; i < nodes; i++)
            {
                terminals[i] = [.. _terminals[i]];
            }

            // Every node's edges as one run, sorted by element (EdgeMap.ToRuns); the root's run is also copied to a
            // table indexed by element, which TryStep reads instead.
            _edges.ToRuns(nodes, 32, out var edgeStart, out var edgeCount, out var elements, out var children);
            var rootStart = edgeStart[Root];
            var rootCount = edgeCount[Root];
            var rootChildren = new int[rootCount == 0 ? 0 : elements[rootStart + rootCount - 1] + 1];
            for (var i = 0; i < rootChildren.Length; i++)
            {
                rootChildren[i] = -1;
            }

            for (var k = rootStart; k < rootStart + rootCount; k++)
            {
                rootChildren[elements[k]] = children[k];
            }

            return new PatternTrie(rootChildren, edgeStart, edgeCount, elements, children, terminals);
        }
    }
}
