using BenchmarkDotNet.Attributes;
using Framing.Lexicons;
using Framing.Matching;

namespace Framing.Benchmarks;

/// <summary>
/// Loading the largest built-in lexicon, a fixed cost of every run: <see cref="Lexicon.Parse(string, string, Framing.Text.LanguageRegistry?)"/>
/// of syria-conflict's YAML (the YAML parser, then the readers, which tokenize and normalize every pattern, exclusion,
/// actor name and context word), and <see cref="Lexicon.Compile()"/> of the parsed lexicon (which parses the patterns
/// again and builds the tries). Warm: a process pays more the first time (code and tables are loaded then), which the
/// whole-process start-up figures in benchmarks/README.md show.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class LexiconLoadBenchmarks
{
    private string _yaml = string.Empty;
    private Lexicon _lexicon = null!;

    /// <summary>Reads the lexicon's text and parses it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _yaml = BuiltInLexicons.TryReadText("syria-conflict") ?? throw new InvalidOperationException("syria-conflict is not built in");
        _lexicon = Lexicon.Parse(_yaml, "syria-conflict");
    }

    /// <summary>Parses syria-conflict's YAML into a lexicon.</summary>
    [Benchmark(Baseline = true)]
    public Lexicon ParseSyriaConflict() => Lexicon.Parse(_yaml, "syria-conflict");

    /// <summary>Compiles the parsed lexicon (both languages' matchers).</summary>
    [Benchmark]
    public CompiledLexicon CompileSyriaConflict() => _lexicon.Compile();
}
