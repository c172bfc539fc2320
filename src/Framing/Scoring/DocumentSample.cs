using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Framing.Corpus;

namespace Framing.Scoring;

/// <summary>
/// A fixed-size sample of the documents a tally counts, by which <c>framing merge</c> notices states that share
/// documents: the <see cref="Capacity"/> smallest distinct identities of the documents (a bottom-k sketch). A document's
/// identity is a 64-bit hash of its group, its own id and its text (of a long text, its length and its two ends)
/// (<see cref="IdentityOf(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char})"/>): the text, so that ids that
/// repeat from corpus to corpus ("1", "2") do not make different documents one; the id, so that two documents of one
/// outlet with the same text (an article published twice) stay two; but not an id that is only the document's place
/// (<c>file:line</c>, <see cref="OwnId"/>), which the same document saved in another file does not keep.
/// </summary>
/// <remarks>
/// <para>The sample is a set, so it does not depend on the order in which documents are added or samples united:
/// the sample of a merged tally is the sample of the union of its parts, whatever the parts and the degree of
/// parallelism. Its size does not grow with the corpus (2 KiB).</para>
/// <para>An identity in the samples of two tallies is a document of both (two different documents with one 64-bit
/// hash are not to be expected). When the samples of two tallies hold all their documents (fewer than
/// <see cref="Capacity"/> each), what they share is known exactly; otherwise the sample of their union is a uniform
/// random sample of it, and holds a shared document with near certainty when more than a few percent of the documents
/// are shared (at least one in 50: more than 99 % of the time).</para>
/// <para>Two documents of one group with the same text and no id of their own have one identity: the sample cannot
/// tell such a text repeated in a corpus from a document counted twice.</para>
/// </remarks>
internal sealed class DocumentSample
{
    /// <summary>The most identities kept.</summary>
    public const int Capacity = 256;

    private readonly ulong[] _identities = new ulong[Capacity]; // ascending; the first _count are kept
    private int _count;

    /// <summary>How many identities are kept: all the distinct identities counted, until there are
    /// <see cref="Capacity"/>.</summary>
    public int Count => _count;

    /// <summary>Whether the sample is full, so that it may lack identities of the documents counted.</summary>
    public bool IsFull => _count == Capacity;

    /// <summary>The identities kept, in ascending order.</summary>
    public ReadOnlySpan<ulong> Identities => _identities.AsSpan(0, _count);

    /// <summary>
    /// The identity of a document: XxHash3 of its text's UTF-16 code units, seeded with the XxHash3 of its group's and
    /// then of its id's, each seeding the next (so that a group, an id and a text are never read as others). Of a text
    /// longer than twice <see cref="EdgeCharacters"/>, only its length and its first and last
    /// <see cref="EdgeCharacters"/> characters are hashed: enough to tell documents apart (two texts of one group and id
    /// alike in length, head and tail are one document, edited or not), and it keeps the cost per document fixed (hashing
    /// whole texts took about a sixth of the run's time in a JIT build with a one-entry lexicon). The code units are
    /// hashed in the machine's order, little-endian on the platforms .NET runs on.
    /// </summary>
    public static ulong IdentityOf(ReadOnlySpan<char> group, ReadOnlySpan<char> id, ReadOnlySpan<char> text)
    {
        var seed = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(group));
        if (!id.IsEmpty)
        {
            seed = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(id), unchecked((long)seed));
        }

        if (text.Length > 2 * EdgeCharacters)
        {
            seed = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text[..EdgeCharacters]), unchecked((long)seed ^ text.Length));
            text = text[^EdgeCharacters..];
        }

        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text), unchecked((long)seed));
    }

    /// <summary>How many characters of each end of a long text its identity reads.</summary>
    internal const int EdgeCharacters = 64;

    /// <summary>The identity of a document of a corpus: of its group, its own id and its text.</summary>
    /// <param name="group">The document's group.</param>
    /// <param name="document">The document.</param>
    /// <param name="text">Its text, as scored.</param>
    /// <returns>The identity.</returns>
    public static ulong IdentityOf(string group, Document document, ReadOnlySpan<char> text) => IdentityOf(group, OwnId(document), text);

    /// <summary>
    /// A document's id when it is its own (an id field or column, a text folder's relative path, an id given in
    /// memory), or empty when it is only its place, <c>name:line</c> (a record without an id field): the same
    /// document copied into another file, or at another line, keeps its own id but not its place.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>Its own id, or empty.</returns>
    public static ReadOnlySpan<char> OwnId(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = document.Id.AsSpan();
        var file = Corpus.RecordMessages.PlaceName(document.Source.File.AsSpan());
        var line = document.Source.Line;
        var isPlace = line > 0
            && id.Length > file.Length + 1
            && id.StartsWith(file, StringComparison.Ordinal)
            && id[file.Length] == ':'
            && int.TryParse(id[(file.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number == line;
        return isPlace ? [] : id;
    }

    /// <summary>Adds a document's identity (nothing when it is there already, or larger than every identity kept in a
    /// full sample).</summary>
    /// <param name="identity">The identity (<see cref="IdentityOf(string, Document, ReadOnlySpan{char})"/>).</param>
    public void Add(ulong identity)
    {
        if (_count == Capacity && identity >= _identities[Capacity - 1])
        {
            return;
        }

        var at = _identities.AsSpan(0, _count).BinarySearch(identity);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        var kept = Math.Min(_count, Capacity - 1); // a full sample drops its largest
        _identities.AsSpan(at, kept - at).CopyTo(_identities.AsSpan(at + 1));
        _identities[at] = identity;
        _count = kept + 1;
    }

    /// <summary>Makes this sample the sample of the union of its documents and those of <paramref name="other"/>.</summary>
    /// <param name="other">The other sample.</param>
    public void UnionWith(DocumentSample other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            return;
        }

        foreach (var identity in other.Identities)
        {
            Add(identity);
        }
    }
}
