using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Framing.Corpus;

namespace Framing.Tests.Properties;

/// <summary>
/// JSON Lines strings made of every kind of escape: each field decodes to exactly the UTF-16 text its pieces stand for,
/// on both reading paths (a string, and a text lent to the scorer), or, when the escapes leave half a surrogate pair
/// (<c>\ud800</c> with no <c>\udc00</c> after it, or the other way round), the record is rejected naming the first such
/// field; a NUL in the id or the group rejects the record naming that field. Random bytes (<see cref="ReaderProperties"/>)
/// seldom make a well-formed object with such a string; these do.
/// </summary>
public sealed class JsonStringProperties
{
    /// <summary>A piece of a JSON string as written in the file, and the UTF-16 it decodes to.</summary>
    private static readonly (string Json, string Decoded)[] Pieces =
    [
        ("a", "a"), ("ب", "ب"), ("\\\"", "\""), ("\\\\", "\\"), ("\\/", "/"), ("\\n", "\n"), ("\\t", "\t"),
        ("\\u0041", "A"), ("\\u00e9", "é"), ("\\u0000", "\0"), ("\\u062C", "ج"), ("😀", "\ud83d\ude00"),
        ("\\ud83d", "\ud83d"), ("\\ude00", "\ude00"), ("\\uDBFF", "\udbff"), ("\\uDC00", "\udc00"), ("\\ud83d\\ude00", "\ud83d\ude00"),
        (" ", " "),
    ];

    private static readonly Gen<(string Json, string Decoded)> Value =
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(size, 12))))
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n))
            .Select(parts => (string.Concat(parts.Select(p => p.Json)), string.Concat(parts.Select(p => p.Decoded))));

    /// <summary>A record: id, outlet, note and text, each a fixed letter then pieces (so none is blank).</summary>
    private static readonly Arbitrary<ShownRecords> Records = Gen.Sized(size => Gen.Choose(1, Math.Max(1, Math.Min(size, 8))))
        .SelectMany(n => Gen.ArrayOf(Gen.ArrayOf(Value, 4), n))
        .Select(records => new ShownRecords([.. records.Select(fields => new Record(
            ("d" + fields[0].Json, "d" + fields[0].Decoded),
            ("o" + fields[1].Json, "o" + fields[1].Decoded),
            ("n" + fields[2].Json, "n" + fields[2].Decoded),
            ("t " + fields[3].Json, "t " + fields[3].Decoded)))]))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property EveryStringDecodesToItsPiecesOrTheRecordNamesTheUnpairedSurrogate() => Prop.ForAll(Records, records =>
    {
        var file = Encoding.UTF8.GetBytes(string.Concat(records.Value.Select(r => r.Line + "\n")));
        var asStrings = new JsonLinesCorpusReader(new MemoryStream(file), "mem.jsonl").Read().ToList();
        var lent = new LentText();
        var inPlace = new List<string>();
        foreach (var item in new JsonLinesCorpusReader(new MemoryStream(file), "mem.jsonl").Read())
        {
            var document = item.DocumentForScoring(lent);
            inPlace.Add(item.Error?.Message ?? (document!.IsTextLent ? lent.Span.ToString() : document.Text));
        }

        Assert.Equal(records.Value.Length, asStrings.Count);
        for (var i = 0; i < asStrings.Count; i++)
        {
            var record = records.Value[i];
            if (record.FirstUnpaired is { } field)
            {
                var expected = $"field \"{field}\" has an unpaired surrogate escape (\\ud800-\\udfff without its other half)";
                Assert.Equal(expected, asStrings[i].Error?.Message);
                Assert.Equal(expected, inPlace[i]);
                continue;
            }

            if (record.FirstNul is { } key)
            {
                // A NUL in the id or the group (a key of the output) is a bad record; in the text or another field it is kept.
                var expected = $"field \"{key}\" holds U+0000 (NUL), which R's read.csv cuts a CSV cell at: remove it from the record";
                Assert.Equal(expected, asStrings[i].Error?.Message);
                Assert.Equal(expected, inPlace[i]);
                continue;
            }

            var document = asStrings[i].Document;
            Assert.NotNull(document);
            Assert.Equal(record.Id.Decoded, document.Id);
            Assert.Equal(record.Outlet.Decoded, document.GetField("outlet"));
            Assert.Equal(record.Note.Decoded, document.GetField("note"));
            Assert.Equal(record.Text.Decoded, document.Text);
            Assert.Equal(record.Text.Decoded, inPlace[i]);
        }
    });

    /// <summary>One JSON line's fields, as written and as decoded.</summary>
    private sealed record Record((string Json, string Decoded) Id, (string Json, string Decoded) Outlet, (string Json, string Decoded) Note, (string Json, string Decoded) Text)
    {
        public string Line => $"{{\"id\":\"{Id.Json}\",\"outlet\":\"{Outlet.Json}\",\"note\":\"{Note.Json}\",\"text\":\"{Text.Json}\"}}";

        /// <summary>The first field, in the line's order, whose decoded text is not well-formed UTF-16.</summary>
        public string? FirstUnpaired =>
            !WellFormed(Id.Decoded) ? "id" : !WellFormed(Outlet.Decoded) ? "outlet" : !WellFormed(Note.Decoded) ? "note" : !WellFormed(Text.Decoded) ? "text" : null;

        /// <summary>The first key field (id, then the group) whose decoded text holds U+0000.</summary>
        public string? FirstNul => Id.Decoded.Contains('\0', StringComparison.Ordinal) ? "id" : Outlet.Decoded.Contains('\0', StringComparison.Ordinal) ? "outlet" : null;

        private static bool WellFormed(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Records, shown as their JSON lines in FsCheck's failure report.</summary>
    /// <param name="Value">The records.</param>
    private sealed record ShownRecords(Record[] Value)
    {
        public override string ToString() => string.Join(" | ", Value.Select(r => r.Line));
    }
}
