namespace Framing;

/// <summary>
/// Marks a private helper of the per-token code that only
/// <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/> methods call (when they do not
/// inline it). ReadyToRun compiles a private method only when precompiled code calls it, so a ReadyToRun build whose
/// per-token code keeps that flag compiles these at their first call, on the scoring path; the warm-up thread
/// (<see cref="Scoring.HotPathWarmup"/>) compiles them ahead instead, with the methods that call them. (The installed
/// tool's copy of the assembly has no flag, <see cref="HotPath"/>, and precompiles callers and helpers alike.) Not
/// <c>AggressiveOptimization</c> itself, which would keep them from being inlined.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class PerTokenHelperAttribute : Attribute;
