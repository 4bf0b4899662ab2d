namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// How one RopLogon ended: its response (success, redirect or failure), or the call-level return code when
/// the server failed the whole call instead of answering the ROP (some products answer a refused logon with an
/// RPC fault, [MS-OXCSTOR] 6 notes &lt;20&gt; and &lt;27&gt;).
/// </summary>
public sealed record LogonAttempt(RopResponse? Response, uint? CallReturnCode)
{
    /// <summary>The ReturnValue of the RopLogon response; null when the call failed as a whole.</summary>
    public uint? ReturnValue => (Response as IRopResult)?.ReturnValue;

    public override string ToString() => CallReturnCode is { } call
        ? $"the call failed with {ErrorCodes.Describe(call)}"
        : ErrorCodes.Describe(ReturnValue ?? 0);
}

public sealed partial class MailboxClient
{
    /// <summary>The request of a further logon on this session: <paramref name="logonId"/> names it and its handle goes to the same index.</summary>
    public RopLogonRequest FurtherPrivateLogonRequest(byte logonId, string essdn, OpenFlags openFlags = OpenFlags.UsePerMdbReplidMapping) =>
        PrivateLogonRequest(logonId) with { LogonId = logonId, Essdn = essdn, OpenFlags = openFlags };

    /// <summary>Sends one RopLogon and reports how it ended, failures of the ROP or of the whole call included.</summary>
    public async Task<LogonAttempt> TryLogonAsync(RopLogonRequest request)
    {
        try
        {
            return new LogonAttempt(await RunAsync(request).ConfigureAwait(false), null);
        }
        catch (CallFailedException failed)
        {
            return new LogonAttempt(null, failed.ReturnCode);
        }
    }

    /// <summary>RopLongTermIdFromId on the logon <paramref name="logonId"/> whose object is at <paramref name="logonIndex"/>.</summary>
    public async Task<LongTermId> LongTermIdFromIdAsync(ObjectId id, byte logonId = LogonIndex, byte logonIndex = LogonIndex) =>
        (await ExpectAsync<RopLongTermIdFromIdResponse>(new RopLongTermIdFromIdRequest { LogonId = logonId, InputHandleIndex = logonIndex, ObjectId = id }).ConfigureAwait(false)).LongTermId;

    /// <summary>RopIdFromLongTermId on the logon <paramref name="logonId"/> whose object is at <paramref name="logonIndex"/>.</summary>
    public async Task<ObjectId> IdFromLongTermIdAsync(LongTermId id, byte logonId = LogonIndex, byte logonIndex = LogonIndex) =>
        (await ExpectAsync<RopIdFromLongTermIdResponse>(new RopIdFromLongTermIdRequest { LogonId = logonId, InputHandleIndex = logonIndex, LongTermId = id }).ConfigureAwait(false)).ObjectId;
}
