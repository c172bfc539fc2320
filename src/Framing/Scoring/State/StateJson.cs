using System.Globalization;
using System.Text.Json;

namespace Framing.Scoring.State;

/// <summary>
/// Typed reading of the fields of a state file. Each field is named by its JSON path (<c>groups[2].documents</c>), and
/// a field that is missing or of the wrong kind or range throws a <see cref="TallyStateException"/> that names it and
/// what is wrong (<c>"groups[2].documents" must be a non-negative whole number, not 3.5</c>), with
/// <see cref="TallyStateException.JsonPath"/> set to the place to report.
/// </summary>
internal static class StateJson
{
    /// <summary>The start of every message about a damaged state.</summary>
    public const string Invalid = "not a valid framing state file: ";

    /// <summary>The path of a property of the object at <paramref name="parent"/> (the root is the empty path).</summary>
    public static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    /// <summary>The path of an item of the array at <paramref name="parent"/>.</summary>
    public static string Item(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>An error about the value at <paramref name="path"/> (which is also the place reported).</summary>
    public static TallyStateException Error(string path, string problem) => new(Invalid + problem) { JsonPath = path };

    /// <summary>A property that must be there, of any kind.</summary>
    public static JsonElement Property(JsonElement obj, string path, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            throw new TallyStateException($"{Invalid}\"{Join(path, name)}\" is missing") { JsonPath = path };
        }

        return value;
    }

    /// <summary>A property that must be an object.</summary>
    public static JsonElement ObjectOf(JsonElement obj, string path, string name) =>
        Kind(Property(obj, path, name), Join(path, name), JsonValueKind.Object, "an object");

    /// <summary>A property that must be an array.</summary>
    public static JsonElement ArrayOf(JsonElement obj, string path, string name) =>
        Kind(Property(obj, path, name), Join(path, name), JsonValueKind.Array, "an array");

    /// <summary>A value that must be an object (an item of an array).</summary>
    public static JsonElement ObjectOf(JsonElement value, string path) => Kind(value, path, JsonValueKind.Object, "an object");

    /// <summary>A property that must be a string.</summary>
    public static string TextOf(JsonElement obj, string path, string name) => TextOf(Property(obj, path, name), Join(path, name));

    /// <summary>A value that must be a string.</summary>
    public static string TextOf(JsonElement value, string path)
    {
        Kind(value, path, JsonValueKind.String, "a string");
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(path, $"\"{path}\" {Framing.Corpus.RecordMessages.UnpairedSurrogateEscape}");
        }
    }

    /// <summary>A property that must be a whole number that fits 32 bits (of any sign).</summary>
    public static int IntOf(JsonElement obj, string path, string name)
    {
        var value = Property(obj, path, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Error(Join(path, name), $"\"{Join(path, name)}\" must be a whole number, not {Describe(value)}");
    }

    /// <summary>A property that must be a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int IntOf(JsonElement obj, string path, string name, int min, int max)
    {
        var value = Property(obj, path, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max
            ? number
            : throw Error(Join(path, name), string.Create(CultureInfo.InvariantCulture, $"\"{Join(path, name)}\" must be a whole number from {min} to {max}, not {Describe(value)}"));
    }

    /// <summary>A property that must be a count: a non-negative whole number that fits 64 bits.</summary>
    public static long Count(JsonElement obj, string path, string name) => Count(Property(obj, path, name), Join(path, name));

    /// <summary>A value that must be a count.</summary>
    public static long Count(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0
            ? number
            : throw Error(path, $"\"{path}\" must be a non-negative whole number, not {Describe(value)}");

    /// <summary>A property that must be an array of <paramref name="length"/> counts.</summary>
    public static long[] Counts(JsonElement obj, string path, string name, long length, string why)
    {
        var array = ArrayOf(obj, path, name);
        var at = Join(path, name);
        if (array.GetArrayLength() != length)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"\"{at}\" must have {length} values ({why}), not {array.GetArrayLength()}"));
        }

        var values = new long[length];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            values[i] = Count(item, Item(at, i));
            i++;
        }

        return values;
    }

    /// <summary>A text from a state, quoted for a one-line message: escaped as in JSON (a line break is <c>\n</c>), and
    /// shortened when long.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = text.Length > 200 ? text[..197] + "..." : text;
        return "\"" + JsonEncodedText.Encode(shown, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
    }

    /// <summary>What a value is, for messages: a number as written, otherwise its kind ("a string", "null"...).</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText() is { Length: > 24 } raw ? raw[..20] + "..." : value.GetRawText(),
        JsonValueKind.String => "a string",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        _ => "a boolean",
    };

    private static JsonElement Kind(JsonElement value, string path, JsonValueKind kind, string expected) =>
        value.ValueKind == kind ? value : throw Error(path, $"\"{path}\" must be {expected}, not {Describe(value)}");
}
