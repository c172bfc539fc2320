using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Statistics.Validation;

/// <summary>
/// The evidence that a lexicon measures what it claims, on a corpus of outlets of known leaning: per dimension and
/// composite (<see cref="Axes"/>), per outlet with leave-one-outlet-out figures (<see cref="Outlets"/>), and per entry
/// when asked (<see cref="Entries"/>). Produced by <see cref="LexiconValidator"/>.
/// </summary>
public sealed class ValidationReport
{
    internal ValidationReport(
        Lexicon lexicon,
        KnownLeanings leanings,
        SideSelection sides,
        ValidationOptions options,
        ValidationDocuments documents,
        IReadOnlyList<AxisValidation> axes,
        IReadOnlyList<OutletValidation> outlets,
        IReadOnlyList<EntryValidation> entries)
    {
        Lexicon = lexicon;
        Leanings = leanings;
        Sides = sides;
        Options = options;
        Documents = documents;
        Axes = ReadOnlyLists.Of(axes);
        Outlets = ReadOnlyLists.Of(outlets);
        Entries = ReadOnlyLists.Of(entries);
    }

    /// <summary>The lexicon.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Where the leanings came from.</summary>
    public KnownLeanings Leanings { get; }

    /// <summary>The leanings of each side.</summary>
    public SideSelection Sides { get; }

    /// <summary>The options of the run.</summary>
    public ValidationOptions Options { get; }

    /// <summary>How the documents were used.</summary>
    public ValidationDocuments Documents { get; }

    /// <summary>One row per dimension (lexicon order), then one per composite index (lexicon order).</summary>
    public IReadOnlyList<AxisValidation> Axes { get; }

    /// <summary>One row per dimension or composite and outlet: axes in the order of <see cref="Axes"/>; within an axis,
    /// side A's outlets, then side B's, each sorted by name (ordinal).</summary>
    public IReadOnlyList<OutletValidation> Outlets { get; }

    /// <summary>One row per lexicon entry (file order), then per actor scare marker and language; empty unless
    /// <see cref="ValidationOptions.Entries"/> was set.</summary>
    public IReadOnlyList<EntryValidation> Entries { get; }

    /// <summary>The row of a dimension or composite index.</summary>
    /// <param name="axis">Its id.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentException">No such dimension or composite.</exception>
    public AxisValidation Axis(string axis) =>
        Axes.FirstOrDefault(a => string.Equals(a.Axis, axis, StringComparison.Ordinal))
            ?? throw new ArgumentException($"unknown dimension or composite '{axis}'", nameof(axis));
}
