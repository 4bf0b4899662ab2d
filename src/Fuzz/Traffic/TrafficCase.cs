namespace Conformance.Fuzz.Traffic;

using System.Buffers.Binary;

/// <summary>
/// One fuzz case: the ROPs of a ROP input buffer ([MS-OXCROPS] 2.2.1), each as its own bytes so delta debugging can drop
/// whole ROPs, and the Server object handle table as slots. A slot of <see cref="PreludeSlotBase"/> + i stands for the
/// i-th handle the session prelude opened (their values are only known at run time); any other slot is sent as it is.
/// </summary>
/// <param name="Rops">The ROPs, as bytes (possibly mutated past what the codec accepts).</param>
/// <param name="HandleSlots">The handle table, prelude handles by reference.</param>
/// <param name="RopSizeDelta">Added to the true RopSize, to send a RopSize that lies about the ROPs' length.</param>
public sealed record TrafficCase(IReadOnlyList<byte[]> Rops, IReadOnlyList<uint> HandleSlots, int RopSizeDelta = 0)
{
    /// <summary>Marks a slot as "the prelude's handle i"; a literal handle of that value cannot be sent (none is ever issued).</summary>
    public const uint PreludeSlotBase = 0xF7F7_0000;

    /// <summary>The largest buffer built: the RopSize field is a WORD.</summary>
    public const int MaximumRopsLength = ushort.MaxValue - 2;

    public static uint Prelude(int index) => PreludeSlotBase + (uint)index;

    /// <summary>The ROP input buffer: RopSize (the ROPs' length plus its own 2 bytes), the ROPs, then the handle table.</summary>
    public byte[] Build(IReadOnlyList<uint> preludeHandles)
    {
        int ropsLength = Rops.Sum(r => r.Length);
        var bytes = new byte[2 + ropsLength + (4 * HandleSlots.Count)];
        ushort ropSize = unchecked((ushort)(2 + ropsLength + RopSizeDelta));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, ropSize);
        int at = 2;
        foreach (byte[] rop in Rops)
        {
            rop.CopyTo(bytes, at);
            at += rop.Length;
        }

        foreach (uint slot in HandleSlots)
        {
            uint value = slot >= PreludeSlotBase && slot - PreludeSlotBase < (uint)preludeHandles.Count ? preludeHandles[(int)(slot - PreludeSlotBase)] : slot;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), value);
            at += 4;
        }

        return bytes;
    }

    /// <summary>The ROP bytes as one hexadecimal string per ROP, for findings and the saved corpus.</summary>
    public IReadOnlyList<string> RopsHex => [.. Rops.Select(Convert.ToHexString)];

    public static TrafficCase FromHex(IEnumerable<string> ropsHex, IEnumerable<uint> slots, int ropSizeDelta) =>
        new([.. ropsHex.Select(Convert.FromHexString)], [.. slots], ropSizeDelta);

    public int Length => Rops.Sum(r => r.Length);
}
