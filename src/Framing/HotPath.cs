using System.Runtime.CompilerServices;

namespace Framing;

/// <summary>
/// How the per-token code is compiled: <see cref="MethodImplOptions.AggressiveOptimization"/> (the JIT compiles it fully
/// optimized at its first call, which a library user's process and the portable tool need), or, in the copy of this
/// assembly that the installed tool's ReadyToRun build compiles ahead of time (<c>FRAMING_PRECOMPILED_HOT_PATH</c>), no
/// flag, since ReadyToRun never precompiles a method so marked.
/// </summary>
internal static class HotPath
{
#if FRAMING_PRECOMPILED_HOT_PATH
    /// <summary>No flag: the method is compiled ahead of time with the rest of the assembly.</summary>
    public const MethodImplOptions Compilation = 0;
#else
    /// <summary>Compiled fully optimized at first call, skipping the JIT's quick first tier.</summary>
    public const MethodImplOptions Compilation = MethodImplOptions.AggressiveOptimization;
#endif
}
