using FsCheck;
using FsCheck.Fluent;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Properties;

/// <summary>The properties' generators reach what the properties are about (fixed samples, so this never flakes).</summary>
public sealed class GeneratorCoverageTests
{
    [Fact]
    public void GeneratedTextsHaveTokensMatchesAndRewrites()
    {
        var texts = Generators.Text.Sample(size: 40, seed: new Rnd(20260301), numberOfSamples: 300);
        var scorer = Lexicon.Load("starter").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        Assert.True(texts.Count(t => scorer.Score("d", t).Matches.Count > 0) > 100, "too few texts with matches");
        Assert.True(texts.Count(t => Framing.Text.Normalizers.Arabic.Normalize(t) != t) > 100, "too few texts the normalizer changes");
        Assert.Contains(texts, t => t.Length == 0);
    }

    [Theory]
    [InlineData(CorpusFormat.JsonLines)]
    [InlineData(CorpusFormat.Csv)]
    [InlineData(CorpusFormat.Manifest)]
    public void GeneratedFilesGiveDocumentsRejectionsAndUnreadableCorpora(CorpusFormat format)
    {
        var files = ReaderProperties.Files.Generator.Sample(size: 60, seed: new Rnd(7), numberOfSamples: 200);
        int documents = 0, rejected = 0, unreadable = 0;
        var folder = Directory.CreateTempSubdirectory("framing-gen-");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(folder.FullName, "corpus.csv");
                File.WriteAllBytes(path, file.Value);
                ReaderProperties.WriteManifestFiles(folder.FullName, file.Value);
                var (d, r) = ReaderProperties.ReadAll(path, format);
                _ = d < 0 ? unreadable++ : 0;
                documents += Math.Max(0, d);
                rejected += Math.Max(0, r);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.True(documents > 20, $"{documents} documents");
        Assert.True(rejected > 20, $"{rejected} rejections");
        Assert.True(format == CorpusFormat.JsonLines || unreadable > 0, $"{unreadable} unreadable corpora");
    }
}
