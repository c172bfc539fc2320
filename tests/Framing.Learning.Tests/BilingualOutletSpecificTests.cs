using Framing.Corpus;

namespace Framing.Learning.Tests;

/// <summary>
/// learn's outlet-specific mark in a bilingual corpus (all text invented). Each side has two English outlets of 8
/// documents and two Arabic outlets of 5; every document of both Arabic side-B outlets says «النظام», no side-A document
/// does. Before, the word was compared with every other outlet of side B, the English ones included, which cannot write
/// it: at 5 of 21 documents it looked a quarter as common as in ar-b1, so the camp's word was marked outlet-specific and
/// left out of --suggest. Now it is compared with the outlets that write Arabic.
/// </summary>
public sealed class BilingualOutletSpecificTests
{
    private static readonly string[] English = ["the", "town", "river", "market", "council", "road", "people", "said", "near", "monday", "waited", "news"];

    private static readonly string[] Arabic = ["المدينة", "النهر", "السوق", "المجلس", "الطريق", "الناس", "قال", "قرب", "الاثنين", "انتظروا", "في", "يوم"];

    private static List<Document> Documents()
    {
        var random = new Random(11);
        var documents = new List<Document>();
        foreach (var outlet in new[] { "en-a1", "en-a2", "ar-a1", "ar-a2", "en-b1", "en-b2", "ar-b1", "ar-b2" })
        {
            var arabic = outlet.StartsWith("ar", StringComparison.Ordinal);
            var sideB = outlet.EndsWith("b1", StringComparison.Ordinal) || outlet.EndsWith("b2", StringComparison.Ordinal);
            for (var i = 0; i < (arabic ? 5 : 8); i++)
            {
                var words = Enumerable.Range(0, 14).Select(_ => (arabic ? Arabic : English)[random.Next(12)]).ToList();
                if (arabic && sideB)
                {
                    words.Insert(random.Next(words.Count), "النظام");
                }

                if (outlet == "ar-b1")
                {
                    words.Add("بقلم سامي"); // a byline: one outlet's alone
                }

                var text = string.Join(' ', words) + ".";
                documents.Add(new Document($"{outlet}-{i}", new Dictionary<string, string> { ["outlet"] = outlet }, text, new DocumentSource("bilingual.jsonl", documents.Count + 1)));
            }
        }

        return documents;
    }

    [Fact]
    public void ACampsArabicWordIsNotOutletSpecificBecauseTheSidesEnglishOutletsLackIt()
    {
        var lexicon = Framing.Lexicons.Lexicon.Parse(PlantedSignal.Lexicon.Replace("languages: [en]", "languages: [en, ar]", StringComparison.Ordinal), "planted.yaml");
        var leanings = KnownLeanings.FromGroups(new[] { "en-a1", "en-a2", "ar-a1", "ar-a2", "en-b1", "en-b2", "ar-b1", "ar-b2" }
            .Select(o => new KeyValuePair<string, string>(o, o.Contains("-a", StringComparison.Ordinal) ? "camp-a" : "camp-b")));
        var report = new SideClassifier(
            lexicon.Compile(), leanings, PlantedSignal.Sides(),
            new ClassifierOptions { Learning = new LearningOptions { Replicates = 0, L1Regularization = 0.01f }, MaximumN = 1, Top = 10 })
            .Learn(Documents(), d => d.GetField("outlet")!);

        var word = Assert.Single(report.Terms, t => t.Term == "نظام");
        Assert.False(word.IsSideA);
        Assert.Equal((0, 10, 2), (word.DocumentsA, word.DocumentsB, word.Outlets));
        Assert.Equal(TermMark.NotInLexicon, word.Mark);
        Assert.False(word.IsOutletSpecific);
        Assert.Contains("\"نظام\"", CandidateEntriesWriter.Write(report, "bilingual.jsonl"), StringComparison.Ordinal);

        // The byline is still one outlet's.
        Assert.All(report.Terms.Where(t => t.Term is "بقلم" or "سامي"), t => Assert.Equal((TermMark.OutletSpecific, "ar-b1"), (t.Mark, t.TopOutlet)));
    }
}
