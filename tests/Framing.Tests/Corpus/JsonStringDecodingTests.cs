using System.Text;
using System.Text.Json;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// A JSON Lines text of more than 1 MiB is decoded straight into its string, without a buffer as large as the text
/// beside it, and gives the string the JSON reader gives.
/// </summary>
public sealed class JsonStringDecodingTests
{
    // Arabic written as UTF-8, as a corpus has it; line breaks and quotes still escaped.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("plain text")]
    [InlineData("")]
    [InlineData("line one\\nline two\\r\\n\\ttab \\\"quoted\\\" back\\\\slash \\/ \\b\\f")]
    [InlineData("\\u00e9t\\u00E9 \\u0627\\u0644 \\ud83d\\ude00 \\u0000 end")]
    [InlineData("قوات النظام «الإرهابيين» 😀 é\\n")]
    [InlineData("\\\\u0041 is not an escape")]
    [InlineData("ends with an escape \\u0041")]
    [InlineData("ends with a pair \\ud83d\\ude00")]
    [InlineData("\\ud83d\\ude00")]
    public void DecodesAsTheJsonReaderDoes(string raw)
    {
        var json = Encoding.UTF8.GetBytes("\"" + raw + "\"");
        var reader = new Utf8JsonReader(json);
        Assert.True(reader.Read());

        Assert.Equal(reader.GetString(), JsonStringDecoding.Decode(reader.ValueSpan));
    }

    [Theory]
    [InlineData("\\ud83d alone")]
    [InlineData("\\ude00 alone")]
    [InlineData("\\ud83d\\u0041")]
    [InlineData("\\ud83dXudc00")] // no backslash before the second half
    [InlineData("\\ud83d\\n\\ude00")]
    public void AnUnpairedEscapedSurrogateThrowsSoThatTheLineGoesToTheReportingPath(string raw) =>
        Assert.Throws<InvalidOperationException>(() => JsonStringDecoding.Decode(Encoding.UTF8.GetBytes(raw)));

    [Fact]
    public void InvalidUtf8Throws() =>
        Assert.Throws<InvalidOperationException>(() => JsonStringDecoding.Decode([0x61, 0xC3, 0x28, 0x62]));

    [Fact]
    public void AHugeEscapedTextReadsBackWhole()
    {
        var text = HugeText(3 << 20);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "d1", outlet = "a", text }));

        Assert.True(JsonRecordFastPath.TryRead(line, new JsonRecordRules(CorpusReaderOptions.Default), out var record));
        Assert.Equal(text, record.Text);
    }

    [Fact]
    public void AHugeEscapedTextAllocatesLittleMoreThanItsString()
    {
        // 9 MB of text with a line break every paragraph, so the JSON value is escaped. Read on a fresh thread: the
        // JSON reader's unescaping buffer would be rented from the shared pool, which has none of that size for it.
        var text = HugeText(9 << 20);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "d1", outlet = "a", text }, Relaxed));
        var rules = new JsonRecordRules(CorpusReaderOptions.Default);
        long allocated = 0;
        string? read = null;
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Assert.True(JsonRecordFastPath.TryRead(line, rules, out var record));
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            read = record.Text;
        });
        thread.Start();
        thread.Join();

        Assert.Equal(text, read);
        var stringBytes = 2L * text.Length;
        Assert.True(allocated < stringBytes + (stringBytes / 10), $"allocated {allocated} bytes for a string of {stringBytes}");
    }

    private static string HugeText(int characters)
    {
        var builder = new StringBuilder(characters + 100);
        var paragraph = 0;
        while (builder.Length < characters)
        {
            builder.Append("The army \"liberated\" the town, said officials; rebels ").Append(paragraph++).Append(" قوات النظام\n");
        }

        return builder.ToString();
    }
}
