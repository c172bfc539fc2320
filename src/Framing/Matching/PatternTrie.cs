namespace Framing.Matching;

/// <summary>
/// A trie over sequences of element ids (pattern words). Each node may end one or more entries. Immutable after
/// construction by <see cref="Builder"/>.
/// </summary>
internal sealed class PatternTrie
{
    private readonly Dictionary<long, int> _edges;
    private readonly int[][] _terminals;

    private PatternTrie(Dictionary<long, int> edges, int[][] terminals)
    {
        _edges = edges;
        _terminals = terminals;
    }

    public const int Root = 0;

    public bool TryStep(int node, int element, out int child) => _edges.TryGetValue(((long)node << 32) | (uint)element, out child);

    /// <summary>The compiled-entry indices that end at <paramref name="node"/>.</summary>
    public int[] Terminals(int node) => _terminals[node];

    public sealed class Builder
    {
        private readonly Dictionary<long, int> _edges = [];
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
                    _edges[key] = child;
                }

                node = child;
            }

            _terminals[node].Add(entry);
        }

        public PatternTrie Build()
        {
            var terminals = new int[_terminals.Count][];
            for (var i = 0; i < terminals.Length; i++)
            {
                terminals[i] = [.. _terminals[i]];
            }

            return new PatternTrie(new Dictionary<long, int>(_edges), terminals);
        }
    }
}
