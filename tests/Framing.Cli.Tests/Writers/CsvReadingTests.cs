namespace Framing.Cli.Tests.Writers;

/// <summary>The tests' CSV reader reads what RFC 4180 allows the CLI to write.</summary>
public sealed class CsvReadingTests
{
    [Fact]
    public void ReadsQuotedFieldsEscapedQuotesLineBreaksAndEmptyFields()
    {
        var records = Csv.ParseRecords("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\n\"two\nlines\", y ,\"\"\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b", "c"], records[0]);
        Assert.Equal(["x,1", "say \"hi\"", string.Empty], records[1]);
        Assert.Equal(["two\nlines", " y ", string.Empty], records[2]);
    }

    [Fact]
    public void ParseKeysRowsByHeader()
    {
        var rows = Csv.Parse("group,score\nقوات,0.5\n");
        Assert.Equal("0.5", Assert.Single(rows)["score"]);
        Assert.Equal("قوات", rows[0]["group"]);
    }
}
