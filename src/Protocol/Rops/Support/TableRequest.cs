namespace Conformance.Protocol.Rops.Support;

using System.Runtime.CompilerServices;
using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopGetHierarchyTable and RopGetContentsTable ([MS-OXCROPS] 2.2.4.13.1, 2.2.4.14.1):
/// InputHandleIndex, OutputHandleIndex (the new table), then a 1-byte TableFlags whose bits each ROP defines
/// in its own enumeration (<see cref="HierarchyTableFlags"/>, <see cref="ContentsTableFlags"/>).
/// </summary>
/// <typeparam name="TTableFlags">The ROP's TableFlags enumeration; its underlying type is byte.</typeparam>
public abstract record TableRequest<TTableFlags> : RopRequest, IRopInputHandle, IRopOutputHandle
    where TTableFlags : struct, Enum
{
    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public TTableFlags TableFlags { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        writer.WriteByte(Unsafe.BitCast<TTableFlags, byte>(TableFlags));
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : TableRequest<TTableFlags>, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            TableFlags = Unsafe.BitCast<byte, TTableFlags>(reader.ReadByte(nameof(TableFlags))),
        };
        reader.Leave(outer);
        return request;
    }
}
