using Framing.Lexicons;
using Framing.Text;

namespace Framing.Tests.Lexicons;

public sealed class LexiconCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "framing-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Version(string version) =>
        TestLexicon.Yaml(TestLexicon.Entry("en", "rebels", "opposition", "rebel")).Replace("version: 1.0.0", "version: " + version, StringComparison.Ordinal);

    [Fact]
    public void TheFirstLoadWritesAnImageAndTheNextOneReadsIt()
    {
        var cache = new LexiconCache(_folder);
        var yaml = Version("1.0.0");

        var first = cache.Parse(yaml, "a.yaml", LanguageRegistry.Default);
        Assert.True(File.Exists(cache.PathFor("a.yaml")));
        LexiconDeepEquality.AssertSame(Lexicon.Parse(yaml, "a.yaml"), first);

        // An image stored for this text is what the next load returns: here a deliberately different lexicon, which
        // shows that the YAML is not parsed again.
        cache.Store(yaml, "a.yaml", Lexicon.Parse(Version("9.9.9"), "a.yaml"));
        Assert.Equal("9.9.9", cache.Parse(yaml, "a.yaml", LanguageRegistry.Default).Metadata.Version);
    }

    [Fact]
    public void AChangedTextOrAnotherSourceIsAMiss()
    {
        var cache = new LexiconCache(_folder);
        cache.Parse(Version("1.0.0"), "a.yaml", LanguageRegistry.Default);

        Assert.Equal("2.0.0", cache.Parse(Version("2.0.0"), "a.yaml", LanguageRegistry.Default).Metadata.Version);
        Assert.Equal("2.0.0", cache.Parse(Version("2.0.0"), "a.yaml", LanguageRegistry.Default).Metadata.Version);
        var other = cache.Parse(Version("2.0.0"), "b.yaml", LanguageRegistry.Default);
        Assert.Equal("b.yaml", other.SourceName);
        Assert.Equal("b.yaml", other.Entries[0].Location.File);
        Assert.NotEqual(cache.PathFor("a.yaml"), cache.PathFor("b.yaml"));
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("flip")]
    [InlineData("flip-last")] // the image's last byte, read by the checksum's tail loop unless the length is a multiple of 8
    [InlineData("empty")]
    public void ADamagedImageIsAMissAndIsWrittenAgain(string damage)
    {
        var cache = new LexiconCache(_folder);
        var yaml = Version("1.0.0");
        cache.Parse(yaml, "a.yaml", LanguageRegistry.Default);
        var path = cache.PathFor("a.yaml");
        var good = File.ReadAllBytes(path);
        var bad = damage switch
        {
            "truncate" => good[..(good.Length - 40)],
            "flip" => [.. good[..^30], (byte)(good[^30] ^ 0x10), .. good[^29..]],
            "flip-last" => [.. good[..^1], (byte)(good[^1] ^ 0x01)],
            _ => [],
        };
        File.WriteAllBytes(path, bad);

        var lexicon = cache.Parse(yaml, "a.yaml", LanguageRegistry.Default);

        LexiconDeepEquality.AssertSame(Lexicon.Parse(yaml, "a.yaml"), lexicon);
        Assert.Equal(good, File.ReadAllBytes(path));
    }

    [Fact]
    public void AnInvalidLexiconOrAnotherLanguageRegistryIsNeverCached()
    {
        var cache = new LexiconCache(_folder);
        Assert.Throws<LexiconException>(() => cache.Parse("id: broken\n", "bad.yaml", LanguageRegistry.Default));

        var registry = LanguageRegistry.Default.With(LanguageRegistry.Default.Get("en") with { Code = "xx" });
        cache.Parse(Version("1.0.0"), "other.yaml", registry);

        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFileSystemEntries(_folder).Any());
    }

    [Fact]
    public void AFolderThatCannotBeWrittenStillLoads()
    {
        Directory.CreateDirectory(_folder);
        var blocked = Path.Combine(_folder, "a-file");
        File.WriteAllText(blocked, "not a folder");
        var cache = new LexiconCache(blocked);

        Assert.Equal("1.0.0", cache.Parse(Version("1.0.0"), "a.yaml", LanguageRegistry.Default).Metadata.Version);
        Assert.Equal(["a-file"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void AFileIsKnownByItsBytesNotByItsDecodedText()
    {
        var cache = new LexiconCache(_folder);
        var yaml = Version("1.0.0");
        var file = Path.Combine(_folder, "a.yaml");
        Directory.CreateDirectory(_folder);
        byte[] withMark = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(yaml)];
        File.WriteAllBytes(file, withMark);

        Assert.Equal("1.0.0", Lexicon.Load(file, LanguageRegistry.Default, cache).Metadata.Version);
        var imageBytes = File.ReadAllBytes(cache.PathFor(file));
        Assert.True(imageBytes.AsSpan().IndexOf(withMark) > 0); // the image holds the file's bytes as they are

        // An image stored for these very bytes is what the next load returns (a deliberately different lexicon).
        cache.Store(withMark, file, Lexicon.Parse(Version("9.9.9"), file));
        Assert.Equal("9.9.9", Lexicon.Load(file, LanguageRegistry.Default, cache).Metadata.Version);

        // The same text without the byte-order mark is other bytes: a miss, parsed and stored again.
        File.WriteAllBytes(file, System.Text.Encoding.UTF8.GetBytes(yaml));
        Assert.Equal("1.0.0", Lexicon.Load(file, LanguageRegistry.Default, cache).Metadata.Version);
        Assert.Equal("1.0.0", Lexicon.Load(file, LanguageRegistry.Default, cache).Metadata.Version);
    }

    [Fact]
    public void ATextWithHalfASurrogatePairIsParsedButNeverCached()
    {
        var cache = new LexiconCache(_folder);
        var yaml = Version("1.0.0") + "\n# unpaired: " + '\uD800' + "\n";

        var lexicon = cache.Parse(yaml, "a.yaml", LanguageRegistry.Default);

        LexiconDeepEquality.AssertSame(Lexicon.Parse(yaml, "a.yaml"), lexicon);
        Assert.False(File.Exists(cache.PathFor("a.yaml")));
    }

    [Fact]
    public void ABuiltInLexiconsBytesAreItsText()
    {
        Assert.NotEmpty(BuiltInLexicons.Ids);
        foreach (var id in BuiltInLexicons.Ids)
        {
            Assert.True(BuiltInLexicons.TryGetBytes(id, out var bytes));
            Assert.Equal(BuiltInLexicons.TryReadText(id), System.Text.Encoding.UTF8.GetString(bytes));
        }

        Assert.False(BuiltInLexicons.TryGetBytes("no-such-lexicon", out _));
    }

    [Fact]
    public void ABuiltInLexiconLoadsFromItsImage()
    {
        var cache = new LexiconCache(_folder);
        var first = Lexicon.Load("starter", LanguageRegistry.Default, cache);
        Assert.True(File.Exists(cache.PathFor("lexicons/starter.yaml")));
        LexiconDeepEquality.AssertSame(Lexicon.Load("starter", LanguageRegistry.Default), first);

        Assert.True(BuiltInLexicons.TryGetBytes("starter", out var bytes));
        cache.Store(bytes, "lexicons/starter.yaml", Lexicon.Parse(Version("9.9.9"), "lexicons/starter.yaml"));
        Assert.Equal("9.9.9", Lexicon.Load("starter", LanguageRegistry.Default, cache).Metadata.Version);
    }

    [Fact]
    public void TheEnvironmentChoosesTheFolderOrNone()
    {
        Dictionary<string, string?> Env(params (string Name, string? Value)[] pairs) => pairs.ToDictionary(p => p.Name, p => p.Value);

        Assert.Equal("/c", LexiconCache.FromEnvironment(Env(("FRAMING_CACHE_DIR", "/c"), ("XDG_CACHE_HOME", "/x"), ("HOME", "/h")))!.Directory);
        Assert.Equal(Path.Combine("/x", "framing", "lexicons"), LexiconCache.FromEnvironment(Env(("XDG_CACHE_HOME", "/x"), ("HOME", "/h")))!.Directory);
        Assert.Equal(Path.Combine("/h", ".cache", "framing", "lexicons"), LexiconCache.FromEnvironment(Env(("FRAMING_CACHE_DIR", ""), ("HOME", "/h")))!.Directory);
        Assert.Null(LexiconCache.FromEnvironment(Env(("FRAMING_NO_CACHE", "1"), ("FRAMING_CACHE_DIR", "/c"))));
        Assert.Null(LexiconCache.FromEnvironment(Env()));
    }

    [Fact]
    public void WritingAnImageDeletesImagesAndLeftoversThatAreTooOld()
    {
        Directory.CreateDirectory(_folder);
        string Touch(string name, TimeSpan age)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllText(path, "x");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
            return path;
        }

        var oldImage = Touch("lexicon-0000000000000001.bin", LexiconCache.KeepFor + TimeSpan.FromDays(1));
        var recentImage = Touch("lexicon-0000000000000002.bin", LexiconCache.KeepFor - TimeSpan.FromDays(1));
        var oldLeftover = Touch("lexicon-0000000000000003.bin.1.abc.tmp", TimeSpan.FromDays(2));
        var newLeftover = Touch("lexicon-0000000000000004.bin.2.def.tmp", TimeSpan.FromHours(1));
        var someoneElses = Touch("notes.txt", TimeSpan.FromDays(400));

        var cache = new LexiconCache(_folder);
        cache.Parse(Version("1.0.0"), "a.yaml", LanguageRegistry.Default);

        Assert.False(File.Exists(oldImage));
        Assert.False(File.Exists(oldLeftover));
        Assert.True(File.Exists(recentImage));
        Assert.True(File.Exists(newLeftover));
        Assert.True(File.Exists(someoneElses));
        Assert.True(File.Exists(cache.PathFor("a.yaml")));
    }
}
