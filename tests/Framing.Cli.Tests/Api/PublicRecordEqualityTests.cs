using System.Collections;
using System.Reflection;

namespace Framing.Cli.Tests.Api;

/// <summary>
/// A public record holding lists compares by value, lists element by element: two results built from equal lists are
/// equal and hash alike (a record's compiler-written equality compares a list by reference), and no list a record hands
/// out can be cast back to a writable one.
/// </summary>
public sealed class PublicRecordEqualityTests
{
    /// <summary>Records with a collection that still compares by reference, each for a stated reason (none).</summary>
    private static readonly HashSet<Type> ByReference = [];

    /// <summary>The public records with a list, array or dictionary among their fields.</summary>
    public static IEnumerable<Type> RecordsWithCollections => PublicRecords.Types.Where(t => CollectionFields(t).Any());

    [Fact]
    public void SomeRecordsHoldLists()
    {
        Assert.Contains(typeof(Framing.Verbs.GroupScores), RecordsWithCollections);
        Assert.Contains(typeof(Framing.Corpus.Document), RecordsWithCollections);
        Assert.True(RecordsWithCollections.Count() >= 25, string.Join(", ", RecordsWithCollections.Select(t => t.Name)));
    }

    /// <summary>The names of <see cref="RecordsWithCollections"/>, one test case each.</summary>
    public static TheoryData<string> RecordsWithCollectionNames => [.. RecordsWithCollections.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(RecordsWithCollectionNames))]
    public void ARecordMadeOfEqualListsIsEqual(string name)
    {
        var type = RecordsWithCollections.Single(t => t.FullName == name);
        var first = PublicRecords.Sample(type);
        var second = PublicRecords.Sample(type);
        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second!.GetHashCode());
    }

    [Fact]
    public void EveryPublicRecordWithListsComparesByValue()
    {
        var problems = new List<string>();
        foreach (var type in RecordsWithCollections.Where(t => !ByReference.Contains(t)))
        {
            var first = PublicRecords.Sample(type);
            var second = PublicRecords.Sample(type);
            if (first is null || second is null)
            {
                problems.Add($"{type.FullName}: no sample instance");
            }
            else if (!first.Equals(second) || first.GetHashCode() != second.GetHashCode())
            {
                problems.Add($"{type.FullName}: two instances made of equal lists are not equal or hash differently");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void NoPublicRecordHandsOutAWritableCollection()
    {
        var problems = new List<string>();
        foreach (var type in RecordsWithCollections)
        {
            var sample = PublicRecords.Sample(type);
            if (sample is null)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => IsCollection(p.PropertyType) && p.GetIndexParameters().Length == 0))
            {
                var value = property.GetValue(sample);
                if (value is Array { Length: > 0 } or IList { IsReadOnly: false } or IDictionary { IsReadOnly: false })
                {
                    problems.Add($"{type.FullName}.{property.Name}: a {value.GetType().Name} that can be cast back and changed");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<FieldInfo> CollectionFields(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(f => IsCollection(f.FieldType));

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);
}
