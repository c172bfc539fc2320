using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Framing.Statistics.Tests;

/// <summary>
/// The public API of the Framing and Framing.Statistics packages is the list in <c>PublicApi.approved.txt</c>: every
/// public type and every public or protected member, one line each. A change to the surface fails here with the lines
/// added and removed; when it is deliberate, approve it with
/// <c>FRAMING_APPROVE_API=1 dotnet test tests/Framing.Statistics.Tests -c Release --filter PublicApiTests</c> and commit
/// the list with the change.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApproveVariable = "FRAMING_APPROVE_API";

    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        var actual = string.Concat(Lines(typeof(Framing.Lexicons.Lexicon).Assembly).Concat(Lines(typeof(Verbs.FramingVerbs).Assembly)).Select(l => l + "\n"));
        var path = Path.Combine(RepositoryRoot(), "tests", "Framing.Statistics.Tests", "PublicApi.approved.txt");
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        var approved = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (approved != actual)
        {
            var before = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var diff = after.Where(l => !before.Contains(l)).Select(l => "+ " + l).Concat(before.Where(l => !after.Contains(l)).Select(l => "- " + l)).Take(40);
            Assert.Fail($"the public API differs from {path} (set {ApproveVariable}=1 to approve a deliberate change):\n{string.Join('\n', diff)}");
        }
    }

    [Fact]
    public void PersistenceAndPerformanceHooksAreNotPublic()
    {
        var framing = typeof(Framing.Lexicons.Lexicon).Assembly;
        Assert.False(framing.GetType("Framing.Scoring.PoissonResampling", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Scoring.HotPathWarmup", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Scoring.ReplicateSums", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Text.Utf8Validation", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Scoring.FramingScore", throwOnError: true)!.IsPublic);
        var statistics = typeof(Verbs.FramingVerbs).Assembly;
        Assert.False(statistics.GetType("Framing.Statistics.Distributions", throwOnError: true)!.IsPublic);
        Assert.False(statistics.GetType("Framing.Statistics.Proportions.Interval", throwOnError: true)!.IsPublic);
        Assert.False(statistics.GetType("Framing.Statistics.Resampling.BootstrapInterval", throwOnError: true)!.IsPublic);
        Assert.False(statistics.GetType("Framing.Statistics.Scores.ScoreIntervals", throwOnError: true)!.IsPublic);
        Assert.False(statistics.GetType("Framing.Statistics.Comparisons.GroupComparer", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Matching.LexiconTermLabels", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Scoring.ScoreTable", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Text.Tokenizer", throwOnError: true)!.IsPublic);
        Assert.False(framing.GetType("Framing.Lexicons.Import.LexiconImporter", throwOnError: true)!.IsPublic);
        Assert.Null(typeof(Framing.Scoring.CorpusTally).GetProperty("Groups"));
        Assert.Null(typeof(Framing.Scoring.FramingCounts).GetMethod("ExportCounts"));
        Assert.Null(typeof(Framing.Scoring.ReplicateSums).GetMethod("Import"));
        Assert.Null(typeof(Framing.Scoring.CorpusTally).GetMethod("AddTotals"));
    }

    /// <summary>The public surface of an assembly, one sorted line per type and member.</summary>
    private static List<string> Lines(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = assembly.GetName().Name + ": " + TypeName(type);
            lines.Add(name + " " + Kind(type));
            foreach (var member in type.GetMembers(declared))
            {
                if (IsVisible(member) && !IsAccessor(member) && member.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !member.Name.StartsWith('<'))
                {
                    lines.Add(name + " :: " + member.MemberType + " " + member + Accessors(member));
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Which accessors of a property are visible (<c> { get; set; }</c>), so that a setter turning public shows.</summary>
    private static string Accessors(MemberInfo member) => member is PropertyInfo p
        ? " {" + (p.GetMethod is { } g && IsVisible(g) ? " get;" : "") + (p.SetMethod is { } s && IsVisible(s) ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit") ? " init;" : " set;") : "") + " }"
        : "";

    /// <summary>A property's or event's accessor: its property or event line stands for it, however it is written
    /// (an auto-property's accessors are compiler-generated, an expression-bodied one's are not).</summary>
    private static bool IsAccessor(MemberInfo member) =>
        member is MethodInfo { IsSpecialName: true } m
        && (m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal)
            || m.Name.StartsWith("add_", StringComparison.Ordinal) || m.Name.StartsWith("remove_", StringComparison.Ordinal));

    private static string TypeName(Type type) => type.FullName!.Replace('+', '.');

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => (p.GetMethod is { } g && IsVisible(g)) || (p.SetMethod is { } s && IsVisible(s)),
        EventInfo e => e.AddMethod is { } a && IsVisible(a),
        Type t => t.IsNestedPublic || t.IsNestedFamily,
        _ => false,
    };

    private static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Framing.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Framing.sln not found");
        }

        return root;
    }
}
