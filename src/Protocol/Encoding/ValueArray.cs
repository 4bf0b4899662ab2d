using System.Collections;

namespace Conformance.Protocol.Encoding;

/// <summary>
/// An immutable array with value equality, so that decoded records compare by content
/// (a round-trip test compares decode(encode(x)) with x).
/// </summary>
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[]? items;

    public ValueArray(T[] items) => this.items = items;

    public ValueArray(IEnumerable<T> items) => this.items = [.. items];

    public static ValueArray<T> Empty => new([]);

    public int Count => items?.Length ?? 0;

    public T this[int index] => (items ?? [])[index];

    public ReadOnlySpan<T> AsSpan() => items;

    public static implicit operator ValueArray<T>(T[] items) => new(items);

    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    public T[] ToArray() => [.. AsSpan()];

    public bool Equals(ValueArray<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < Count; i++)
        {
            if (!comparer.Equals(items![i], other.items![i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        typeof(T) == typeof(byte)
            ? $"[{Convert.ToHexString((byte[])(object)(items ?? []))}]"
            : $"[{string.Join(", ", items ?? [])}]";
}
