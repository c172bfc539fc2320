using System.Text;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Parquet;
using Framing.Scoring;

namespace Framing.Fuzz;

/// <summary>
/// What the fuzzer feeds its input to, one target per reader or stage. A target returns when the input was handled as
/// the library promises: read into documents and counted rejections, or refused as a whole with the one exception type
/// the command line turns into an error line and exit code 2. Any other exception, or a broken promise (a document
/// that is neither scored nor rejected, a scorer whose results depend on what it scored before), escapes and is a
/// crash for the fuzzer.
/// </summary>
internal static partial class FuzzTargets
{
    /// <summary>The targets by name, as <c>Framing.Fuzz run NAME</c> takes them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["jsonl"] = bytes => ReadCorpus(bytes, CorpusFormat.JsonLines, ".jsonl"),
        ["csv"] = bytes => ReadCorpus(bytes, CorpusFormat.Csv, ".csv"),
        ["parquet"] = ReadParquet,
        ["lexicon"] = LoadLexicon,
        ["text"] = ScoreText,
        ["state"] = ReadState,
        ["liwc"] = bytes => ImportDictionary(bytes, ".dic"),
        ["quanteda"] = bytes => ImportDictionary(bytes, ".yml"),
        ["mapping"] = ImportWithMapping,
        ["known"] = ReadKnownLeanings,
    };

    // The shipped lexicon, compiled once (immutable), and a scorer that every input of a run goes through, so that a
    // result that depends on earlier inputs shows against a new scorer's. Made on the first input: instrumented code
    // may only run inside the fuzzer's loop.
    private static readonly Lazy<CompiledLexicon> SyriaLexicon = new(() => Lexicon.Load("syria-conflict").Compile());
    private static readonly Lazy<DocumentScorer> ReusedScorer = new(() => Syria.CreateScorer());

    private static CompiledLexicon Syria => SyriaLexicon.Value;

    private static DocumentScorer Reused => ReusedScorer.Value;

    /// <summary>Reads a corpus file of the format: every record a document or a rejection, or a CorpusException.</summary>
    private static void ReadCorpus(byte[] bytes, CorpusFormat format, string extension) =>
        WithFile(bytes, extension, path => Count(CorpusReaderFactory.Open(path, format)));

    private static void ReadParquet(byte[] bytes) =>
        WithFile(bytes, ".parquet", path => Count(new ParquetCorpusReader(path)));

    private static void Count(ICorpusReader reader)
    {
        try
        {
            foreach (var item in reader.Read())
            {
                if ((item.Document is null) == (item.Error is null))
                {
                    throw new FuzzFailure("an item is neither exactly a document nor exactly a rejection");
                }

                if (item.Document is { } document)
                {
                    _ = Reused.Score(document.Id, document.Text);
                }
            }
        }
        catch (CorpusException e) when (e.Message.Length > 0)
        {
            // Refused as a whole, with a message: exit 2.
        }
    }

    /// <summary>Parses the bytes as a lexicon's YAML and compiles it: a lexicon, or a LexiconException.</summary>
    private static void LoadLexicon(byte[] bytes)
    {
        Lexicon lexicon;
        try
        {
            lexicon = Lexicon.Parse(Encoding.UTF8.GetString(bytes), "fuzz.yaml");
        }
        catch (LexiconException e) when (e.Message.Length > 0)
        {
            return;
        }

        var compiled = lexicon.Compile();
        _ = compiled.CreateScorer().Score("fuzz", "The regime shelled the rebels. قوات النظام قصفت المعارضة.");
    }

    /// <summary>Scores the bytes as text twice, with the scorer of every input and a new one: the same result.</summary>
    private static void ScoreText(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var reused = Reused.Score("fuzz", text);
        var fresh = Syria.CreateScorer().Score("fuzz", text);
        if (!reused.Counts.Equals(fresh.Counts) || reused.Tokens != fresh.Tokens || reused.CoveredTokens != fresh.CoveredTokens
            || !reused.Matches.Select(m => m.ToString()).SequenceEqual(fresh.Matches.Select(m => m.ToString()), StringComparer.Ordinal))
        {
            throw new FuzzFailure("a scorer's result depends on the texts it scored before");
        }
    }

    private static void WithFile(byte[] bytes, string extension, Action<string> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"framing-fuzz-{Environment.ProcessId}{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>A promise the library broke on an input (a crash for the fuzzer).</summary>
/// <param name="message">Which promise.</param>
internal sealed class FuzzFailure(string message) : Exception(message);
