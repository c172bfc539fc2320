using CsvHelper;

namespace Framing.Cli.Tests;

/// <summary>Reads the CLI's CSV output with CsvHelper (RFC 4180), an implementation independent of the CLI's writer.</summary>
internal static class Csv
{
    public static List<Dictionary<string, string>> Parse(string text)
    {
        var records = ParseRecords(text);
        var header = records[0];
        var rows = new List<Dictionary<string, string>>();
        foreach (var record in records.Skip(1))
        {
            Assert.Equal(header.Count, record.Count);
            rows.Add(header.Zip(record).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>Every record, the header included, as its fields; malformed quoting fails the test.</summary>
    public static List<List<string>> ParseRecords(string text)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = false,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        var records = new List<List<string>>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var record = new List<string>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                record.Add(reader.GetString(i));
            }

            records.Add(record);
        }

        return records;
    }
}
