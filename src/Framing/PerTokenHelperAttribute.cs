namespace Framing;

/// <summary>
/// Marks a private helper of the per-token code that only
/// <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/> methods call (when they do not
/// inline it). ReadyToRun compiles a private method only when precompiled code calls it, so the installed tool compiled
/// these at their first call, on the scoring path (its first document's, or a worker's); the warm-up thread
/// (<see cref="Scoring.HotPathWarmup"/>) compiles them ahead instead, with the methods that call them. Not
/// <c>AggressiveOptimization</c> itself, which would keep them from being inlined.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class PerTokenHelperAttribute : Attribute;
