namespace Conformance.Protocol.Data;

using System.Collections.Frozen;

public static partial class ErrorCodes
{
    /// <summary>Every row of the [MS-OXCDATA] 2.4 tables, in the specification's order.</summary>
    public static IReadOnlyList<ErrorCodeInfo> All => Table;

    /// <summary>The specification's name for <paramref name="value"/> (the first table that lists it).</summary>
    public static bool TryGetName(uint value, out string name)
    {
        if (Index.ByValue.TryGetValue(value, out ErrorCodeInfo? row))
        {
            name = row.Name;
            return true;
        }

        name = string.Empty;
        return false;
    }

    /// <summary>The name of <paramref name="value"/>, or its hexadecimal form when no table lists it.</summary>
    public static string Describe(uint value) => TryGetName(value, out string name) ? $"{name} (0x{value:X8})" : $"0x{value:X8}";

    /// <summary>Resolves a specification name or an alternate name (ecNotFound, MAPI_E_NOT_FOUND, ...), ignoring case.</summary>
    public static bool TryGetValue(string name, out uint value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Index.ByName.TryGetValue(name, out ErrorCodeInfo? row))
        {
            value = row.Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Every row that lists <paramref name="value"/> (a value can appear under two names).</summary>
    public static IEnumerable<ErrorCodeInfo> Rows(uint value) => Table.Where(row => row.Value == value);

    /// <summary>The row for a specification name or alternate name, ignoring case.</summary>
    public static ErrorCodeInfo? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Index.ByName.GetValueOrDefault(name);
    }

    /// <summary>
    /// Built on first use, after <see cref="Table"/> (whose partial file has its own initializer
    /// order) is in place.
    /// </summary>
    private static class Index
    {
        // The first row that lists a value names it: table order is 2.4, 2.4.1, 2.4.2, 2.4.3, so
        // 0x8007000E reads OutOfMemory rather than NotEnoughMemory (2.4.2), and 0x000003EE reads
        // BadConfiguration rather than IsamWarningBufferTruncated (2.4.3).
        public static readonly FrozenDictionary<uint, ErrorCodeInfo> ByValue =
            Table.GroupBy(row => row.Value).ToFrozenDictionary(group => group.Key, group => group.First());

        // Names and alternate names, case-insensitive: the specification itself writes some
        // alternate names in lower case (ecinterfacenotsupported).
        public static readonly FrozenDictionary<string, ErrorCodeInfo> ByName =
            Table.SelectMany(row => row.AlternateNames.Prepend(row.Name).Select(name => (name, row)))
                .ToFrozenDictionary(pair => pair.name, pair => pair.row, StringComparer.OrdinalIgnoreCase);
    }
}
