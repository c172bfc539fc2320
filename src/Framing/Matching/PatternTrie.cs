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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

            // The root's children go to a table indexed by element; every other node's edges to one run per node (in
            // node order), sorted by element. Counted, placed, then sorted run by run, with arrays only: generic
            // collections of tuples had to be compiled at every start.
            var maxRootElement = -1;
            var edgeCount = new int[nodes];
            for (var e = 0; e < _edges.Count; e++)
            {
                var key = _edges.KeyAt(e);
                var node = (int)(key >> 32);
                if (node == Root)
                {
                    maxRootElement = Math.Max(maxRootElement, (int)(uint)key);
                }
                else
                {
                    edgeCount[node]++;
                }
            }

            var rootChildren = new int[maxRootElement + 1];
            for (var i = 0; i < rootChildren.Length; i++)
            {
                rootChildren[i] = -1;
            }

            var edgeStart = new int[nodes];
            var filled = new int[nodes];
            var total = 0;
            for (var n = 0; n < nodes; n++)
            {
                edgeStart[n] = edgeCount[n] > 0 ? total : 0;
                filled[n] = total;
                total += edgeCount[n];
            }

            var elements = new int[total];
            var children = new int[total];
            for (var e = 0; e < _edges.Count; e++)
            {
                var key = _edges.KeyAt(e);
                var node = (int)(key >> 32);
                var element = (int)(uint)key;
                if (node == Root)
                {
                    rootChildren[element] = _edges.ValueAt(e);
                }
                else
                {
                    var at = filled[node]++;
                    elements[at] = element;
                    children[at] = _edges.ValueAt(e);
                }
            }

            for (var n = 0; n < nodes; n++)
            {
                SortRun(elements, children, edgeStart[n], edgeCount[n]);
            }

            return new PatternTrie(rootChildren, edgeStart, edgeCount, elements, children, terminals);
        }

        /// <summary>Sorts one node's edges by element (insertion sort: a node other than the root has few).</summary>
        private static void SortRun(int[] elements, int[] children, int start, int count)
        {
            for (var i = start + 1; i < start + count; i++)
            {
                var element = elements[i];
                var child = children[i];
                var j = i - 1;
                for (; j >= start && elements[j] > element; j--)
                {
                    elements[j + 1] = elements[j];
                    children[j + 1] = children[j];
                }

                elements[j + 1] = element;
                children[j + 1] = child;
            }
        }
    }
}
