namespace Framing.Text;

/// <summary>The script <see cref="ScriptDetector"/> finds a text written in.</summary>
internal enum DetectedScript
{
    /// <summary>Not mostly Arabic script: the detector's fallback language (English by default).</summary>
    Other,

    /// <summary>Mostly Arabic script, with the letters of standard Arabic.</summary>
    Arabic,

    /// <summary>Mostly Arabic script, with letters standard Arabic does not write (Persian ی ک پ چ ژ گ, Urdu ے ٹ …).</summary>
    OtherArabicScript,
}
