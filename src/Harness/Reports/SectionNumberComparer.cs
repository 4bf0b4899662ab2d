namespace Conformance.Harness.Reports;

using System.Globalization;

/// <summary>Orders section numbers as a document does (2.2.9 before 2.2.10), which ordinal string order gets wrong.</summary>
public sealed class SectionNumberComparer : IComparer<string>
{
    public static SectionNumberComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        string[] left = (x ?? string.Empty).Split('.');
        string[] right = (y ?? string.Empty).Split('.');
        for (int i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            bool leftNumber = int.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out int a);
            bool rightNumber = int.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out int b);
            int order = leftNumber && rightNumber ? a.CompareTo(b) : string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
