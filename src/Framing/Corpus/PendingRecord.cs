namespace Framing.Corpus;

/// <summary>
/// A record a reader has split off but not decoded yet (see <see cref="CorpusItem"/>'s deferred items): an object of
/// its own per record, which the item also locks while decoding it, so that decoding happens once.
/// </summary>
internal abstract class PendingRecord
{
    /// <summary>Decodes the record into an accepted or rejected item; called at most once.</summary>
    /// <param name="buffer">A buffer the text may be lent in (see <see cref="CorpusItem.DocumentForScoring"/>), or null
    /// for a text held as a string.</param>
    /// <returns>The decoded item.</returns>
    internal abstract CorpusItem Decode(LentText? buffer);
}
