using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Framing.Text;

namespace Framing.Lexicons.Import;

/// <summary>Reads dictionary and mapping files as text: UTF-8 (with or without a byte-order mark) or UTF-16 or UTF-32 with a byte-order mark.</summary>
internal static class DictionaryText
{
    /// <summary>Reads a file; a missing or unreadable file, or bytes that are not UTF-8, are an <see cref="ImportException"/>.</summary>
    public static string ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException(new Diagnostic(new SourceLocation(path, 0, 0), SystemReason.OfRead(path, e, "cannot read the file")));
        }

        return Decode(bytes, path);
    }

    /// <summary>Decodes bytes: a UTF-16 or UTF-32 byte-order mark selects that form (see <see cref="WideUnicode"/>); otherwise the bytes must be UTF-8 (a BOM is dropped).</summary>
    public static string Decode(byte[] bytes, string sourceName)
    {
        bytes = WideUnicode.ToUtf8(bytes);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var source = bytes.AsSpan(start);
        var chars = new char[source.Length];
        var status = Utf8.ToUtf16(source, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var line = 1;
            var column = 1;
            for (var i = 0; i < read; i++)
            {
                if (source[i] == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((source[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            throw new ImportException(new Diagnostic(
                new SourceLocation(sourceName, line, column),
                string.Create(CultureInfo.InvariantCulture, $"the file is not UTF-8 (byte 0x{source[read]:X2}); convert it first, for example with 'iconv -f WINDOWS-1252 -t UTF-8'")));
        }

        return new string(chars, 0, written);
    }

    /// <summary>Drops a leading byte-order mark from text that was decoded elsewhere.</summary>
    public static string WithoutBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    /// <summary>Splits text into lines on '\n', '\r\n' or a lone '\r'.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>Loads the one YAML document of the text (see <see cref="YamlLoader"/>); any problem is an <see cref="ImportException"/> with its place.</summary>
    /// <param name="text">The YAML text, with or without a byte-order mark.</param>
    /// <param name="sourceName">The name used in locations.</param>
    /// <param name="what">What the file is, for the message about a second document ("a mapping file").</param>
    /// <returns>The document's root node, or null when the text holds no document.</returns>
    internal static YamlDotNet.RepresentationModel.YamlNode? LoadYaml(string text, string sourceName, string what) =>
        LoadYaml(text, sourceName, what, out _);

    /// <summary>Loads the one YAML document of the text, and tells where its aliases stand; any problem is an
    /// <see cref="ImportException"/> with its place.</summary>
    /// <param name="text">The YAML text, with or without a byte-order mark.</param>
    /// <param name="sourceName">The name used in locations.</param>
    /// <param name="what">What the file is, for the message about a second document ("a mapping file").</param>
    /// <param name="aliases">Where the document's aliases stand.</param>
    /// <returns>The document's root node, or null when the text holds no document.</returns>
    internal static YamlDotNet.RepresentationModel.YamlNode? LoadYaml(string text, string sourceName, string what, out YamlAliasPlaces aliases) =>
        YamlLoader.TryLoad(WithoutBom(text), sourceName, what, out var root, out var error, out aliases) ? root : throw new ImportException(error);
}
