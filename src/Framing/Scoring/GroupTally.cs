namespace Framing.Scoring;

/// <summary>
/// The summed figures of one group of documents (for example one outlet): documents, tokens, covered tokens and
/// match counts. Sums of integers, so adding documents in any order, or merging tallies of parts of a corpus, gives
/// exactly the same result.
/// </summary>
internal sealed class GroupTally
{
    /// <summary>Creates an empty tally.</summary>
    /// <param name="group">The group's value (for example the outlet's name).</param>
    /// <param name="dimensionCount">Number of dimensions of the lexicon.</param>
    /// <param name="bootstrap">Bootstrap settings, or null for no replicate sums.</param>
    public GroupTally(string group, int dimensionCount, BootstrapSettings? bootstrap = null)
    {
        Group = group ?? throw new ArgumentNullException(nameof(group));
        Counts = new FramingCounts(dimensionCount);
        Replicates = bootstrap is null ? null : new ReplicateSums(dimensionCount, bootstrap);
    }

    /// <summary>The group's value.</summary>
    public string Group { get; }

    /// <summary>Number of documents scored.</summary>
    public long Documents { get; private set; }

    /// <summary>Number of tokens in those documents.</summary>
    public long Tokens { get; private set; }

    /// <summary>Number of tokens inside at least one match.</summary>
    public long CoveredTokens { get; private set; }

    /// <summary>Match counts and weights per dimension, side and voice.</summary>
    public FramingCounts Counts { get; }

    /// <summary>The bootstrap replicate sums, when the tally keeps them.</summary>
    internal ReplicateSums? Replicates { get; }

    /// <summary>Adds one document's figures.</summary>
    /// <param name="document">The document's result.</param>
    /// <param name="identity">The document's identity (<see cref="DocumentSample.IdentityOf(string, Framing.Corpus.Document, ReadOnlySpan{char})"/>),
    /// which with its id keys its bootstrap weights (<see cref="PoissonResampling.KeyOf(ulong, string)"/>); any value for
    /// a tally without replicates.</param>
    public void Add(DocumentResult document, ulong identity)
    {
        ArgumentNullException.ThrowIfNull(document);
        Add(document.Id, document.Tokens, document.CoveredTokens, document.Counts, identity);
    }

    /// <summary>Adds one document's figures, given one by one.</summary>
    /// <param name="id">The document's id (which with its identity keys its bootstrap weights).</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="coveredTokens">Its tokens inside at least one match.</param>
    /// <param name="counts">Its counts (read, not kept).</param>
    /// <param name="identity">Its identity (see <see cref="Add(DocumentResult, ulong)"/>).</param>
    public void Add(string id, long tokens, long coveredTokens, FramingCounts counts, ulong identity)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(counts);
        Documents++;
        Tokens += tokens;
        CoveredTokens += coveredTokens;
        Counts.Add(counts);
        Replicates?.Add(identity, id, counts);
    }

    /// <summary>Adds another tally of the same group and lexicon.</summary>
    /// <param name="other">The other tally.</param>
    /// <exception cref="OverflowException">A sum exceeds a 64-bit count, or a sum of sums that rows pool would
    /// (<see cref="SumsFit"/>): figures no real corpus has, from a damaged or hand-edited state (this tally is then
    /// partly merged).</exception>
    public void Merge(GroupTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Documents = checked(Documents + other.Documents);
        Tokens = checked(Tokens + other.Tokens);
        CoveredTokens = checked(CoveredTokens + other.CoveredTokens);
        Counts.Merge(other.Counts);
        if (Replicates is not null && other.Replicates is not null)
        {
            Replicates.Merge(other.Replicates);
        }
        else if (Replicates is not null || other.Replicates is not null)
        {
            throw new ArgumentException("only one of the tallies has bootstrap replicates", nameof(other));
        }

        if (!SumsFit())
        {
            // Each figure fits, but a sum the rows are made of (a pole's voices, a composite's dimensions) would not.
            throw new OverflowException("a sum of the merged figures exceeds a 64-bit count");
        }
    }

    /// <summary>Whether every sum of the group's figures that its rows and intervals pool fits a 64-bit count
    /// (<see cref="FramingCounts.SumsFit"/>, <see cref="ReplicateSums.SumsFit"/>).</summary>
    /// <returns>Whether the sums fit.</returns>
    internal bool SumsFit() => Counts.SumsFit() && (Replicates?.SumsFit() ?? true);

    /// <summary>Adds raw totals (used when reading a saved state).</summary>
    /// <param name="documents">Documents.</param>
    /// <param name="tokens">Tokens.</param>
    /// <param name="coveredTokens">Covered tokens.</param>
    internal void AddTotals(long documents, long tokens, long coveredTokens)
    {
        Documents += documents;
        Tokens += tokens;
        CoveredTokens += coveredTokens;
    }
}
