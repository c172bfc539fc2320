using Framing.Corpus;
using Framing.Lexicons;
using Framing.Tests.Lexicons;
using Framing.Text;

namespace Framing.Tests.Corpus;

/// <summary>
/// A document's language field: the built-in codes and names, a region after the language, a language added to the
/// run's registry, and a language the run does not analyze, which makes the document a bad record instead of being
/// analyzed by its script as another language.
/// </summary>
public sealed class LanguageFieldTests
{
    private static Document Doc(string id, string text, string? language) => language is null
        ? Document.Create(id, text, ("outlet", "o"))
        : Document.Create(id, text, ("outlet", "o"), ("language", language));

    [Theory]
    [InlineData("en", "en")]
    [InlineData(" English ", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("EN_us", "en")]
    [InlineData("ar-SY", "ar")]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData("und", null)] // ISO 639 / BCP 47: undetermined, several languages, uncoded, no linguistic content
    [InlineData("UND", null)]
    [InlineData("mul", null)]
    [InlineData("mis", null)]
    [InlineData("zxx", null)]
    [InlineData("und-Arab", null)]
    public void BuiltInLanguagesAndRegions(string field, string? expected)
    {
        var run = CorpusRun.FromDocuments([]);
        Assert.Equal(expected, run.LanguageOf(Doc("d", "text", field)));
    }

    [Fact]
    public void AFieldNamingAnotherLanguageIsABadRecordNotEnglish()
    {
        // Before: "fr" fell back to the script silently, so a French article was scored with the English patterns (and
        // a lexicon's French patterns never saw a document tagged "fr").
        var lexicon = TestLexicon.ParseEntries(TestLexicon.Entry("en", "terrorists", "opposition", "terror")).Compile();
        Document[] documents = [Doc("1", "The terrorists fled.", "en"), Doc("2", "Les terrorists ont fui.", "fr"), Doc("3", "The terrorists fled.", null)];
        foreach (var parallelism in new[] { 1, 2 })
        {
            var warnings = new List<string>();
            var run = CorpusRun.FromDocuments(documents, new CorpusRunOptions { BadRecords = BadRecords.Skip(warnings.Add), Parallelism = parallelism });
            var tally = run.Score(lexicon);
            Assert.Equal((2L, 1L), (tally.ScoredDocuments, tally.RejectedDocuments));
            var warning = Assert.Single(warnings);
            Assert.Contains("names a language the run does not analyze: \"fr\" (known: ar, en;", warning, StringComparison.Ordinal);
        }

        var stopped = Assert.Throws<BadRecordException>(() => CorpusRun.FromDocuments(documents).Score(lexicon));
        Assert.StartsWith("field \"language\" names a language the run does not analyze: \"fr\"", stopped.Error.Message, StringComparison.Ordinal);

        var skipped = new List<string>();
        var other = CorpusRun.FromDocuments(documents, new CorpusRunOptions { BadRecords = BadRecords.Skip(skipped.Add) });
        Assert.Equal(["1", "3"], other.Documents().Select(d => d.Document.Id));
        Assert.Equal((2L, 1L), (other.DocumentCount, other.Rejected));
    }

    [Fact]
    public void ALanguageFieldIsQuotedInItsMessageOnOneLineWithoutControlOrBidiCharacters()
    {
        // Before, the field's value went into the error line as it was: ESC reached the terminal (an escape sequence),
        // a line break split the one-line message, and U+202E reversed the rest of it.
        var lexicon = TestLexicon.ParseEntries(TestLexicon.Entry("en", "terrorists", "opposition", "terror")).Compile();
        Document[] documents = [Doc("1", "The terrorists fled.", "\u001b[31mxx\n\u202Eyy")];

        var stopped = Assert.Throws<BadRecordException>(() => CorpusRun.FromDocuments(documents).Score(lexicon));

        Assert.StartsWith("field \"language\" names a language the run does not analyze: \"\\u001B[31mxx\\u000A\\u202Eyy\" (known:", stopped.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldNamingALanguageOfTheRunsRegistryAnalyzesTheDocumentInIt()
    {
        // The README's way to a new language: a profile in a registry, passed to the lexicon; the run's registry lets a
        // document's language field name it too (before, only CorpusRunOptions.Language could, for every document).
        var languages = LanguageRegistry.Default.With(new LanguageProfile("fr", Normalizers.English, null));
        var yaml = TestLexicon.YamlWith("[en, fr]", string.Empty, TestLexicon.Entry("fr", "terroristes", "opposition", "terror"), TestLexicon.Entry("en", "terrorists", "opposition", "terror"));
        var lexicon = Lexicon.Parse(yaml, TestLexicon.SourceName, languages).Compile();
        Document[] documents = [Doc("1", "Les TERRORISTES ont fui.", "fr-FR"), Doc("2", "Des terroristes et des terrorists.", "FR"), Doc("3", "The terrorists fled.", "en")];
        var run = CorpusRun.FromDocuments(documents, new CorpusRunOptions { Languages = languages });

        Assert.Equal(["fr", "fr", "en"], documents.Select(run.LanguageOf));
        var tally = run.Score(lexicon);
        Assert.Equal((3L, 0L), (tally.ScoredDocuments, tally.RejectedDocuments));
        Assert.Equal(3, Assert.Single(tally.Groups).Counts.Count(1, PoleSide.A));
    }

    [Fact]
    public void ARegistryLanguageTheLexiconWasNotLoadedWithIsRefusedBeforeReading()
    {
        // A field naming fr would otherwise be scored with no matcher at all: no match, silently.
        var languages = LanguageRegistry.Default.With(new LanguageProfile("fr", Normalizers.English, null));
        var lexicon = TestLexicon.ParseEntries(TestLexicon.Entry("en", "terrorists", "opposition", "terror")).Compile();
        var read = 0;
        IEnumerable<Document> Counted()
        {
            read++;
            yield return Doc("1", "Les terroristes ont fui.", "fr");
        }

        var run = CorpusRun.FromDocuments(Counted(), new CorpusRunOptions { Languages = languages });
        var e = Assert.Throws<ArgumentException>(() => run.Score(lexicon));
        Assert.StartsWith("a language of the run's registry (CorpusRunOptions.Languages) 'fr' is not a language the lexicon", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, read);
    }
}
