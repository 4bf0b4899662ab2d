namespace Conformance.Fuzz.Traffic;

using System.Collections;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;

/// <summary>
/// What the fuzzer may send to a live server. A live campaign must name the test mailbox (--allow-live-mailbox) and runs
/// only as that user; a buffer goes out only if the codec decodes it and every ROP stays on the handles the prelude opened
/// (the test folder and its message): no RopLogon (another mailbox, the public folders), no ROP that names a folder or
/// message by ID (it could reach the user's other folders) and no logon handle in the table.
/// </summary>
public static class LiveSafety
{
    private static readonly HashSet<RopId> Refused =
    [
        RopId.RopLogon, RopId.RopSetReceiveFolder, RopId.RopPublicFolderIsGhosted, RopId.RopGetOwningServers,
        RopId.RopSetSearchCriteria, RopId.RopSubmitMessage, RopId.RopTransportSend, RopId.RopAbortSubmit,
        RopId.RopSetSpooler, RopId.RopSpoolerLockMessage, RopId.RopTransportNewMail, RopId.RopRegisterNotification,
        RopId.RopWritePerUserInformation,
    ];

    /// <summary>Throws unless <paramref name="allowedMailbox"/> names the configured user the campaign runs as.</summary>
    public static void CheckLiveCampaign(string targetKind, string? allowedMailbox, string userName)
    {
        if (!TrafficTargets.IsLive(targetKind))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(allowedMailbox))
        {
            throw new InvalidOperationException($"refusing to fuzz live target kind '{targetKind}' without --allow-live-mailbox <user name> naming the test mailbox");
        }

        if (!string.Equals(allowedMailbox, userName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"--allow-live-mailbox '{allowedMailbox}' is not the user the campaign would run as ('{userName}'); refusing to fuzz");
        }
    }

    public static bool IsAllowedRop(RopId ropId) => !Refused.Contains(ropId);

    /// <summary>True when <paramref name="request"/> carries no folder or message ID and is not refused by kind.</summary>
    public static bool IsAllowed(RopRequest request) =>
        IsAllowedRop(request.RopId) && !request.GetType().GetProperties().Any(p => NamesAnObject(p.PropertyType, p.GetValue(request)));

    /// <summary>True when the buffer decodes and every ROP in it is allowed; the handle table must not hold the logon's handle.</summary>
    public static bool IsAllowed(TrafficCase trafficCase)
    {
        if (trafficCase.HandleSlots.Contains(TrafficCase.Prelude(SessionPrelude.LogonHandle)))
        {
            return false;
        }

        try
        {
            RopInputBuffer decoded = RopInputBuffer.Decode(trafficCase.Build([0, 0, 0]));
            return decoded.RopsList.ToArray().All(IsAllowed);
        }
        catch (ProtocolException)
        {
            return false;
        }
    }

    private static bool NamesAnObject(Type type, object? value) =>
        type == typeof(ObjectId) || type == typeof(ObjectId?) || type == typeof(LongTermId)
        || (value is IEnumerable items and not string && type.IsGenericType && type.GetGenericArguments().Any(a => a == typeof(ObjectId) || a == typeof(LongTermId)) && items.Cast<object>().Any());
}
