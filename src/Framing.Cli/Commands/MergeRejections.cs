using Framing.Scoring;

namespace Framing.Cli.Commands;

/// <summary>
/// The rejections a merged state keeps, in <see cref="StateOrder"/> (shard by shard, each shard's in its corpus
/// order), whatever the order in which the states are read: the first <see cref="CorpusTally.MaxKeptRejections"/> in
/// that order. Each state keeps the first of its own, so these are the first of the states' kept rejections, and
/// memory holds at most that many, however many states there are.
/// </summary>
internal sealed class MergeRejections
{
    private readonly List<(StateOrder Order, Diagnostic Rejection)> _kept = [];

    /// <summary>The rejections kept, in order.</summary>
    public IReadOnlyList<Diagnostic> Kept => _kept.ConvertAll(static k => k.Rejection);

    /// <summary>Adds the rejections of a state in its place.</summary>
    /// <param name="order">The state's place.</param>
    /// <param name="rejections">Its kept rejections, in its corpus order.</param>
    public void Add(StateOrder order, IReadOnlyList<Diagnostic> rejections)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(rejections);

        // After every state placed before it or in the same place (those rejections were read first).
        var at = _kept.Count;
        while (at > 0 && _kept[at - 1].Order.CompareTo(order) > 0)
        {
            at--;
        }

        var room = CorpusTally.MaxKeptRejections - at;
        if (rejections.Count == 0 || room <= 0)
        {
            return;
        }

        var adding = Math.Min(room, rejections.Count);
        var added = new (StateOrder, Diagnostic)[adding];
        for (var i = 0; i < adding; i++)
        {
            added[i] = (order, rejections[i]);
        }

        _kept.InsertRange(at, added);
        if (_kept.Count > CorpusTally.MaxKeptRejections)
        {
            _kept.RemoveRange(CorpusTally.MaxKeptRejections, _kept.Count - CorpusTally.MaxKeptRejections);
        }
    }
}
