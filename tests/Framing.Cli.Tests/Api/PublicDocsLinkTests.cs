using System.Reflection;
using System.Xml.Linq;

namespace Framing.Cli.Tests.Api;

/// <summary>
/// The XML documentation a package user sees (of public types and members) links only to what that user can see: a
/// <c>cref</c> to an internal type or member is a dead link in IntelliSense and in generated docs (SideClassifier's
/// summary linked to the internal TermExtractor, found by an adversarial pass over the library).
/// </summary>
public sealed class PublicDocsLinkTests
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(Framing.Lexicons.Lexicon).Assembly,
        typeof(Framing.Verbs.FramingVerbs).Assembly,
        typeof(Framing.Reports.ReportModel).Assembly,
        typeof(Framing.Parquet.ParquetColumn).Assembly,
        typeof(Framing.Learning.ClassifierReport).Assembly,
    ];

    private const BindingFlags AllMembers = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void PublicDocumentationLinksOnlyToPublicTypesAndMembers()
    {
        var dead = new List<string>();
        var documented = 0;
        foreach (var assembly in Assemblies)
        {
            var xml = Path.ChangeExtension(assembly.Location, ".xml");
            Assert.True(File.Exists(xml), $"{xml}: the XML documentation is built beside the assembly");
            foreach (var member in XDocument.Load(xml).Descendants("member"))
            {
                var name = (string)member.Attribute("name")!;
                if (IsVisible(name) != true)
                {
                    continue;
                }

                documented++;
                foreach (var cref in member.Descendants().Attributes("cref").Select(a => a.Value))
                {
                    if (IsVisible(cref) == false)
                    {
                        dead.Add($"{name} links to {cref}");
                    }
                }
            }
        }

        Assert.True(documented > 500, $"{documented} public members documented");
        Assert.True(dead.Count == 0, string.Join('\n', dead));
    }

    /// <summary>Whether the type or member a documentation id names is visible to a package user; null when it is not one
    /// of the packages' own (a .NET type) or cannot be resolved.</summary>
    private static bool? IsVisible(string id)
    {
        if (id.Length < 3 || id[1] != ':')
        {
            return null;
        }

        var kind = id[0];
        var path = id[2..];
        var parameters = path.IndexOf('(', StringComparison.Ordinal);
        string? parameterList = null;
        if (parameters >= 0)
        {
            parameterList = path[(parameters + 1)..path.LastIndexOf(')')];
            path = path[..parameters];
        }

        if (kind == 'T')
        {
            return TypeOf(path) is { } type ? type.IsVisible : null;
        }

        var dot = path.LastIndexOf('.');
        if (dot < 0 || TypeOf(path[..dot]) is not { } declaring)
        {
            return null;
        }

        if (!declaring.IsVisible)
        {
            return false;
        }

        var memberName = path[(dot + 1)..];
        var generic = memberName.IndexOf("``", StringComparison.Ordinal);
        if (generic >= 0)
        {
            memberName = memberName[..generic];
        }

        var members = memberName == "#ctor"
            ? declaring.GetConstructors(AllMembers).Cast<MemberInfo>().ToArray()
            : declaring.GetMember(memberName.Replace('#', '.'), AllMembers);
        if (members.Length == 0)
        {
            return null; // an inherited member, or a name the id spells otherwise: not judged
        }

        // Of overloads, the one whose parameters the id lists (a public and an internal overload may share a name).
        var matching = members.Where(m => m is not MethodBase method || string.Equals(string.Join(',', method.GetParameters().Select(p => DocName(p.ParameterType))), parameterList ?? string.Empty, StringComparison.Ordinal)).ToArray();
        return (matching.Length > 0 ? matching : members).Any(IsVisibleMember);
    }

    /// <summary>A parameter type as a documentation id writes it: <c>System.Func{System.Int64,System.String}</c>,
    /// <c>System.ReadOnlySpan{System.Char}</c>, nested types with dots.</summary>
    private static string DocName(Type type)
    {
        if (type.IsByRef)
        {
            return DocName(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return DocName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var name = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return name[..tick] + "{" + string.Join(',', type.GetGenericArguments().Select(DocName)) + "}";
    }

    private static bool IsVisibleMember(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type t => t.IsVisible,
        _ => true,
    };

    /// <summary>A type of the packages by its documentation name (nested types are written with dots there).</summary>
    private static Type? TypeOf(string name)
    {
        foreach (var assembly in Assemblies)
        {
            var candidate = name;
            while (true)
            {
                if (assembly.GetType(candidate) is { } type)
                {
                    return type;
                }

                var dot = candidate.LastIndexOf('.');
                if (dot < 0)
                {
                    break;
                }

                candidate = candidate[..dot] + "+" + candidate[(dot + 1)..];
            }
        }

        return null;
    }
}
