using System.Text;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// The fields a corpus reader collects (one array of names and values instead of a dictionary per document): the
/// dictionary they stand for, and value equality with the view <see cref="Document.Fields"/> gives any other dictionary.
/// </summary>
public sealed class DocumentFieldsTests
{
    private static DocumentFields Collect(params (string Name, string Value)[] fields)
    {
        var collector = default(FieldCollector);
        foreach (var (name, value) in fields)
        {
            collector.Set(name, value);
        }

        return collector.ToFields();
    }

    [Fact]
    public void CreateCopiesTheCallersDictionaryWithOrdinalNames()
    {
        // Wrapped, a case-insensitive dictionary made GetField case-insensitive and equality one-sided, and a change to
        // the dictionary after Create changed the document (and its hash, in a set).
        var insensitive = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Outlet"] = "north-post" };
        var d1 = Document.Create("x", "rebels", insensitive);
        var d2 = Document.Create("x", "rebels", ("Outlet", "north-post"));
        Assert.Null(d1.GetField("outlet"));
        Assert.Equal(d1, d2);
        Assert.Equal(d2, d1);
        Assert.Equal(d1.GetHashCode(), d2.GetHashCode());

        var fields = new Dictionary<string, string> { ["outlet"] = "a" };
        var d = Document.Create("x", "t", fields);
        var set = new HashSet<Document> { d };
        fields["outlet"] = "b";
        Assert.Equal("a", d.GetField("outlet"));
        Assert.Contains(d, set);
    }

    [Fact]
    public void ActsAsADictionaryOfItsFieldsInTheRecordsOrder()
    {
        var fields = Collect(("outlet", "north"), ("id", "d1"), ("date", "2016-12-13"), ("lang", "ar"), ("page", "3"));
        Assert.Equal(5, fields.Count);
        Assert.Equal(["outlet", "id", "date", "lang", "page"], fields.Keys);
        Assert.Equal(["north", "d1", "2016-12-13", "ar", "3"], fields.Values);
        Assert.Equal("2016-12-13", fields["date"]);
        Assert.True(fields.ContainsKey("page"));
        Assert.False(fields.ContainsKey("Page")); // ordinal, case-sensitive names
        Assert.False(fields.TryGetValue("text", out var missing));
        Assert.Null(missing);
        Assert.Throws<KeyNotFoundException>(() => fields["text"]);
        Assert.Equal("[outlet=north, id=d1, date=2016-12-13, lang=ar, page=3]", fields.ToString());
        Assert.Equal(fields.Keys.Zip(fields.Values, KeyValuePair.Create), fields);
    }

    [Fact]
    public void TheFirstAndTheLastFieldAreFoundAndANullNameIsRefused()
    {
        // The first field's position is 0 and the last's is the array's end: the edges of the name search.
        var fields = Collect(("outlet", "north"), ("id", "d1"), ("date", "2016-12-13"));
        Assert.True(fields.ContainsKey("outlet"));
        Assert.True(fields.TryGetValue("outlet", out var first));
        Assert.Equal("north", first);
        Assert.Equal("north", fields["outlet"]);
        Assert.True(fields.TryGetValue("date", out var last));
        Assert.Equal("2016-12-13", last);
        Assert.Contains("'text'", Assert.Throws<KeyNotFoundException>(() => fields["text"]).Message, StringComparison.Ordinal);

        // As a dictionary's look-ups do.
        Assert.Throws<ArgumentNullException>(() => fields.ContainsKey(null!));
        Assert.Throws<ArgumentNullException>(() => fields.TryGetValue(null!, out _));
        Assert.Throws<ArgumentNullException>(() => new DocumentFields(null!, 0));
    }

    [Fact]
    public void TheCollectorKnowsWhichFieldsItHolds()
    {
        var collector = default(FieldCollector);
        Assert.False(collector.Contains("id"));
        Assert.Equal(0, collector.Count);
        collector.Set("id", "d1");
        collector.Set("outlet", "north");
        collector.Set("date", "x"); // past the first array of two fields
        Assert.True(collector.Contains("id"));
        Assert.True(collector.Contains("date"));
        Assert.False(collector.Contains("text"));
        Assert.Equal(3, collector.Count);
        Assert.Throws<ArgumentNullException>(() => collector.Set(null!, "v"));
        Assert.Throws<ArgumentNullException>(() => collector.Set("v", null!));
        Assert.Equal("[id=d1, outlet=north, date=x]", collector.ToFields().ToString());
    }

    [Fact]
    public void AFieldSetTwiceKeepsItsLastValueAndItsPlace()
    {
        var fields = Collect(("a", "1"), ("b", "2"), ("a", "3"));
        Assert.Equal(2, fields.Count);
        Assert.Equal("[a=3, b=2]", fields.ToString());
        Assert.Same(DocumentFields.None, default(FieldCollector).ToFields());
        Assert.Empty(DocumentFields.None);
    }

    [Theory]
    [InlineData(FieldCollector.IndexedFrom - 1)]
    [InlineData(FieldCollector.IndexedFrom)]
    [InlineData(FieldCollector.IndexedFrom + 1)]
    [InlineData(1000)]
    public void ARecordOfManyFieldsKeepsEveryRuleOfAFewFields(int count)
    {
        // Past IndexedFrom fields names are found through an index (a record of 80,000 fields took 40 s, each name
        // searched among all before it); the fields, their order and the last value of a name set twice are the same.
        var collector = default(FieldCollector);
        for (var i = 0; i < count; i++)
        {
            collector.Set("k" + i, "v" + i);
        }

        collector.Set("k0", "again");
        collector.Set("k" + (count - 1), "last");
        collector.Set("new", "n");
        Assert.Equal(count + 1, collector.Count);
        Assert.True(collector.Contains("k" + (count / 2)));
        Assert.False(collector.Contains("k" + count));
        var fields = collector.ToFields();
        Assert.Equal(["k0", .. Enumerable.Range(1, count - 1).Select(i => "k" + i), "new"], fields.Keys);
        Assert.Equal("again", fields["k0"]);
        Assert.Equal("last", fields["k" + (count - 1)]);
        Assert.Equal("v" + (count / 2), fields["k" + (count / 2)]);
    }

    [Fact]
    public void EqualsAnyValueComparedDictionaryWithTheSameEntriesInAnyOrder()
    {
        var collected = Collect(("id", "d1"), ("outlet", "north"));
        var view = ReadOnlyDictionaries.OrNull<string, string>(new Dictionary<string, string> { ["outlet"] = "north", ["id"] = "d1" });
        Assert.True(collected.Equals(view));
        Assert.True(view.Equals(collected));
        Assert.Equal(view.GetHashCode(), collected.GetHashCode());
        Assert.True(collected.Equals(Collect(("outlet", "north"), ("id", "d1"))));
        Assert.Same(collected, ReadOnlyDictionaries.OrNull<string, string>(collected)); // already read-only: not wrapped

        Assert.False(collected.Equals(Collect(("id", "d1"), ("outlet", "south"))));
        Assert.False(collected.Equals(Collect(("id", "d1"))));
        Assert.False(collected.Equals(Collect(("id", "d1"), ("outlet", "north"), ("date", "x"))));
        Assert.False(view.Equals(Collect(("id", "d1"), ("Outlet", "north"))));

        // A plain dictionary is not value-compared: equality stays with the views, as before.
        Assert.False(collected.Equals(new Dictionary<string, string> { ["outlet"] = "north", ["id"] = "d1" }));
    }

    [Fact]
    public void ADocumentReadFromJsonLinesEqualsTheSameDocumentMadeInMemory()
    {
        const string line = "{\"id\":\"d1\",\"outlet\":\"north\",\"page\":3,\"text\":\"The army advanced.\"}\n";
        var reader = new JsonLinesCorpusReader(new MemoryStream(Encoding.UTF8.GetBytes(line)), "mem.jsonl");
        var read = Assert.Single(reader.Read()).Document!;
        Assert.IsType<DocumentFields>(read.Fields);
        var made = read with { Fields = new Dictionary<string, string> { ["page"] = "3", ["outlet"] = "north", ["id"] = "d1" } };
        Assert.IsNotType<DocumentFields>(made.Fields);
        Assert.Equal(made, read);
        Assert.Equal(read, made);
        Assert.Equal(made.GetHashCode(), read.GetHashCode());
        Assert.NotEqual(read with { Fields = new Dictionary<string, string> { ["page"] = "4", ["outlet"] = "north", ["id"] = "d1" } }, read);
    }

    [Fact]
    public void ACsvRowsFieldsLeaveOutTheTextColumn()
    {
        const string csv = "id,text,outlet\nd1,The army advanced.,north\n";
        var reader = new CsvCorpusReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "mem.csv");
        var read = Assert.Single(reader.Read()).Document!;
        Assert.Equal("[id=d1, outlet=north]", read.Fields.ToString());
        Assert.Equal("The army advanced.", read.Text);
    }
}
