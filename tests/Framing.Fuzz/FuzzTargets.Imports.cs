using Framing.Lexicons;
using Framing.Lexicons.Import;

namespace Framing.Fuzz;

// What 'framing lexicons import' reads: a LIWC .dic or quanteda YAML dictionary, and a mapping file (--mapping).
internal static partial class FuzzTargets
{
    /// <summary>The dictionary the mapping target imports with the fuzzer's mapping (categories of its seeds).</summary>
    internal const string MappedDictionary = "%\n1\tthreat\n2\tresist\n3\tplain\n%\nterror*\t1\nbomb\t1\t3\nrebel*\t2\nfreedom fighter\t2\nsaid\t3\nقصف\t1\n";

    // Made on the first input, like the lexicons: instrumented code may only run inside the fuzzer's loop.
    private static readonly Lazy<ImportMetadata> FuzzMetadata = new(() => new("fuzz-import", ["en", "ar"]));

    private static ImportMetadata Metadata => FuzzMetadata.Value;

    /// <summary>
    /// Imports the bytes as a dictionary file with rules that map its first categories (as --map gives them): a
    /// lexicon, or an ImportException. The lexicon the import returns loads from its YAML and scores text.
    /// </summary>
    private static void ImportDictionary(byte[] bytes, string extension) => WithFile(bytes, extension, path =>
    {
        ImportedDictionary dictionary;
        try
        {
            dictionary = extension == ".dic" ? LiwcDictionaryReader.ReadFile(path) : QuantedaDictionaryReader.ReadFile(path);
        }
        catch (ImportException e) when (e.Message.Length > 0)
        {
            return;
        }

        string[] poles = ["pole-a", "pole-b", "neutral"];
        var rules = dictionary.Categories.Take(6).Select((c, i) => $"{c.Name}=fuzz-dimension/{poles[i % 3]}{(i >= 3 ? "@0.5" : string.Empty)}");
        Imported(() => LexiconImport.FromRules(path, rules, Metadata, rulesName: "--map"));
    });

    /// <summary>Imports a fixed LIWC dictionary with the bytes as the mapping file: a lexicon, or an ImportException.</summary>
    private static void ImportWithMapping(byte[] bytes) => WithFile(bytes, ".yaml", mapping =>
    {
        var dictionary = Path.Combine(Path.GetTempPath(), $"framing-fuzz-{Environment.ProcessId}.dic");
        File.WriteAllText(dictionary, MappedDictionary);
        try
        {
            Imported(() => LexiconImport.FromFile(dictionary, mapping, Metadata));
        }
        finally
        {
            File.Delete(dictionary);
        }
    });

    private static void Imported(Func<LexiconImportResult> import)
    {
        LexiconImportResult result;
        try
        {
            result = import();
        }
        catch (ImportException e) when (e.Message.Length > 0)
        {
            return;
        }

        // The importer promises a lexicon that loads: its YAML parses back (a LexiconException here is a broken promise).
        var reloaded = Lexicon.Parse(result.Yaml, "imported.yaml");
        if (reloaded.Entries.Count != result.Lexicon.Entries.Count)
        {
            throw new FuzzFailure("an imported lexicon's YAML does not load back to the same entries");
        }

        _ = result.Lexicon.Compile().CreateScorer().Score("fuzz", "The regime shelled the rebels; terrorists bombed. قوات النظام قصفت المعارضة.");
    }
}
