using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Tests.Scoring;

/// <summary>
/// Merging tallies read from states checks its sums: each state may hold a figure up to 2^63 - 1 (no real corpus
/// has one; a damaged or hand-edited state may), and sums past it are an <see cref="OverflowException"/>, not a
/// negative figure merged on (found by probing 'framing merge' beside the state fuzz target).
/// </summary>
public sealed class TallyMergeOverflowTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    /// <summary>A state of three documents in one group with a bootstrap, one figure set to 2^62 in its JSON.</summary>
    private static TallyState WithHugeFigure(string figure)
    {
        var tally = new CorpusTally(Starter.Dimensions.Count, new BootstrapSettings(4, 9));
        var scorer = Starter.Compile().CreateScorer();
        string[] texts = ["The regime shelled the rebels.", "Terrorists fled.", "قوات النظام قصفت المعارضة."];
        for (var i = 0; i < texts.Length; i++)
        {
            tally.Add("o", scorer.Score("d" + i, texts[i]), DocumentSample.IdentityOf("o", "d" + i, texts[i]));
        }

        using var written = new MemoryStream();
        TallyStateFile.Write(written, TestStates.Of(Starter, tally));
        var root = JsonNode.Parse(written.ToArray())!.AsObject();
        var group = root["groups"]![0]!;
        switch (figure)
        {
            case "tokens": group["tokens"] = 1L << 62; break;
            case "count": group["counts"]![1] = 1L << 62; break;
            case "weight": group["weights"]![1] = 1L << 62; break;
            case "replicate sum":
                var sums = Convert.FromBase64String(group["replicates"]!.GetValue<string>());
                BinaryPrimitives.WriteInt64LittleEndian(sums, 1L << 62);
                group["replicates"] = Convert.ToBase64String(sums);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(figure), figure, "unknown figure");
        }

        return TallyStateFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString())), "s.json");
    }

    [Theory]
    [InlineData("tokens")]
    [InlineData("count")]
    [InlineData("weight")]
    [InlineData("replicate sum")]
    public void SumsPastA64BitCountAreAnOverflowNotANegativeFigure(string figure)
    {
        var merged = new CorpusTally(Starter.Dimensions.Count, new BootstrapSettings(4, 9), lexiconFingerprint: Starter.Fingerprint);
        merged.Merge(WithHugeFigure(figure).Tally); // one such state is read and merged
        Assert.Equal(1L << 62, figure switch
        {
            "tokens" => merged.Groups.First().Tokens,
            "count" => merged.Groups.First().Counts.ExportCounts()[1],
            "weight" => merged.Groups.First().Counts.ExportWeights()[1],
            _ => merged.Groups.First().Replicates!.Export()[0],
        });
        Assert.Throws<OverflowException>(() => merged.Merge(WithHugeFigure(figure).Tally));
    }
}
