namespace Framing.Learning;

/// <summary>
/// Exact document frequencies of the n-grams of one part of the vocabulary, in a table of bounded size. The parts are
/// the classes of a stable hash of the n-gram modulo a power of two, so that they depend on the n-grams only, never on
/// the order of the documents. When the table would hold more than its capacity it is emptied and marked
/// <see cref="Overflowed"/>: the part must be counted again as two halves.
/// </summary>
/// <param name="capacity">The most n-grams the table holds.</param>
/// <param name="part">Which n-grams are counted: those whose hash modulo <see cref="Part.Parts"/> is <see cref="Part.Index"/>.</param>
internal sealed class DocumentFrequencies(int capacity, DocumentFrequencies.Part part)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Whether the part held more distinct n-grams than the capacity (its counts are then empty).</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Each n-gram of the part and the number of documents it is in.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Counts a document's distinct n-grams (those of the part).</summary>
    public void AddDocument(IEnumerable<string> terms)
    {
        if (Overflowed)
        {
            return;
        }

        foreach (var term in terms)
        {
            if (part.Holds(term))
            {
                _counts[term] = _counts.GetValueOrDefault(term) + 1;
            }
        }

        if (_counts.Count > capacity)
        {
            Overflowed = true;
            _counts.Clear();
            _counts.TrimExcess();
        }
    }

    /// <summary>A part of the vocabulary: the n-grams whose stable hash modulo <paramref name="Parts"/> (a power of two) is
    /// <paramref name="Index"/>.</summary>
    /// <param name="Parts">The number of parts.</param>
    /// <param name="Index">This part's index.</param>
    internal readonly record struct Part(int Parts, int Index)
    {
        /// <summary>The whole vocabulary.</summary>
        public static Part Whole => new(1, 0);

        /// <summary>This part's two halves.</summary>
        public (Part Low, Part High) Halves() => (new Part(checked(Parts * 2), Index), new Part(checked(Parts * 2), Index + Parts));

        /// <summary>Whether an n-gram is in this part.</summary>
        public bool Holds(string term) => Parts == 1 || (int)(Hash(term) & (ulong)(Parts - 1)) == Index;

        /// <summary>FNV-1a over the UTF-16 code units, then MurmurHash3's finalizer (FNV's lowest bits alone are poorly
        /// mixed: its lowest bit is the parity of the code units' lowest bits): the same on every machine and in every process.</summary>
        private static ulong Hash(string term)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in term)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash ^= hash >> 33;
            hash *= 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 33;
            hash *= 0xC4CEB9FE1A85EC53UL;
            return hash ^ (hash >> 33);
        }
    }
}
