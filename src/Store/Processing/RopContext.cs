namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Store.Objects;

/// <summary>
/// What a ROP handler works with: the session, the server, the request and the Server object handle
/// table of the call, which handlers read input handles from and write output handles into
/// ([MS-OXCROPS] 2.2.1).
/// </summary>
public sealed class RopContext(StoreSession session, uint[] handleTable, RopRequest request)
{
    public StoreSession Session { get; } = session;

    public StoreServer Server => Session.Server;

    public StoreOptions Options => Session.Server.Options;

    public RopRequest Request { get; } = request;

    /// <summary>
    /// How many bytes this ROP's response may take in the output buffer (unbounded when unknown). A ROP
    /// that returns as much data as fits (RopReadStream with MaximumByteCount, [MS-OXCPRPT] 2.2.15.1) sizes
    /// its answer by it, and property reads answer a value too large for it with an error ([MS-OXCPRPT] 2.2.3.2).
    /// Handlers that can size their response before they change anything (rows, recipient rows, property ID
    /// lists) fit it to this, or answer <see cref="RopResponseDoesNotFit"/> so the processor reports the ROP
    /// unprocessed. The room already leaves space for a RopBufferTooSmall carrying the later requests
    /// (see <see cref="RopHandlerEntry"/>).
    /// </summary>
    public int ResponseRoom { get; init; } = int.MaxValue;

    /// <summary>The handle table as it will be returned.</summary>
    public uint[] HandleTable { get; } = handleTable;

    /// <summary>The object at <paramref name="handleIndex"/> when it is a <typeparamref name="T"/>.</summary>
    /// <returns>0 on success; ecNullObject when the index or handle names no object; ecNotSupported when the object is of another kind.</returns>
    public uint Resolve<T>(byte handleIndex, out T value)
        where T : ServerObject
    {
        value = null!;
        if (handleIndex >= HandleTable.Length || Session.Find(HandleTable[handleIndex]) is not { } found)
        {
            return ErrorCodes.NullObject;
        }

        if (found is not T typed)
        {
            return ErrorCodes.NotSupported;
        }

        value = typed;
        return ErrorCodes.Success;
    }

    /// <summary>Registers <paramref name="value"/> in the session and puts its handle at <paramref name="outputHandleIndex"/>.</summary>
    /// <returns>False when the index lies outside the handle table; the object is not registered then.</returns>
    public bool SetOutputHandle(byte outputHandleIndex, ServerObject value)
    {
        if (outputHandleIndex >= HandleTable.Length)
        {
            return false;
        }

        HandleTable[outputHandleIndex] = Session.Add(value);
        return true;
    }

    /// <summary>The generic failure response of this request, with the handle index its response carries.</summary>
    public RopFailureResponse Fail(uint returnValue) => new(Request.RopId, ResponseHandleIndex(Request), returnValue);

    /// <summary>The handle index a response to <paramref name="request"/> echoes: OutputHandleIndex for ROPs that create an object, else InputHandleIndex.</summary>
    public static byte ResponseHandleIndex(RopRequest request) => request switch
    {
        IRopOutputHandle output => output.OutputHandleIndex,
        IRopInputHandle input => input.InputHandleIndex,
        _ => 0,
    };
}
