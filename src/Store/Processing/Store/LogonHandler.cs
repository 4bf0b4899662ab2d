namespace Conformance.Store.Processing;

using System.Runtime.CompilerServices;
using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Objects;

public static partial class RopHandlers
{
    // [MS-OXCSTOR] 2.2.1.1.1: the flags the specification defines; anything else is undefined.
    private const LogonFlags DefinedLogonFlags = LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted | LogonFlags.SpoolerProcess;

    private const OpenFlags DefinedOpenFlags = OpenFlags.UseAdminPrivilege | OpenFlags.Public | OpenFlags.HomeLogon | OpenFlags.TakeOwnership
        | OpenFlags.AlternateServer | OpenFlags.IgnoreHomeMdb | OpenFlags.NoMail | OpenFlags.UsePerMdbReplidMapping | OpenFlags.SupportProgress;

    // [MS-OXCSTOR] 2.2.1.1.2-2.2.1.1.4: the response echoes only these request flags.
    private const LogonFlags EchoedLogonFlags = LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted;

    // [MS-OXCSTOR] 3.2.5.1.1: more than five redirected attempts within ten seconds pause the client.
    private const int RedirectAttemptLimit = 5;

    private static readonly TimeSpan RedirectAttemptWindow = TimeSpan.FromSeconds(10);

    private static readonly ConditionalWeakTable<StoreSession, SessionLogonHistory> LogonHistories = [];

    /// <summary>RopLogon ([MS-OXCSTOR] 3.2.5.1): a private mailbox by ESSDN, or the public folders.</summary>
    private static RopResponse? Logon(RopContext context, RopLogonRequest request)
    {
        // [MS-OXCSTOR] 3.2.5.1.1, 3.2.5.1.2: undefined flags SHOULD fail with ecError.
        if (context.Options.RejectUndefinedLogonFlags
            && ((request.LogonFlags & ~DefinedLogonFlags) != 0 || (request.OpenFlags & ~DefinedOpenFlags) != 0))
        {
            return context.Fail(ErrorCodes.GeneralFailure);
        }

        SessionLogonHistory history = LogonHistories.GetValue(context.Session, _ => new SessionLogonHistory());
        var (store, failure) = (request.LogonFlags & LogonFlags.Private) != 0
            ? FindPrivateMailbox(context, request, history)
            : FindPublicFolders(context, request);
        if (failure is not null)
        {
            return failure;
        }

        if (request.OutputHandleIndex >= context.HandleTable.Length)
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        if (store is Mailbox first)
        {
            history.FirstPrivateMailbox ??= first;
        }

        var logon = new LogonObject(request.LogonId, store!, request.LogonFlags, request.OpenFlags) { User = context.Session.User };
        context.SetOutputHandle(request.OutputHandleIndex, logon);
        LogonFlags echoed = request.LogonFlags & EchoedLogonFlags;
        if (store is Mailbox mailbox)
        {
            return new RopLogonPrivateMailboxResponse
            {
                OutputHandleIndex = request.OutputHandleIndex,
                LogonFlags = echoed,
                FolderIds = mailbox.SpecialFolders,
                ResponseFlags = PrivateResponseFlags(context, mailbox),
                MailboxGuid = mailbox.MailboxGuid,
                ReplId = MessageStore.LocalReplicaId,
                ReplGuid = mailbox.ReplicaGuid,
                LogonTime = LogonTimeOf(context.Server.Time.GetUtcNow().UtcDateTime),
                GwartTime = context.Options.GwartTime,

                // [MS-OXCSTOR] 2.2.1.1.3: SHOULD be 0; Exchange 2003 and 2007 report active searches (<8>).
                StoreState = context.Options.LogonStoreStateReportsSearches && mailbox.HasActiveSearchFolders ? StoreState.StoreHasSearches : StoreState.None,
            };
        }

        var publicFolders = (PublicFolderStore)store!;
        return new RopLogonPublicFoldersResponse
        {
            OutputHandleIndex = request.OutputHandleIndex,
            LogonFlags = echoed,
            FolderIds = PublicFolderIds(context, publicFolders),
            ReplId = MessageStore.LocalReplicaId,
            ReplGuid = publicFolders.ReplicaGuid,

            // [MS-OXCSTOR] 2.2.1.1.4: SHOULD be all zeroes; Exchange 2007 does not zero it (<10>).
            PerUserGuid = context.Options.PublicLogonReturnsPerUserGuid ? publicFolders.PerUserGuid : Guid.Empty,
        };
    }

    /// <summary>The private mailbox the request names, or the failure response of [MS-OXCSTOR] 3.2.5.1.1.</summary>
    private static (MessageStore? Store, RopResponse? Failure) FindPrivateMailbox(RopContext context, RopLogonRequest request, SessionLogonHistory history)
    {
        // The ESSDN is a DN: without one, or without DN syntax, the directory lookup itself fails (ecLoginFailure);
        // a well-formed ESSDN nobody has is ecUnknownUser. DNs compare case-insensitively.
        if (string.IsNullOrEmpty(request.Essdn) || !request.Essdn.StartsWith('/'))
        {
            return (null, context.Fail(ErrorCodes.LogonFailed));
        }

        Mailbox? mailbox = context.Server.FindMailboxByEssdn(request.Essdn);
        if (mailbox is null)
        {
            return (null, context.Fail(ErrorCodes.UnknownUser));
        }

        switch (mailbox.State)
        {
            case MailboxState.DatabaseOffline:
                // SHOULD ecLoginFailure (Exchange 2010 and 2013 answer with an RPC fault instead, <20>).
                return (null, context.Fail(ErrorCodes.LogonFailed));
            case MailboxState.InTransit:
                return (null, context.Fail(ErrorCodes.MailboxInTransit));
            case MailboxState.NoMailboxDatabase:
                // [MS-OXCSTOR] 3.2.5.1.1: a user without a configured mailbox database is unknown to the store.
                return (null, context.Fail(ErrorCodes.UnknownUser));
            case MailboxState.Disabled:
                return (null, context.Fail(context.Options.DisabledMailboxLogon switch
                {
                    DisabledMailboxLogonResult.MailboxDisabled => ErrorCodes.MailboxDisabled,
                    DisabledMailboxLogonResult.LoginFailure => ErrorCodes.LogonFailed,
                    _ => ErrorCodes.UnknownUser,
                }));
        }

        if (mailbox.HomeServer is not null)
        {
            // A mailbox homed elsewhere: redirect, unless the client keeps trying too fast.
            return history.RecordRedirectAttempt(context.Server.Time.GetUtcNow()) > RedirectAttemptLimit
                ? (null, context.Fail(ErrorCodes.ServerPaused))
                : (null, Redirect(context, request, mailbox.HomeServer));
        }

        // [MS-OXCSTOR] 3.2.5.1.1: a session established with a code page the server does not know SHOULD fail with
        // ecUnknownCodePage (Exchange 2010 does not, <22>).
        if (context.Session.CodePage is { } codePage && !IsKnownCodePage(codePage))
        {
            return (null, context.Fail(ErrorCodes.UnknownCodePage));
        }

        // [MS-OXCSTOR] 3.2.5.1.1: a further logon to another mailbox needs USE_PER_MDB_REPLID_MAPPING (SHOULD),
        // because each mailbox keeps its own REPLID and named-property mappings here.
        if (history.FirstPrivateMailbox is { } first && first != mailbox && (request.OpenFlags & OpenFlags.UsePerMdbReplidMapping) == 0)
        {
            return (null, context.Fail(ErrorCodes.InvalidParameter));
        }

        bool isOwner = string.Equals(mailbox.Owner.Name, context.Session.User.Name, StringComparison.OrdinalIgnoreCase);
        if (!isOwner)
        {
            switch (context.Options.OtherUserMailboxLogon)
            {
                case OtherUserMailboxLogonResult.AccessDenied:
                    return (null, context.Fail(ErrorCodes.AccessDenied));
                case OtherUserMailboxLogonResult.LoginPermission:
                    return (null, context.Fail(ErrorCodes.LoginPermission));
            }
        }

        return (mailbox, null);
    }

    /// <summary>The public folders store, or the failure or redirect of [MS-OXCSTOR] 3.2.5.1.2.</summary>
    private static (MessageStore? Store, RopResponse? Failure) FindPublicFolders(RopContext context, RopLogonRequest request)
    {
        // The PUBLIC bit MUST be set for a public logon; the section names no code, so the logon simply fails.
        if ((request.OpenFlags & OpenFlags.Public) == 0)
        {
            return (null, context.Fail(ErrorCodes.LogonFailed));
        }

        PublicFolderStore publicFolders = context.Server.PublicFolders;
        if ((request.OpenFlags & OpenFlags.AlternateServer) != 0)
        {
            // Another public folder server than the preferred one, or ecLoginFailure when there is none.
            return context.Options.AlternatePublicFolderServer is { } alternate
                ? (null, Redirect(context, request, alternate))
                : (null, context.Fail(ErrorCodes.LogonFailed));
        }

        if (!publicFolders.ContainerPresent)
        {
            // No container on this server (or not accessible): ecLoginFailure whatever the Ghosted bit says.
            return (null, context.Fail(ErrorCodes.LogonFailed));
        }

        // Without IGNORE_HOME_MDB and the Ghosted bit, the logon goes to the user's default container,
        // which may live on another server: redirect there.
        if ((request.OpenFlags & OpenFlags.IgnoreHomeMdb) == 0 && (request.LogonFlags & LogonFlags.Ghosted) == 0
            && context.Options.DefaultPublicFolderServer is { } home)
        {
            return (null, Redirect(context, request, home));
        }

        return (publicFolders, null);
    }

    // [MS-OXCSTOR] 2.2.1.1.2: ecWrongServer with the ESSDN of the server to use; a name that cannot be
    // sent (not ASCII, or longer than the one-byte ServerNameSize allows) leaves only ecLoginFailure.
    private static RopResponse Redirect(RopContext context, RopLogonRequest request, string serverName) =>
        serverName.Length is 0 or > 254 || serverName.Any(c => c is '\0' or > (char)0x7E)
            ? context.Fail(ErrorCodes.LogonFailed)
            : new RopLogonRedirectResponse
            {
                OutputHandleIndex = request.OutputHandleIndex,
                LogonFlags = request.LogonFlags & EchoedLogonFlags,
                ServerName = serverName,
            };

    // [MS-OXCSTOR] 2.2.1.1.3: Reserved is always set; the owner has owner and send-as rights; OOF follows
    // the mailbox's PidTagOutOfOfficeState.
    private static ResponseFlags PrivateResponseFlags(RopContext context, Mailbox mailbox)
    {
        ResponseFlags flags = ResponseFlags.Reserved;
        if (string.Equals(mailbox.Owner.Name, context.Session.User.Name, StringComparison.OrdinalIgnoreCase))
        {
            flags |= ResponseFlags.OwnerRight | ResponseFlags.SendAsRight;
        }

        if (mailbox.Properties.GetValue<bool>(LogonPropertyIds.OutOfOfficeState))
        {
            flags |= ResponseFlags.Oof;
        }

        return flags;
    }

    // [MS-OXCSTOR] 2.2.1.1.4 and <9>: Exchange 2013 and later leave the legacy folders empty.
    private static PublicFoldersFolderIds PublicFolderIds(RopContext context, PublicFolderStore publicFolders) =>
        context.Options.PublicLogonOmitsLegacyFolders
            ? publicFolders.SpecialFolders with
            {
                FreeBusyData = default,
                OfflineAddressBookData = default,
                LocalSiteFreeBusyData = default,
                LocalSiteOfflineAddressBookData = default,
                NntpArticleIndex = default,
            }
            : publicFolders.SpecialFolders;

    private static bool IsKnownCodePage(int codePage)
    {
        try
        {
            return codePage is > 0 and <= ushort.MaxValue
                && (System.Text.CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? System.Text.Encoding.GetEncoding(codePage)) is not null;
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static LogonTime LogonTimeOf(DateTime utc) =>
        new((byte)utc.Second, (byte)utc.Minute, (byte)utc.Hour, utc.DayOfWeek, (byte)utc.Day, (byte)utc.Month, (ushort)utc.Year);

    /// <summary>What RopLogon remembers about one session ([MS-OXCSTOR] 3.2.5.1.1).</summary>
    private sealed class SessionLogonHistory
    {
        private readonly Queue<DateTimeOffset> redirectAttempts = new();

        /// <summary>The mailbox of the first private logon on the session.</summary>
        public Mailbox? FirstPrivateMailbox { get; set; }

        /// <summary>Records a logon attempt to a mailbox homed elsewhere; returns the attempts within the window, this one included.</summary>
        public int RecordRedirectAttempt(DateTimeOffset now)
        {
            while (redirectAttempts.Count > 0 && now - redirectAttempts.Peek() >= RedirectAttemptWindow)
            {
                redirectAttempts.Dequeue();
            }

            redirectAttempts.Enqueue(now);
            return redirectAttempts.Count;
        }
    }
}
