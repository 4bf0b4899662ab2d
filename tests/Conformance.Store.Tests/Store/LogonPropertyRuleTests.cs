namespace Conformance.Store.Tests.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// The Logon object properties of [MS-OXCSTOR] 2.2.2, through RopGetPropertiesSpecific,
/// RopGetPropertiesAll, RopSetProperties and RopDeleteProperties on the logon handle. A read-only
/// property is refused as [MS-OXCPRPT] 3.2.5.4 says: a PropertyProblem with AccessDenied (the store's
/// default ReadOnlyProperties setting), the value unchanged.
/// </summary>
public sealed class LogonPropertyRuleTests
{
    private const byte Logon = 0;

    // [MS-OXCSTOR] 2.2.2.1.1 with the types given there (IDs from [MS-OXPROPS]).
    private static readonly PropertyTag ExtendedRuleSizeLimit = new(0x0E9B, PropertyType.PtypInteger32);
    private static readonly PropertyTag MaximumSubmitMessageSize = new(0x666D, PropertyType.PtypInteger32);
    private static readonly PropertyTag ProhibitReceiveQuota = new(0x666A, PropertyType.PtypInteger32);
    private static readonly PropertyTag ProhibitSendQuota = new(0x666E, PropertyType.PtypInteger32);
    private static readonly PropertyTag StoreState = new(0x340E, PropertyType.PtypInteger32);
    private static readonly PropertyTag ContentCount = new(0x3602, PropertyType.PtypInteger32);
    private static readonly PropertyTag MailboxOwnerEntryId = new(0x661B, PropertyType.PtypBinary);
    private static readonly PropertyTag MailboxOwnerName = new(0x661C, PropertyType.PtypString);
    private static readonly PropertyTag MessageSize = new(0x0E08, PropertyType.PtypInteger32);
    private static readonly PropertyTag MessageSizeExtended = new(0x0E08, PropertyType.PtypInteger64);
    private static readonly PropertyTag UserEntryId = new(0x6619, PropertyType.PtypBinary);
    private static readonly PropertyTag LocaleId = new(0x66A1, PropertyType.PtypInteger32);
    private static readonly PropertyTag SerializedReplidGuidMap = new(0x6638, PropertyType.PtypBinary);
    private static readonly PropertyTag SortLocaleId = new(0x6705, PropertyType.PtypInteger32);
    private static readonly PropertyTag CodePageId = new(0x66C3, PropertyType.PtypInteger32);

    // [MS-OXCSTOR] 2.2.2.1.2.
    private static readonly PropertyTag Comment = new(0x3004, PropertyType.PtypString);
    private static readonly PropertyTag DeleteAfterSubmit = new(0x0E01, PropertyType.PtypBoolean);
    private static readonly PropertyTag DisplayName = new(0x3001, PropertyType.PtypString);
    private static readonly PropertyTag OutOfOfficeState = new(0x661D, PropertyType.PtypBoolean);
    private static readonly PropertyTag SentMailServerEntryId = new(0x6740, PropertyType.PtypServerId);

    // [MS-OXCSTOR] 2.2.2.2.2.
    private static readonly PropertyTag AddressBookMessageId = new(0x674F, PropertyType.PtypInteger64);

    private static readonly PropertyTag[] PrivateReadOnly =
    [
        ExtendedRuleSizeLimit, MaximumSubmitMessageSize, ProhibitReceiveQuota, ProhibitSendQuota, StoreState, ContentCount,
        MailboxOwnerEntryId, MailboxOwnerName, MessageSize, MessageSizeExtended, UserEntryId, LocaleId, SerializedReplidGuidMap,
        SortLocaleId, CodePageId,
    ];

    private static readonly PropertyTag MessageSubject = new(0x0037, PropertyType.PtypString);

    private static PropertyValue SampleValue(PropertyType type) => type switch
    {
        PropertyType.PtypInteger32 => PropertyValue.Integer32(7),
        PropertyType.PtypInteger64 => PropertyValue.Integer64(7),
        PropertyType.PtypBinary => PropertyValue.Binary(new byte[] { 1, 2, 3 }),
        PropertyType.PtypBoolean => PropertyValue.Boolean(true),
        _ => PropertyValue.String("x"),
    };

    private static async Task<StoreClient> LogonAsync(StoreHarness harness, string? mailboxOwnerEssdn = null)
    {
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.ExpectAsync<RopLogonPrivateMailboxResponse>(StoreClient.PrivateLogonRequest(mailboxOwnerEssdn ?? client.Session.User.Essdn));
        return client;
    }

    private static async Task<FlaggedPropertyValue[]> GetAsync(StoreClient client, params PropertyTag[] tags) =>
        (await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = Logon, WantUnicode = true, PropertyTags = tags,
        })).RowData.ValueArray.ToArray();

    private static async Task<PropertyValue?> GetOneAsync(StoreClient client, PropertyTag tag)
    {
        FlaggedPropertyValue cell = (await GetAsync(client, tag))[0];
        return cell.Flag == FlaggedPropertyValueFlag.Available ? cell.Value : null;
    }

    private static async Task<PropertyProblem[]> SetAsync(StoreClient client, params TaggedPropertyValue[] values) =>
        (await client.ExpectAsync<RopSetPropertiesResponse>(new RopSetPropertiesRequest { InputHandleIndex = Logon, PropertyValues = values })).PropertyProblems.ToArray();

    private static async Task<PropertyProblem[]> DeleteAsync(StoreClient client, params PropertyTag[] tags) =>
        (await client.ExpectAsync<RopDeletePropertiesResponse>(new RopDeletePropertiesRequest { InputHandleIndex = Logon, PropertyTags = tags })).PropertyProblems.ToArray();

    private static PropertyProblem[] AccessDeniedFor(PropertyTag[] tags) =>
        tags.Select((tag, i) => new PropertyProblem((ushort)i, tag, ErrorCodes.AccessDenied)).ToArray();

    private static async Task<ObjectId> SaveMessageAsync(StoreClient client, ObjectId folderId, bool associated = false, string subject = "s")
    {
        await client.ExpectAsync<RopCreateMessageResponse>(new RopCreateMessageRequest
        {
            InputHandleIndex = Logon, OutputHandleIndex = 1, CodePageId = 0x0FFF, FolderId = folderId, AssociatedFlag = associated,
        });
        await client.ExpectAsync<RopSetPropertiesResponse>(new RopSetPropertiesRequest
        {
            InputHandleIndex = 1, PropertyValues = new[] { new TaggedPropertyValue(MessageSubject, PropertyValue.String(subject)) },
        });
        return (await client.ExpectAsync<RopSaveChangesMessageResponse>(new RopSaveChangesMessageRequest
        {
            ResponseHandleIndex = 1, InputHandleIndex = 1, SaveFlags = SaveFlags.KeepOpenReadWrite,
        })).MessageId;
    }

    [Test]
    public async Task SettingAReadOnlyPrivateLogonPropertyIsAPropertyProblemAndChangesNothing()
    {
        // [MS-OXCSTOR] 2.2.2.1.1: read-only on a private logon; [MS-OXCPRPT] 3.2.5.4: AccessDenied per property.
        await using var harness = new StoreHarness();
        StoreClient client = await LogonAsync(harness);
        PropertyValue? locale = await GetOneAsync(client, LocaleId);

        PropertyProblem[] problems = await SetAsync(client, PrivateReadOnly.Select(t => new TaggedPropertyValue(t, SampleValue(t.PropertyType))).ToArray());

        Assert.Multiple(async () =>
        {
            Assert.That(problems, Is.EqualTo(AccessDeniedFor(PrivateReadOnly)));
            Assert.That(locale, Is.Not.Null);
            Assert.That(await GetOneAsync(client, LocaleId), Is.EqualTo(locale));
            Assert.That(await GetOneAsync(client, ExtendedRuleSizeLimit), Is.Not.EqualTo(PropertyValue.Integer32(7)));
        });
    }

    [Test]
    public async Task DeletingAReadOnlyPrivateLogonPropertyIsAPropertyProblem()
    {
        // [MS-OXCPRPT] 3.2.5.5: deleting a read-only property fails for that property only.
        await using var harness = new StoreHarness();
        StoreClient client = await LogonAsync(harness);

        PropertyProblem[] problems = await DeleteAsync(client, LocaleId, SortLocaleId, CodePageId);

        Assert.Multiple(async () =>
        {
            Assert.That(problems, Is.EqualTo(AccessDeniedFor([LocaleId, SortLocaleId, CodePageId])));
            Assert.That(await GetOneAsync(client, SortLocaleId), Is.Not.Null, "[MS-OXCSTOR] 3.2.5.1.1: the sort locale is set");
        });
    }

    [Test]
    public async Task ReadWritePrivateLogonPropertiesCanBeSetReadAndDeleted()
    {
        // [MS-OXCSTOR] 2.2.2.1.2: Comment, DeleteAfterSubmit, DisplayName and OutOfOfficeState are read/write;
        // DeleteAfterSubmit and SentMailSvrEID can also be deleted (2.2.2.1.2.2, 2.2.2.1.2.5).
        await using var harness = new StoreHarness();
        StoreClient client = await LogonAsync(harness);

        PropertyProblem[] setProblems = await SetAsync(
            client,
            new TaggedPropertyValue(Comment, PropertyValue.String("my mailbox")),
            new TaggedPropertyValue(DeleteAfterSubmit, PropertyValue.Boolean(true)),
            new TaggedPropertyValue(DisplayName, PropertyValue.String("Mailbox - user1")),
            new TaggedPropertyValue(OutOfOfficeState, PropertyValue.Boolean(true)));
        FlaggedPropertyValue[] afterSet = await GetAsync(client, Comment, DeleteAfterSubmit, DisplayName, OutOfOfficeState);
        PropertyProblem[] deleteProblems = await DeleteAsync(client, DeleteAfterSubmit, SentMailServerEntryId);
        FlaggedPropertyValue[] afterDelete = await GetAsync(client, DeleteAfterSubmit, SentMailServerEntryId);

        Assert.Multiple(() =>
        {
            Assert.That(setProblems, Is.Empty);
            Assert.That(afterSet.Select(c => c.Value), Is.EqualTo(new PropertyValue[]
            {
                PropertyValue.String("my mailbox"), PropertyValue.Boolean(true), PropertyValue.String("Mailbox - user1"), PropertyValue.Boolean(true),
            }));
            Assert.That(deleteProblems, Is.Empty);
            Assert.That(afterDelete.Select(c => c.Flag), Is.All.EqualTo(FlaggedPropertyValueFlag.Error));
            Assert.That(afterDelete.Select(c => c.Value), Is.All.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
        });
    }

    [Test]
    public async Task LogonPropertyChangesAreSeenAtOnceByOtherSessions()
    {
        // [MS-OXCPRPT] 3.2.5.4: Logon object changes are stored immediately, without a save ROP.
        await using var harness = new StoreHarness();
        StoreClient first = await LogonAsync(harness);
        StoreClient second = await LogonAsync(harness);

        await SetAsync(first, new TaggedPropertyValue(Comment, PropertyValue.String("shared")));

        Assert.That(await GetOneAsync(second, Comment), Is.EqualTo(PropertyValue.String("shared")));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task MailboxNameCommentAndDeleteAfterSubmitFollowTheRestrictOption(bool restrict)
    {
        // [MS-OXCSTOR] <14> <15> <16>: read-only from Exchange 2013 SP1 on (RestrictLogonMailboxProperties);
        // PidTagOutOfOfficeState stays read/write either way.
        await using var harness = new StoreHarness(new StoreOptions { RestrictLogonMailboxProperties = restrict });
        StoreClient client = await LogonAsync(harness);
        PropertyTag[] restricted = [Comment, DisplayName, DeleteAfterSubmit];

        PropertyProblem[] problems = await SetAsync(
            client,
            new TaggedPropertyValue(Comment, PropertyValue.String("c")),
            new TaggedPropertyValue(DisplayName, PropertyValue.String("d")),
            new TaggedPropertyValue(DeleteAfterSubmit, PropertyValue.Boolean(true)),
            new TaggedPropertyValue(OutOfOfficeState, PropertyValue.Boolean(true)));

        Assert.Multiple(async () =>
        {
            Assert.That(problems, Is.EqualTo(restrict ? AccessDeniedFor(restricted) : []));
            Assert.That(await GetOneAsync(client, OutOfOfficeState), Is.EqualTo(PropertyValue.Boolean(true)));
            Assert.That(await GetOneAsync(client, Comment), restrict ? Is.Not.EqualTo(PropertyValue.String("c")) : Is.EqualTo(PropertyValue.String("c")));
        });
    }

    [Test]
    public async Task PublicLogonPropertiesAreReadOnly()
    {
        // [MS-OXCSTOR] 2.2.2.2: both public logon properties are read-only.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPublicAsync();

        PropertyProblem[] problems = await SetAsync(
            client,
            new TaggedPropertyValue(UserEntryId, PropertyValue.Binary(new byte[] { 1 })),
            new TaggedPropertyValue(AddressBookMessageId, PropertyValue.Integer64(1)));
        PropertyProblem[] deleted = await DeleteAsync(client, UserEntryId);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.EqualTo(AccessDeniedFor([UserEntryId, AddressBookMessageId])));
            Assert.That(deleted, Is.EqualTo(AccessDeniedFor([UserEntryId])));
        });
    }

    [Test]
    public async Task ComputedPrivateLogonPropertiesFollowTheMailboxAndTheLoggedOnUser()
    {
        // [MS-OXCSTOR] 2.2.2.1.1.5 StoreState, .7 owner EntryID, .8 owner name, .11 user EntryID (the logged-on
        // user, not the owner), .13 REPLID/REPLGUID map (18-byte pairs).
        await using var harness = new StoreHarness();
        harness.Server.Control.SetActiveSearchFolders("user2", true);
        StoreClient client = await LogonAsync(harness, StoreHarness.User2.Essdn);
        RopLongTermIdFromIdResponse localReplica = await client.ExpectAsync<RopLongTermIdFromIdResponse>(new RopLongTermIdFromIdRequest
        {
            InputHandleIndex = Logon, ObjectId = (await client.ExpectAsync<RopLogonPrivateMailboxResponse>(StoreClient.PrivateLogonRequest(StoreHarness.User2.Essdn, 1, 1))).FolderIds.Inbox,
        });

        FlaggedPropertyValue[] cells = await GetAsync(client, StoreState, MailboxOwnerName, MailboxOwnerEntryId, UserEntryId, SerializedReplidGuidMap, ContentCount);
        var owner = AddressBookEntryId.Decode(((PropertyValue<ValueArray<byte>>)cells[2].Value!).Value.AsSpan());
        var user = AddressBookEntryId.Decode(((PropertyValue<ValueArray<byte>>)cells[3].Value!).Value.AsSpan());
        byte[] map = ((PropertyValue<ValueArray<byte>>)cells[4].Value!).Value.ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(cells.Select(c => c.Flag), Is.All.EqualTo(FlaggedPropertyValueFlag.Available));
            Assert.That(cells[0].Value, Is.EqualTo(PropertyValue.Integer32(0x01000000)));
            Assert.That(cells[1].Value, Is.EqualTo(PropertyValue.String("user2")));
            Assert.That(owner.X500DistinguishedName, Is.EqualTo(StoreHarness.User2.Essdn));
            Assert.That(user.X500DistinguishedName, Is.EqualTo(StoreHarness.User1.Essdn), "the logged-on user, not the owner");
            Assert.That(map.Length % 18, Is.Zero);
            Assert.That(map.Chunk(18).Select(pair => new Guid(pair[2..])), Does.Contain(localReplica.LongTermId.DatabaseGuid));
            Assert.That(cells[5].Value, Is.EqualTo(PropertyValue.Integer32(0)));
        });
    }

    [Test]
    public async Task ContentCountCountsSavedNormalMessagesOnly()
    {
        // [MS-OXCSTOR] 2.2.2.1.1.6: the count of non-FAI messages in the mailbox; an unsaved message is not in it.
        await using var harness = new StoreHarness();
        StoreClient client = await LogonAsync(harness);
        ObjectId inbox = (await client.ExpectAsync<RopLogonPrivateMailboxResponse>(StoreClient.PrivateLogonRequest(client.Session.User.Essdn, 2, 1))).FolderIds.Inbox;
        await SaveMessageAsync(client, inbox);
        await SaveMessageAsync(client, inbox);
        await SaveMessageAsync(client, inbox, associated: true);
        await client.ExpectAsync<RopCreateMessageResponse>(new RopCreateMessageRequest { InputHandleIndex = Logon, OutputHandleIndex = 3, CodePageId = 0x0FFF, FolderId = inbox });

        Assert.That(await GetOneAsync(client, ContentCount), Is.EqualTo(PropertyValue.Integer32(2)));
    }

    [Test]
    public async Task MessageSizeAndMessageSizeExtendedShareTheIdAndAnswerInTheirOwnTypes()
    {
        // [MS-OXCSTOR] 2.2.2.1.1.9 (PtypInteger32) and 2.2.2.1.1.10 (PtypInteger64): both are property 0x0E08,
        // the cumulative size of the mailbox's content; the type asked for picks the property. The mailbox's
        // content is its messages: their PidTagMessageSize ([MS-OXCMSG] 2.2.1.7) adds up to the total.
        await using var harness = new StoreHarness();
        StoreClient client = await LogonAsync(harness);
        ObjectId inbox = (await client.ExpectAsync<RopLogonPrivateMailboxResponse>(StoreClient.PrivateLogonRequest(client.Session.User.Essdn, 2, 1))).FolderIds.Inbox;
        FlaggedPropertyValue[] empty = await GetAsync(client, MessageSize, MessageSizeExtended);

        await SaveMessageAsync(client, inbox, subject: "first");
        var first = (PropertyValue<int>)(await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = 1, WantUnicode = true, PropertyTags = new[] { MessageSize },
        })).RowData.ValueArray[0].Value!;
        FlaggedPropertyValue[] cells = await GetAsync(client, MessageSize, MessageSizeExtended, MessageSize.WithType(PropertyType.PtypUnspecified));

        Assert.Multiple(() =>
        {
            Assert.That(empty.Select(c => c.Value), Is.EqualTo(new PropertyValue[] { PropertyValue.Integer32(0), PropertyValue.Integer64(0) }));
            Assert.That(first.Value, Is.Positive);
            Assert.That(cells[0].Value, Is.EqualTo(PropertyValue.Integer32(first.Value)));
            Assert.That(cells[1].Value, Is.EqualTo(PropertyValue.Integer64(first.Value)));
            Assert.That(cells[2].Value, Is.EqualTo(PropertyValue.Integer32(first.Value)), "PtypUnspecified: PidTagMessageSize");
        });
    }

    [Test]
    public async Task GetPropertiesAllOnALogonIncludesTheComputedProperties()
    {
        // [MS-OXCPRPT] 3.2.5.2: every property the object has, the server-computed ones too; both properties of
        // ID 0x0E08 ([MS-OXCSTOR] 2.2.2.1.1.9, 2.2.2.1.1.10).
        await using var harness = new StoreHarness();
        StoreClient client = await LogonAsync(harness);

        PropertyTag[] tags = (await client.ExpectAsync<RopGetPropertiesAllResponse>(new RopGetPropertiesAllRequest { InputHandleIndex = Logon, WantUnicode = true }))
            .PropertyValues.Select(v => v.PropertyTag).ToArray();
        PropertyTag[] listed = (await client.ExpectAsync<RopGetPropertiesListResponse>(new RopGetPropertiesListRequest { InputHandleIndex = Logon })).PropertyTags.ToArray();

        PropertyTag[] computed = [MessageSize, MessageSizeExtended, StoreState, ContentCount, UserEntryId, SerializedReplidGuidMap, MailboxOwnerEntryId, MailboxOwnerName];
        Assert.Multiple(() =>
        {
            Assert.That(tags, Is.SupersetOf(computed.Append(LocaleId).Append(SortLocaleId).Append(CodePageId)));
            Assert.That(listed, Is.SupersetOf(computed));
        });
    }

    [Test]
    public async Task AddressBookMessageIdIsTheFirstMessageOfTheLocalSiteOfflineAddressBookFolder()
    {
        // [MS-OXCSTOR] 2.2.2.2.2: the MID of the folder's first message; NotFound when there is none or the
        // folder has no local replica.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonPublicFoldersResponse logon = await client.LogonPublicAsync();
        PropertyValue? before = (await GetAsync(client, AddressBookMessageId))[0].Value;

        ObjectId messageId = await SaveMessageAsync(client, logon.FolderIds.LocalSiteOfflineAddressBookData);
        PropertyValue? after = await GetOneAsync(client, AddressBookMessageId);

        PublicFolderStore publicFolders = harness.Server.PublicFolders;
        lock (harness.Server.Sync)
        {
            // No ROP makes a folder ghosted: the replica list is set on the model.
            publicFolders.Folders[publicFolders.SpecialFolders.LocalSiteOfflineAddressBookData].GhostReplicaServers = ["/o=Conformance/cn=Servers/cn=other"];
        }

        PropertyValue? ghosted = (await GetAsync(client, AddressBookMessageId))[0].Value;

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
            Assert.That(after, Is.EqualTo(PropertyValue.Integer64(LogonPropertyIds.ToInteger64(messageId))));
            Assert.That(ghosted, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
        });
    }

    [Test]
    public async Task StoredPrivateLogonPropertiesAreReadable()
    {
        // [MS-OXCSTOR] 2.2.2.1.1.2 to .4: a quota is unset (no limit) unless configured; .12, .14, .15 locales
        // and code page are readable.
        await using var harness = new StoreHarness(new StoreOptions { ProhibitSendQuota = 1000 });
        StoreClient client = await LogonAsync(harness);

        FlaggedPropertyValue[] cells = await GetAsync(client, ProhibitSendQuota, ProhibitReceiveQuota, LocaleId, SortLocaleId, CodePageId);

        Assert.Multiple(() =>
        {
            Assert.That(cells[0].Value, Is.EqualTo(PropertyValue.Integer32(1000)));
            Assert.That(cells[1].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
            Assert.That(cells[2..].Select(c => c.Flag), Is.All.EqualTo(FlaggedPropertyValueFlag.Available));
        });
    }
}
