using System.Reflection;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

public sealed class HotPathWarmupTests
{
    [Fact]
    public void PreparesEveryAggressivelyOptimizedPerDocumentOrPerTokenHelperMethodOfTheLibrary()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var expected = typeof(DocumentScorer).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(all))
            .Where(m => (m.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0 || m.IsDefined(typeof(PerDocumentAttribute), inherit: false) || m.IsDefined(typeof(PerTokenHelperAttribute), inherit: false))
            .Select(Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        var prepared = HotPathWarmup.Methods().Select(Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, prepared);
        Assert.Contains(prepared, n => n.StartsWith("Framing.Scoring.DocumentScorer.Score(", StringComparison.Ordinal));
        Assert.Contains(prepared, n => n.StartsWith("Framing.Text.Tokenizer.Tokenize(", StringComparison.Ordinal));
        Assert.Contains(prepared, n => n.StartsWith("Framing.Scoring.CorpusScorer.Work(", StringComparison.Ordinal));
        Assert.Contains(prepared, n => n.StartsWith("Framing.Corpus.JsonFlatObjectScanner.TryString(", StringComparison.Ordinal));
        Assert.True(prepared.Count >= 30, $"only {prepared.Count} hot-path methods");
    }

    [Theory]
    [InlineData(typeof(Framing.Matching.TokenCache), "LookupAll")]
    [InlineData(typeof(DocumentScorer), "ResolveTokens")]
    [InlineData(typeof(DocumentScorer), "CollectLongest")]
    [InlineData(typeof(Framing.Text.Tokenizer), "ScanPlainRun")]
    [InlineData(typeof(Framing.Text.Utf8Decoder), "TryDecodeVector")]
    [InlineData(typeof(ReplicateSums), "AddScaled")]
    [InlineData(typeof(PoissonResampling), "FillVector")]
    public void ThePerTokenAndPerReplicateLoopsAreCompiledFullyOptimized(Type type, string name)
    {
        // Unmarked, a loop of the hot path runs as ReadyToRun code in the installed tool (no AVX-512, indirections) and
        // at tier 0 in a JIT build until it is recompiled: TokenCache.LookupAll, unmarked for one commit, made the
        // installed tool's one-entry run 0.48 -> 0.57 s while the native build (compiled whole) got faster.
        var methods = Declared(type, name);
        Assert.All(methods, m => Assert.True((m.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0, $"{type.Name}.{name} is not marked AggressiveOptimization"));
    }

    [Theory]
    [InlineData(typeof(Framing.Scoring.CorpusScorer), "Work")]
    [InlineData(typeof(DocumentScorer), "Score")]
    [InlineData(typeof(DocumentScorer), "ScoreInto")]
    [InlineData(typeof(Framing.Text.ScriptDetector), "DetectScript")]
    public void ThePerDocumentMethodsAreLeftToReadyToRun(Type type, string name)
    {
        // Marked AggressiveOptimization, these were compiled at every start of the installed tool (ReadyToRun never
        // precompiles such a method): 9 methods. Precompiled, the installed tool's syria-conflict run on 2,400 documents
        // takes 2.7 % fewer instructions (callgrind, JIT included: 2,145 M -> 2,088 M) and 1-2 % less CPU time on 100 MiB.
        // Code run per token or per match stays marked (ThePerTokenAndPerReplicateLoopsAreCompiledFullyOptimized): its ReadyToRun code
        // is slower: the context rules (TargetFinder.Find, NegationRule.IsNegated, DocumentContext.AddMention) unmarked made
        // the one-core run on 100 MiB 1.04 -> 1.17 s; with ReplicateSums.Add, its seed and FramingCounts.Add as well, 13-15 % slower.
        var methods = Declared(type, name).Where(m => m.IsDefined(typeof(PerDocumentAttribute), inherit: false)).ToList();
        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True((m.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) == 0, $"{type.Name}.{name} is marked AggressiveOptimization"));
    }

    [Theory]
    [InlineData(typeof(Framing.Corpus.JsonFlatObjectScanner), "TryString")]
    [InlineData(typeof(Framing.Corpus.JsonFlatObjectScanner), "SkipWhiteSpace")]
    [InlineData(typeof(Framing.Corpus.Utf8LineReader), "Take")]
    [InlineData(typeof(Framing.Text.Tokenizer), "ContinueWord")]
    [InlineData(typeof(Framing.Text.Utf8Decoder), "ChunkEnd")]
    [InlineData(typeof(DocumentScorer), "CountEntry")]
    [InlineData(typeof(DocumentScorer), "IsBetter")]
    [InlineData(typeof(AttributionSpans), "Stop")]
    public void ThePrivateHelpersOfThePerTokenCodeAreCompiledAhead(Type type, string name)
    {
        // Called only from AggressiveOptimization methods, which ReadyToRun skips, these private helpers were never
        // precompiled either: the installed tool compiled them on its scoring path (18 methods, listed by
        // DOTNET_JitDisasmSummary=1 on the 100 MiB corpus). Marked, the warm-up thread compiles them ahead; not
        // AggressiveOptimization, which would keep the callers from inlining them.
        var methods = Declared(type, name);
        Assert.All(methods, m => Assert.True(m.IsDefined(typeof(PerTokenHelperAttribute), inherit: false), $"{type.Name}.{name} is not marked PerTokenHelper"));
        Assert.All(methods, m => Assert.True((m.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) == 0, $"{type.Name}.{name} is marked AggressiveOptimization"));
        var prepared = HotPathWarmup.Methods();
        Assert.All(methods, m => Assert.Contains(m, prepared));
    }

    [Fact]
    public async Task WarmupCompletesWithoutFaulting()
    {
        // Waits without awaiting the task itself, so that a fault or a hang reaches the assertions below instead of
        // being thrown (or timing out) before them.
        var warmup = HotPathWarmup.Start();
        var first = await Task.WhenAny(warmup, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.Same(warmup, first);
        Assert.Null(warmup.Exception);
        Assert.Equal(TaskStatus.RanToCompletion, warmup.Status);
    }

    // The methods named name that type declares (at least one).
    private static List<MethodInfo> Declared(Type type, string name)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var methods = type.GetMethods(all).Where(m => m.Name == name).ToList();
        Assert.NotEmpty(methods);
        return methods;
    }

    private static string Name(MethodInfo m) => m.DeclaringType!.FullName + "." + m.Name + (m.GetParameters().Length == 0 ? string.Empty : "(" + string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name)) + ")");
}
