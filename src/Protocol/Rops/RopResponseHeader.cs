namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>The handle index and ReturnValue that follow RopId in most responses ([MS-OXCROPS] 2.2).</summary>
public readonly record struct RopResponseHeader(byte HandleIndex, uint ReturnValue)
{
    public bool Succeeded => ReturnValue == 0;

    /// <param name="handleField">The specification's name of the handle field: InputHandleIndex or OutputHandleIndex.</param>
    public static RopResponseHeader Decode(ref ProtocolReader reader, string handleField)
    {
        byte handle = reader.ReadByte(handleField);
        uint value = reader.ReadUInt32("ReturnValue");
        return new RopResponseHeader(handle, value);
    }

    /// <summary>The failure response for this header.</summary>
    public RopFailureResponse Failure(RopId ropId) => new(ropId, HandleIndex, ReturnValue);
}
