using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;

namespace Framing.Cli.Commands;

/// <summary>
/// The options that say which outlets are on which side (<c>--known</c> or <c>--known-field</c>, <c>--side-a</c>,
/// <c>--side-b</c>), declared, worded and checked once for every command that takes them (validate, calibrate, learn,
/// report).
/// </summary>
internal static class KnownSides
{
    /// <summary><c>--known FILE</c>.</summary>
    public static Option<string?> Known { get; } = Option.OptionalText("known", "CSV of each group's known leaning: a column named as --by (or 'group') and 'leaning'.", "FILE");

    /// <summary><c>--known-field FIELD</c>.</summary>
    public static Option<string?> KnownField { get; } = Option.OptionalText("known-field", "Read each document's leaning from this field instead of --known.", "FIELD");

    /// <summary><c>--side-a LEANINGS</c>.</summary>
    public static Option<string?> SideA { get; } = Option.OptionalText("side-a", "Leanings of pole A's camp, comma-separated (e.g. pro-damascus).", "LEANINGS");

    /// <summary><c>--side-b LEANINGS</c>.</summary>
    public static Option<string?> SideB { get; } = Option.OptionalText("side-b", "Leanings of pole B's camp, comma-separated (e.g. anti-damascus,anti-damascus-gulf).", "LEANINGS");

    public static OptionSpec[] Options { get; } = [Known, KnownField, SideA, SideB];

    /// <summary>Whether any of the options is given (for commands where they are optional).</summary>
    public static bool AnyGiven(ParsedArguments args) =>
        Options.Any(args.IsGiven);

    /// <summary>The two camps of --side-a and --side-b (exit 2 when one is missing or they overlap).</summary>
    public static SideSelection Parse(ParsedArguments args, string command)
    {
        var a = args.Get(SideA) ?? throw new UsageException($"'framing {command}' needs --side-a: the leanings of pole A's camp (e.g. --side-a pro-damascus)");
        var b = args.Get(SideB) ?? throw new UsageException($"'framing {command}' needs --side-b: the leanings of pole B's camp (e.g. --side-b anti-damascus)");
        try
        {
            return SideSelection.Parse(a, b);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--side-a/--side-b: " + e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>The known leanings of --known FILE or --known-field FIELD (exactly one); a side's leaning that no row
    /// of the file names is a typing mistake (exit 2), not an empty camp.</summary>
    public static KnownLeanings Leanings(CliContext context, ParsedArguments args, string command, string corpus, string groupField, SideSelection sides)
    {
        var file = args.Get(Known);
        var field = args.Get(KnownField);
        if (file is not null && field is not null)
        {
            throw new UsageException($"'framing {command}' takes the known leanings from --known FILE or from --known-field FIELD, not both");
        }

        if (file is null && field is null)
        {
            throw new UsageException($"'framing {command}' needs the known leanings: --known FILE or --known-field FIELD (one of them)");
        }

        if (field is not null)
        {
            return KnownLeanings.FromField(field);
        }

        context.NoteInput(file!, "the known leanings (--known)");
        var leanings = KnownLeanings.Load(file!, groupField, CorpusFileName.Of(corpus));
        if (leanings.Groups.Where(p => p.Value.Contains(',', StringComparison.Ordinal)).OrderBy(p => leanings.Lines?.GetValueOrDefault(p.Key) ?? 0).FirstOrDefault() is { Key: not null } comma)
        {
            // --side-a and --side-b separate leanings with commas: this one (of this corpus's rows) could never be chosen.
            var line = leanings.Lines?.GetValueOrDefault(comma.Key) ?? 0;
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{file}{(line > 0 ? $":{line}" : string.Empty)}: leaning '{RecordMessages.NameOnOneLine(comma.Value)}' holds a comma, which separates the leanings of a side (--side-a, --side-b): rename it"));
        }

        // The leanings of this corpus's rows (not those a shared table's corpus column gives other corpora).
        if (CaseNearMiss(leanings.Groups.Values.Distinct(StringComparer.Ordinal), sides) is { } near)
        {
            var group = leanings.Groups.Where(p => string.Equals(p.Value, near.Leaning, StringComparison.Ordinal)).Select(p => p.Key).Order(StringComparer.Ordinal).FirstOrDefault();
            var place = group is not null && leanings.Lines?.GetValueOrDefault(group) is > 0 and var line ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}") : file;
            throw new InputException(
                $"{place}: leaning '{RecordMessages.NameOnOneLine(near.Leaning)}'{(group is null ? string.Empty : $" (group '{RecordMessages.NameOnOneLine(group)}')")} {NearMissReason(near)}");
        }

        if (sides.MissingFrom(leanings.DeclaredLeanings!) is [var missing, ..])
        {
            throw new InputException(
                $"{file}: no row has leaning '{RecordMessages.NameOnOneLine(missing.Leaning)}' (from --side-{(missing.Side == KnownSide.A ? "a" : "b")}); the file's leanings: {string.Join(", ", leanings.DeclaredLeanings!.Order(System.StringComparer.Ordinal).Select(RecordMessages.NameOnOneLine))}");
        }

        return leanings;
    }

    /// <summary>A note with the summary (hidden by --quiet) naming the groups of the known-leanings file that have no
    /// document in the corpus, at most ten: a typing mistake there leaves an outlet out of its side, while a table of
    /// outlets shared by several corpora names some that a corpus lacks, so it is a note, not a warning.</summary>
    public static void NoteGroupsNotInCorpus(ParsedArguments args, CliContext context, KnownLeanings leanings, IReadOnlyList<string> groups, string corpus)
    {
        if (groups.Count == 0 || QuietOption.IsSet(args))
        {
            return;
        }

        var shown = string.Join(", ", groups.Take(10).Select(g => "'" + RecordMessages.NameOnOneLine(g) + "'")) + (groups.Count > 10 ? string.Create(CultureInfo.InvariantCulture, $" and {groups.Count - 10} more") : string.Empty);
        context.Error.WriteLine($"framing: note: {leanings.Source}: {Counted.Of(groups.Count, "group")} with a known leaning {(groups.Count == 1 ? "has" : "have")} no document in {corpus} (check for a typing mistake): {shown}");
    }

    /// <summary>
    /// After reading: every leaning named by --side-a/--side-b with --known-field was seen, and each side has documents
    /// (exit 2 otherwise, naming the leanings found).
    /// </summary>
    public static void CheckSidesSeen(string[] seen, long sideA, long sideB, KnownLeanings leanings, SideSelection sides, string corpus)
    {
        if (leanings.Field is { } withComma && seen.FirstOrDefault(l => l.Contains(',', StringComparison.Ordinal)) is { } comma)
        {
            // --side-a and --side-b separate leanings with commas: this one could never be chosen (as in a --known file).
            throw new InputException($"{corpus}: leaning '{RecordMessages.NameOnOneLine(comma)}' in field \"{withComma}\" holds a comma, which separates the leanings of a side (--side-a, --side-b): rename it");
        }

        if (leanings.Field is { } named && CaseNearMiss(seen, sides) is { } near)
        {
            throw new InputException($"{corpus}: leaning '{RecordMessages.NameOnOneLine(near.Leaning)}' in field \"{named}\" {NearMissReason(near)}");
        }

        if (leanings.Field is { } field && sides.MissingFrom(seen) is [var missing, ..])
        {
            throw new InputException(
                $"{corpus}: no document has leaning '{missing.Leaning}' in field \"{field}\" (from --side-{(missing.Side == KnownSide.A ? "a" : "b")}); leanings found: {Found(seen)}");
        }

        foreach (var (side, count) in new[] { (KnownSide.A, sideA), (KnownSide.B, sideB) })
        {
            if (count == 0)
            {
                var name = side == KnownSide.A ? "a" : "b";
                throw new InputException(
                    $"{corpus}: no side-{name.ToUpperInvariant()} documents: no document's leaning is {string.Join(" or ", sides.Of(side))} (--side-{name}; leanings found: {Found(seen)})");
            }
        }
    }

    /// <summary>
    /// A leaning of the source that is on neither side but equals a side's leaning ignoring case (<c>Pro-Damascus</c>
    /// against <c>--side-a pro-damascus</c>): leanings are compared exactly, as group names are, so its documents would
    /// fall outside both sides; the first such leaning in ordinal order, or null.
    /// </summary>
    private static (string Leaning, string Side, KnownSide Which)? CaseNearMiss(IEnumerable<string> leanings, SideSelection sides)
    {
        foreach (var leaning in leanings.Order(StringComparer.Ordinal))
        {
            if (sides.SideOf(leaning) is not null)
            {
                continue;
            }

            foreach (var which in new[] { KnownSide.A, KnownSide.B })
            {
                if (sides.Of(which).FirstOrDefault(l => string.Equals(l, leaning, StringComparison.OrdinalIgnoreCase)) is { } side)
                {
                    return (leaning, side, which);
                }
            }
        }

        return null;
    }

    private static string NearMissReason((string Leaning, string Side, KnownSide Which) near) =>
        $"differs only in case from '{RecordMessages.NameOnOneLine(near.Side)}' (--side-{(near.Which == KnownSide.A ? "a" : "b")}); leanings are compared exactly, as group names are: write them the same way";

    private static string Found(string[] leanings) => leanings.Length == 0 ? "none" : string.Join(", ", leanings);
}
