namespace Conformance.Harness.Traceability;

using System.Reflection;

/// <summary>
/// Finds every <see cref="RequirementAttribute"/> in test assemblies (on test methods and on their
/// classes, which tag every test of the class) and checks each ID against the catalogs. Reflection over
/// the loaded types, so it sees exactly what NUnit will.
/// </summary>
public static class RequirementScanner
{
    public static IReadOnlyList<TaggedTest> Scan(IEnumerable<Assembly> assemblies)
    {
        var tagged = new List<TaggedTest>();
        foreach (Assembly assembly in assemblies)
        {
            string name = assembly.GetName().Name ?? assembly.FullName ?? "assembly";
            foreach (Type type in Types(assembly))
            {
                RequirementAttribute[] onClass = [.. type.GetCustomAttributes<RequirementAttribute>(inherit: true)];
                foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    RequirementAttribute[] onMethod = [.. method.GetCustomAttributes<RequirementAttribute>(inherit: true)];
                    if (onMethod.Length == 0 && (onClass.Length == 0 || !IsTest(method)))
                    {
                        continue;
                    }

                    string test = $"{type.FullName}.{method.Name}";
                    tagged.AddRange(onClass.Concat(onMethod).Select(a => a.Id).Distinct(StringComparer.Ordinal).Select(id => new TaggedTest(name, test, id)));
                }
            }
        }

        return tagged;
    }

    /// <summary>The tags whose ID is not a live catalog entry, each with the reason.</summary>
    public static IReadOnlyList<(TaggedTest Tag, string Problem)> Unknown(IEnumerable<TaggedTest> tagged, RequirementIndex index) =>
        [.. tagged.Where(t => !index.Contains(t.RequirementId)).Select(t => (t, index.WhyUnknown(t.RequirementId)))];

    // NUnit's test attributes (Test, TestCase, TestCaseSource, Theory) all implement ITestBuilder or ISimpleTestBuilder.
    private static bool IsTest(MethodInfo method) =>
        method.GetCustomAttributes(inherit: true).Any(a => a is NUnit.Framework.Interfaces.ITestBuilder or NUnit.Framework.Interfaces.ISimpleTestBuilder);

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}
