using Framing.Fuzz;

namespace Framing.Tests.Fuzz;

/// <summary>
/// The fuzzing harness (tests/Framing.Fuzz, README.md "Fuzzing") keeps working between fuzzing runs: every target
/// accepts its seeds, and the inputs the fuzzer found crashes with are handled as the library promises now.
/// </summary>
public sealed class FuzzTargetsTests
{
    public static TheoryData<string> Targets => [.. FuzzTargets.All.Keys];

    [Theory]
    [MemberData(nameof(Targets))]
    public void EveryTargetAcceptsItsSeeds(string target)
    {
        var seeds = Seeds.For(target);
        Assert.NotEmpty(seeds);
        foreach (var (_, bytes) in seeds)
        {
            FuzzTargets.All[target](bytes);
        }
    }

    [Fact]
    public void TheTargetsAreTheReadersTheLexiconLoaderAndTheScorer() =>
        Assert.Equal(["jsonl", "csv", "parquet", "lexicon", "text", "state", "liwc", "quanteda", "mapping", "known"], FuzzTargets.All.Keys);

    [Fact]
    public void ALexiconWithAColonAndNoKeyIsRefusedNotACrash() =>
        FuzzTargets.All["lexicon"](" : 0"u8.ToArray()); // YamlDotNet's ArgumentException reached the command line

    [Fact]
    public void AStateWhoseSumsOverflowWhenMergedIsRefusedNotANegativeFigure()
    {
        // A state with 2^62 tokens in a group, merged with itself (as two corpora with the same figures are): the
        // merged tokens wrapped to -2^63 and were scored on.
        var json = System.Text.Json.Nodes.JsonNode.Parse(Seeds.For("state").Single(s => s.Name == "whole.json").Bytes)!;
        json["groups"]![0]!["tokens"] = 1L << 62;
        FuzzTargets.All["state"](System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    [Fact]
    public void DamagedInputsAreHandled()
    {
        // Truncated and garbled versions of every seed: each target either reads them or refuses them as a whole.
        foreach (var target in FuzzTargets.All.Keys)
        {
            foreach (var (_, bytes) in Seeds.For(target))
            {
                FuzzTargets.All[target](bytes[..(bytes.Length / 2)]);
                FuzzTargets.All[target]([.. bytes.Select((b, i) => i % 7 == 3 ? (byte)(b ^ 0x5A) : b)]);
            }
        }
    }
}
