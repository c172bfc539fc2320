namespace Framing.Scoring;

/// <summary>Helpers relating <see cref="Voice"/> and <see cref="VoiceSelection"/>.</summary>
internal static class VoiceSelections
{
    private static readonly Voice[] Voices = [Voice.Editorial, Voice.Quoted, Voice.Attributed];

    /// <summary>Whether a selection includes a voice.</summary>
    /// <param name="selection">The selection.</param>
    /// <param name="voice">The voice.</param>
    /// <returns>True when figures for <paramref name="selection"/> count matches in <paramref name="voice"/>.</returns>
    public static bool Includes(this VoiceSelection selection, Voice voice) => (Check(selection) & Only(voice)) != 0;

    /// <summary>The selection of exactly one voice.</summary>
    /// <param name="voice">The voice.</param>
    /// <returns>The selection that counts only <paramref name="voice"/>.</returns>
    public static VoiceSelection Only(Voice voice) => voice switch
    {
        Voice.Editorial => VoiceSelection.Editorial,
        Voice.Quoted => VoiceSelection.Quoted,
        Voice.Attributed => VoiceSelection.Attributed,
        _ => throw new ArgumentOutOfRangeException(nameof(voice)),
    };

    /// <summary>
    /// The lower-case name used on the command line and in output: <c>all</c>, <c>editorial</c>, <c>quoted</c>,
    /// <c>attributed</c>, or the voices of a combination joined by '+' (<c>editorial+attributed</c>).
    /// </summary>
    /// <param name="selection">The selection.</param>
    /// <returns>The name.</returns>
    public static string Name(this VoiceSelection selection) => Check(selection) switch
    {
        VoiceSelection.All => "all",
        VoiceSelection.Editorial => "editorial",
        VoiceSelection.Quoted => "quoted",
        VoiceSelection.Attributed => "attributed",
        _ => string.Join('+', Voices.Where(v => selection.Includes(v)).Select(v => v.Name())),
    };

    /// <summary>The lower-case name of a voice (<c>editorial</c>, <c>quoted</c>, <c>attributed</c>).</summary>
    /// <param name="voice">The voice.</param>
    /// <returns>The name.</returns>
    public static string Name(this Voice voice) => Only(voice).Name();

    private static VoiceSelection Check(VoiceSelection selection) =>
        selection != 0 && (selection & ~VoiceSelection.All) == 0 ? selection : throw new ArgumentOutOfRangeException(nameof(selection), selection, "a selection of one or more voices");
}
