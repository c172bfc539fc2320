using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Framing.Benchmarks;

/// <summary>
/// Runs the benchmarks with BenchmarkDotNet's command line, for example
/// <c>dotnet run -c Release --project benchmarks/Framing.Benchmarks -- --filter '*' --job short</c>.
/// <c>--input-sizes</c> prints the size of every benchmark input instead.
/// </summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--input-sizes"])
        {
            PrintInputSizes();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(
            args,
            DefaultConfig.Instance.AddColumn(ThroughputColumn.MebibytesPerSecond, ThroughputColumn.NanosecondsPerToken));
    }

    private static void PrintInputSizes()
    {
        Console.WriteLine("input\tutf8_bytes\ttokens");
        foreach (var input in Enum.GetValues<BenchmarkInput>())
        {
            var (bytes, tokens) = InputSizes.Of(input);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{input}\t{bytes:0.#}\t{tokens:0.#}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RepeatedCorpus documents\t{SampleCorpus.RepeatedDocumentCount}"));
    }
}
