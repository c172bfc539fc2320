using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Framing.Benchmarks;

/// <summary>One document of the invented sample corpus.</summary>
internal sealed record SampleDocument(string Id, string Outlet, string Language, string Text);

/// <summary>
/// Benchmark inputs built from the invented sample corpus embedded in the Framing assembly
/// (resource <c>Framing.Samples.sample-corpus.jsonl</c>: 12 Arabic and 12 English short articles).
/// Everything is deterministic, so the host process (which computes the throughput columns) and the benchmark
/// process see exactly the same inputs.
/// </summary>
internal static class SampleCorpus
{
    /// <summary>The manifest resource name of the sample corpus in the Framing assembly.</summary>
    public const string ResourceName = "Framing.Samples.sample-corpus.jsonl";

    /// <summary>The separator used to join sample documents into one article (a paragraph break).</summary>
    public const string ParagraphBreak = "\n\n";

    /// <summary>Size of the in-memory JSON Lines corpus of the end-to-end benchmarks (before rounding up to whole copies).</summary>
    public const int RepeatedCorpusTargetBytes = 4 * 1024 * 1024;

    private static readonly Lazy<byte[]> LazyJsonLines = new(ReadResource);
    private static readonly Lazy<SampleDocument[]> LazyDocuments = new(() => Parse(LazyJsonLines.Value));
    private static readonly Lazy<(byte[] Bytes, int Documents)> LazyRepeated = new(() => BuildRepeated(RepeatedCorpusTargetBytes));

    /// <summary>The sample corpus file, as UTF-8 bytes.</summary>
    public static byte[] JsonLines => LazyJsonLines.Value;

    /// <summary>The sample documents in file order.</summary>
    public static IReadOnlyList<SampleDocument> Documents => LazyDocuments.Value;

    /// <summary>
    /// The in-memory JSON Lines corpus of the end-to-end benchmarks: the sample corpus repeated until it reaches
    /// <see cref="RepeatedCorpusTargetBytes"/>, each copy with distinct ids (<c>al-mirsad-01~17</c>).
    /// </summary>
    public static byte[] RepeatedJsonLines => LazyRepeated.Value.Bytes;

    /// <summary>The number of documents in <see cref="RepeatedJsonLines"/>.</summary>
    public static int RepeatedDocumentCount => LazyRepeated.Value.Documents;

    /// <summary>The sample documents of one language (<c>ar</c> or <c>en</c>).</summary>
    public static SampleDocument[] DocumentsIn(string language) =>
        [.. Documents.Where(d => string.Equals(d.Language, language, StringComparison.Ordinal))];

    /// <summary>
    /// A realistic long news article in one language: the sample documents of that language joined with paragraph
    /// breaks (Arabic: 6,591 characters, 12,007 UTF-8 bytes, 1,111 tokens; English: 8,158 characters and bytes,
    /// 1,314 tokens).
    /// </summary>
    public static string Article(string language) => string.Join(ParagraphBreak, DocumentsIn(language).Select(d => d.Text));

    private static byte[] ReadResource()
    {
        using var stream = typeof(Framing.Lexicons.Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the Framing assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static SampleDocument[] Parse(byte[] jsonLines)
    {
        var documents = new List<SampleDocument>();
        foreach (var line in Encoding.UTF8.GetString(jsonLines).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            documents.Add(new SampleDocument(
                root.GetProperty("id").GetString()!,
                root.GetProperty("outlet").GetString()!,
                root.GetProperty("language").GetString()!,
                root.GetProperty("text").GetString()!));
        }

        return [.. documents];
    }

    /// <summary>Rewrites every line of the sample corpus with the id suffixed by <c>~copy</c>, until the target size is reached.</summary>
    private static (byte[] Bytes, int Documents) BuildRepeated(int targetBytes)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var lines = Encoding.UTF8.GetString(JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        using var output = new MemoryStream(targetBytes + (2 * JsonLines.Length));
        var documents = 0;
        for (var copy = 1; output.Length < targetBytes; copy++)
        {
            foreach (var line in lines)
            {
                var node = JsonNode.Parse(line)!.AsObject();
                node["id"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{node["id"]!.GetValue<string>()}~{copy}");
                var bytes = Encoding.UTF8.GetBytes(node.ToJsonString(options) + "\n");
                output.Write(bytes);
                documents++;
            }
        }

        return (output.ToArray(), documents);
    }
}
