using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Framing.Corpus;

namespace Framing.Tests.Properties;

/// <summary>
/// Readers never crash on arbitrary bytes: every record becomes a document or a counted rejection, and a corpus that
/// cannot be read at all raises <see cref="CorpusException"/> (which the CLI turns into exit 2), never anything else.
/// </summary>
public sealed class ReaderProperties
{
    /// <summary>Bytes a corpus file is made of: structure of every format, UTF-8 (valid, truncated, invalid), anything.</summary>
    private static readonly Gen<byte[]> Fragments = Gen.Frequency(
        (3, Gen.Elements(
            "{\"id\":\"1\",\"outlet\":\"x\",\"text\":\"The regime.\"}\n", "{\"id\":\"2\",\"outlet\":\"y\",\"text\":\"قوات النظام\"}\n",
            "id,outlet,text\n", "1,x,The regime.\n", "2,y,\"rebels, \"\"quoted\"\"\"\n", "id\toutlet\ttext\n", "3\tz\tThe rebels.\n",
            "file,outlet\n", "a.txt,x\n", "missing.txt,y\n").Select(s => Encoding.UTF8.GetBytes(s))),
        (4, Gen.Elements(
            "{", "}", "[", "]", "\"", ",", ":", "\n", "\r\n", "\r", "\t", " ", "\\", "\\u00", "\\uD800", "\\n", "null", "true", "1e999", "-0",
            "\"id\"", "\"text\"", "\"outlet\"", "\"language\"", "id", "text", "outlet", "file", "language", "ar", "en",
            "a.txt", "../", "/", "sub/b.txt", "\"\"", "''", "The regime shelled the rebels.", "قوات النظام", "«", "»", "\u201C", "\u201D")
            .Select(s => Encoding.UTF8.GetBytes(s))),
        (1, Gen.Elements(
            new byte[] { 0xEF, 0xBB, 0xBF }, [0xFF, 0xFE], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x00], [0x80], [0xFF])),
        (1, Gen.Choose(0, 255).Select(b => new[] { (byte)b })));

    internal static readonly Arbitrary<ShownBytes> Files = Arb.From(
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(size * 2, 120))))
            .SelectMany(n => Gen.ArrayOf(Fragments, n))
            .SelectMany(parts => Gen.Elements(string.Empty, string.Empty, "id,outlet,text\n", "file,outlet\n", "id\toutlet\ttext\n")
                .Select(header => new ShownBytes([.. Encoding.UTF8.GetBytes(header), .. parts.SelectMany(p => p)]))),
        b => Shrink(b.Value).Select(v => new ShownBytes(v)));

    private static readonly CorpusFormat[] FileFormats = [CorpusFormat.JsonLines, CorpusFormat.Csv, CorpusFormat.Tsv, CorpusFormat.Manifest];

    [Property(MaxTest = 200)]
    public Property FileReadersCountEveryRecordOrRejectTheFile() => Prop.ForAll(Files, Gen.Elements(FileFormats).ToArbitrary(), (bytes, format) =>
    {
        var folder = Directory.CreateTempSubdirectory("framing-prop-");
        try
        {
            var path = Path.Combine(folder.FullName, format == CorpusFormat.Manifest ? "manifest.csv" : "corpus.txt");
            File.WriteAllBytes(path, bytes.Value);
            WriteManifestFiles(folder.FullName, bytes.Value);
            ReadAll(path, format);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    });

    [Property(MaxTest = 40)]
    public Property FolderReaderCountsEveryFile() => Prop.ForAll(Gen.ArrayOf(Files.Generator, 3).ToArbitrary(), files =>
    {
        var folder = Directory.CreateTempSubdirectory("framing-prop-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "outlet"));
            for (var i = 0; i < files.Length; i++)
            {
                File.WriteAllBytes(Path.Combine(folder.FullName, "outlet", $"{i}.txt"), files[i].Value);
            }

            var (documents, rejected) = ReadAll(folder.FullName, CorpusFormat.TextFolder);
            Assert.Equal(files.Length, documents + rejected);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    });

    /// <summary>The files a generated manifest may name: a.txt (valid text) and sub/b.txt (the same arbitrary bytes).</summary>
    internal static void WriteManifestFiles(string folder, byte[] bytes)
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "The regime shelled the rebels.");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllBytes(Path.Combine(folder, "sub", "b.txt"), bytes);
    }

    /// <summary>Reads every item; a CorpusException is an allowed outcome (the whole corpus rejected), any other exception fails.</summary>
    internal static (int Documents, int Rejected) ReadAll(string path, CorpusFormat format)
    {
        int documents = 0, rejected = 0;
        try
        {
            foreach (var item in CorpusReaderFactory.Open(path, format).Read())
            {
                if (item.Error is { } error)
                {
                    Assert.Null(item.Document);
                    Assert.False(string.IsNullOrEmpty(error.ToString()));
                    rejected++;
                }
                else
                {
                    Assert.NotNull(item.Document);
                    documents++;
                }
            }
        }
        catch (CorpusException e)
        {
            Assert.False(string.IsNullOrEmpty(e.Message));
            return (-1, -1);
        }

        return (documents, rejected);
    }

    private static IEnumerable<byte[]> Shrink(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            yield break;
        }

        yield return bytes[(bytes.Length / 2)..];
        yield return bytes[..(bytes.Length / 2)];
        for (var i = 0; i < bytes.Length && i < 64; i++)
        {
            yield return [.. bytes[..i], .. bytes[(i + 1)..]];
        }
    }

    /// <summary>File contents, shown as hex in FsCheck's failure report.</summary>
    /// <param name="Value">The bytes.</param>
    public sealed record ShownBytes(byte[] Value)
    {
        public override string ToString() => Value.Length == 0 ? "(empty)" : Convert.ToHexString(Value);
    }
}
