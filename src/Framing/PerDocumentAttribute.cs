namespace Framing;

/// <summary>
/// Marks a method of the scoring path that runs once per document, batch or paragraph rather than per token: not
/// <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>, so that the installed
/// (ReadyToRun) tool runs it precompiled instead of compiling it at start, yet compiled ahead on the warm-up thread
/// (<see cref="Scoring.HotPathWarmup"/>) in a JIT build, where it would otherwise be compiled on the first document's path.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class PerDocumentAttribute : Attribute;
