using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Framing.Scoring;

/// <summary>
/// Compiles the scoring hot path ahead of the first document: every method of this assembly marked
/// <see cref="MethodImplOptions.AggressiveOptimization"/> (the per-token code, which the JIT compiles fully optimized on
/// first call and ReadyToRun never precompiles) or <see cref="PerDocumentAttribute"/> (the per-document code, which the
/// installed tool runs precompiled and a JIT build compiles on first call) or <see cref="PerTokenHelperAttribute"/> (the
/// private helpers of the per-token code, which ReadyToRun leaves uncompiled) in the scoring, text, matching and reading
/// types is prepared on a background thread, so that on a machine with a spare core the
/// compilation overlaps with loading the lexicon instead of delaying the first documents. Results never depend on it.
/// The installed tool's copy of this assembly has no such flag (<see cref="HotPath"/>): its per-token code and their
/// helpers are precompiled, and the warm-up there only finds them already compiled and loads the document hash's assembly.
/// </summary>
internal static class HotPathWarmup
{
    /// <summary>Starts compiling the hot path on a background thread and returns at once.</summary>
    /// <returns>The thread's task (completes when every method is compiled; never faults).</returns>
    public static Task Start() => Task.Factory.StartNew(Prepare, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The methods that <see cref="Start"/> prepares.</summary>
    /// <returns>The hot-path methods of this assembly.</returns>
    public static IReadOnlyList<MethodInfo> Methods()
    {
        var methods = new List<MethodInfo>();
        Add(methods, typeof(DocumentScorer));
        Add(methods, typeof(CorpusScorer));
        Add(methods, typeof(FramingCounts));
        Add(methods, typeof(ReplicateSums));
        Add(methods, typeof(PoissonResampling));
        Add(methods, typeof(DocumentContext));
        Add(methods, typeof(AttributionSpans));
        Add(methods, typeof(ScareFinder));
        Add(methods, typeof(TargetFinder));
        Add(methods, typeof(NegationRule));
        Add(methods, typeof(TokenGaps));
        Add(methods, typeof(Framing.Text.Tokenizer));
        Add(methods, typeof(Framing.Text.QuoteTracker));
        Add(methods, typeof(Framing.Text.Abbreviations));
        Add(methods, typeof(Framing.Text.ScriptDetector));
        Add(methods, typeof(Framing.Text.Utf8Decoder));
        Add(methods, typeof(Framing.Text.CompositeNormalizer));
        Add(methods, typeof(Framing.Text.ArabicFoldingTable));
        Add(methods, typeof(Framing.Text.ArabicCliticStripper));
        Add(methods, typeof(Framing.Text.LatinNormalizer));
        Add(methods, typeof(Framing.Text.LatinFoldingTable));
        Add(methods, typeof(Framing.Matching.TokenCache));
        Add(methods, typeof(Framing.Matching.LanguageMatcher));
        Add(methods, typeof(Framing.Matching.CharTrie));
        Add(methods, typeof(Framing.Matching.PatternTrie));
        Add(methods, typeof(Framing.Corpus.Utf8LineReader));
        Add(methods, typeof(Framing.Corpus.JsonLinesCorpusReader));
        Add(methods, typeof(Framing.Corpus.JsonRecordFastPath));
        Add(methods, typeof(Framing.Corpus.JsonFlatObjectScanner));
        return methods;
    }

    private static void Add(List<MethodInfo> methods, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(all))
        {
            if (IsHot(method) && !method.ContainsGenericParameters)
            {
                methods.Add(method);
            }
        }
    }

    private static bool IsHot(MethodInfo method) =>
        (method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0
        || method.IsDefined(typeof(PerDocumentAttribute), inherit: false)
        || method.IsDefined(typeof(PerTokenHelperAttribute), inherit: false);

    private static void Prepare()
    {
        // The document identity's hash lives in another assembly (System.IO.Hashing): loading it and compiling its
        // code here keeps that off the first document's path.
        _ = DocumentSample.IdentityOf("warm-up", "warm-up", new string('w', 2 * DocumentSample.EdgeCharacters + 1));
        foreach (var method in Methods())
        {
            try
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or MemberAccessException)
            {
                // Preparing is an optimization only: a method that cannot be prepared is compiled on first call.
            }
        }
    }
}
