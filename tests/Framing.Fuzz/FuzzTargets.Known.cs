using Framing.Corpus;

namespace Framing.Fuzz;

// The known-leanings table of 'framing validate --known' (and calibrate, learn, report).
internal static partial class FuzzTargets
{
    /// <summary>
    /// Reads the bytes as a known-leanings CSV for a corpus named <c>corpus.jsonl</c> grouped by <c>outlet</c>: the
    /// leanings, or a CorpusException. A document of each group the table names gets that group's leaning.
    /// </summary>
    private static void ReadKnownLeanings(byte[] bytes) => WithFile(bytes, ".csv", path =>
    {
        KnownLeanings leanings;
        try
        {
            leanings = KnownLeanings.Load(path, "outlet", "corpus.jsonl");
        }
        catch (CorpusException e) when (e.Message.Length > 0)
        {
            return;
        }

        foreach (var (group, leaning) in leanings.Groups)
        {
            var document = new Document("d", new Dictionary<string, string>(StringComparer.Ordinal) { ["outlet"] = group }, "text", new DocumentSource("corpus.jsonl", 1));
            if (!string.Equals(leanings.LeaningOf(document, group), leaning, StringComparison.Ordinal)
                || leanings.DeclaredLeanings is not { } declared || !declared.Contains(leaning))
            {
                throw new FuzzFailure("a group of the known-leanings table does not get its leaning");
            }
        }
    });
}
