namespace Framing.Lexicons;

/// <summary>One word of a compiled pattern: its normalized form and whether it matches as a prefix.</summary>
/// <param name="Text">The normalized word.</param>
/// <param name="IsPrefix">Whether the word was written with a trailing <c>*</c> and matches any token starting with it.</param>
internal readonly record struct PatternWord(string Text, bool IsPrefix)
{
    /// <summary>The word as a pattern (with its <c>*</c> when it is a prefix).</summary>
    /// <returns>The word.</returns>
    public override string ToString() => IsPrefix ? Text + "*" : Text;
}
