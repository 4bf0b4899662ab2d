namespace Conformance.Store.Objects;

using Conformance.Protocol.Data;
using Conformance.Store.Processing;
using Conformance.Store.Processing.Stream;

/// <summary>
/// An open Stream object ([MS-OXCPRPT] 2.2.14): a seek pointer over <see cref="Content"/>, the bytes of
/// one property of a Folder, Message or Attachment object. RopCloneStream makes another Stream object over
/// the same content with its own seek pointer ([MS-OXCPRPT] 3.2.5.24).
/// </summary>
public sealed class StreamObject : ServerObject
{
    public StreamObject(StoreSession session, StreamContent content, long position)
        : base(content.Owner.Logon)
    {
        Session = session;
        Content = content;
        Position = position;
        content.Holders++;
    }

    /// <summary>The session that opened the stream: region locks belong to sessions ([MS-OXCPRPT] 3.2.5.21).</summary>
    public StoreSession Session { get; }

    public StreamContent Content { get; }

    /// <summary>The seek pointer, in bytes from the start ([MS-OXCPRPT] 3.2.5.11); it may lie beyond the end of a read-only stream.</summary>
    public long Position { get; set; }

    // [MS-OXCPRPT] 3.1.1, 3.2.5.13: closing a stream stores its pending changes as RopCommitStream would.
    public override void OnRelease()
    {
        Content.Holders--;
        StreamRules.CommitOnRelease(this);
        if (Content.Holders == 0)
        {
            StreamLocks.For(Session.Server).ReleaseAll(Content);
        }
    }
}

/// <summary>
/// The bytes behind one or more Stream objects (the original and its clones). Bytes past
/// <see cref="Materialized"/> up to <see cref="Length"/> are zeros that are not stored, so growing a
/// stream by RopSetStreamSize or RopSeekStream costs nothing until the bytes are written or committed.
/// </summary>
public sealed class StreamContent
{
    private byte[] bytes;

    public StreamContent(PropertyObject owner, PropertyTag propertyTag, bool writable, byte[] initial)
    {
        Owner = owner;
        PropertyTag = propertyTag;
        IsWritable = writable;
        bytes = initial;
        Materialized = initial.Length;
        Length = initial.Length;
    }

    /// <summary>The object whose property the stream is on.</summary>
    public PropertyObject Owner { get; }

    /// <summary>The property, with the type the client opened it as.</summary>
    public PropertyTag PropertyTag { get; }

    public bool IsWritable { get; }

    public long Length { get; private set; }

    /// <summary>How many leading bytes are stored; the rest up to <see cref="Length"/> are zeros.</summary>
    public int Materialized { get; private set; }

    /// <summary>Whether the content changed since it was last stored into the property.</summary>
    public bool IsDirty { get; set; }

    /// <summary>How many Stream objects use this content.</summary>
    public int Holders { get; set; }

    /// <summary>Regions whose lock expired while this content's session held them ([MS-OXCPRPT] 3.2.5.21).</summary>
    public List<(ulong Offset, ulong Size)> ExpiredRegions { get; } = [];

    /// <summary>Copies up to <paramref name="target"/>.Length bytes from <paramref name="offset"/>; returns how many.</summary>
    public int Read(long offset, Span<byte> target)
    {
        if (offset >= Length)
        {
            return 0;
        }

        int count = (int)Math.Min(target.Length, Length - offset);
        target = target[..count];
        target.Clear();
        if (offset < Materialized)
        {
            int stored = (int)Math.Min(count, Materialized - offset);
            bytes.AsSpan((int)offset, stored).CopyTo(target);
        }

        return count;
    }

    /// <summary>Writes <paramref name="data"/> at <paramref name="offset"/>; the caller has checked offset + length fits an array.</summary>
    public void Write(long offset, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        int end = checked((int)(offset + data.Length));
        EnsureCapacity(end);
        data.CopyTo(bytes.AsSpan((int)offset));
        Materialized = Math.Max(Materialized, end);
        Length = Math.Max(Length, end);
        IsDirty = true;
    }

    /// <summary>Sets the length; new bytes read as zeros ([MS-OXCPRPT] 3.2.5.17), removed bytes are gone.</summary>
    public void SetLength(long length)
    {
        if (length < Materialized)
        {
            bytes.AsSpan((int)length, Materialized - (int)length).Clear();
            Materialized = (int)length;
        }

        if (length != Length)
        {
            Length = length;
            IsDirty = true;
        }
    }

    /// <summary>Replaces the content (an expired lock discards the session's pending changes, [MS-OXCPRPT] 3.2.5.21).</summary>
    public void Reset(byte[] content)
    {
        bytes = content;
        Materialized = content.Length;
        Length = content.Length;
        IsDirty = false;
    }

    /// <summary>The whole content as one array; the caller has checked <see cref="Length"/> fits an array.</summary>
    public byte[] ToArray()
    {
        byte[] result = new byte[Length];
        bytes.AsSpan(0, Materialized).CopyTo(result);
        return result;
    }

    private void EnsureCapacity(int size)
    {
        if (size <= bytes.Length)
        {
            return;
        }

        long grown = Math.Max(size, Math.Min((long)bytes.Length * 2, Array.MaxLength));
        Array.Resize(ref bytes, (int)Math.Max(grown, 256));
    }
}
