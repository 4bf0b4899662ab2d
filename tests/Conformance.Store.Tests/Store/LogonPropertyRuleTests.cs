namespace Conformance.Store.Tests.Store;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Objects;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// The Logon object property rules of [MS-OXCSTOR] 2.2.2, checked on the object's hooks. The property
/// ROPs belong to another family; once merged, these rules are also observable through
/// RopGetPropertiesSpecific / RopSetProperties.
/// </summary>
public sealed class LogonPropertyRuleTests
{
    private static readonly ushort[] PrivateReadOnly =
    [
        LogonPropertyIds.ExtendedRuleSizeLimit, LogonPropertyIds.MaximumSubmitMessageSize, LogonPropertyIds.ProhibitReceiveQuota,
        LogonPropertyIds.ProhibitSendQuota, LogonPropertyIds.StoreState, LogonPropertyIds.ContentCount, LogonPropertyIds.MailboxOwnerEntryId,
        LogonPropertyIds.MailboxOwnerName, LogonPropertyIds.MessageSize, LogonPropertyIds.UserEntryId, LogonPropertyIds.LocaleId,
        LogonPropertyIds.SerializedReplidGuidMap, LogonPropertyIds.SortLocaleId, LogonPropertyIds.CodePageId,
    ];

    private static readonly ushort[] PrivateReadWrite =
    [
        PropertyIds.Comment, LogonPropertyIds.DeleteAfterSubmit, PropertyIds.DisplayName, LogonPropertyIds.OutOfOfficeState, LogonPropertyIds.SentMailServerEntryId,
    ];

    private static LogonObject PrivateLogon(StoreHarness harness, string owner = "user1") =>
        new(0, harness.Server.FindMailboxByUser(owner)!, LogonFlags.Private, OpenFlags.None) { User = StoreHarness.User1 };

    [Test]
    public async Task PrivateLogonPropertiesAreReadOnlyOrReadWriteAsListed()
    {
        // [MS-OXCSTOR] 2.2.2.1.1 (read-only) and 2.2.2.1.2 (read/write).
        await using var harness = new StoreHarness();
        LogonObject logon = PrivateLogon(harness);
        Assert.Multiple(() =>
        {
            Assert.That(PrivateReadOnly.Where(id => !logon.IsReadOnlyProperty(id)), Is.Empty);
            Assert.That(PrivateReadWrite.Where(logon.IsReadOnlyProperty), Is.Empty);
        });
    }

    [Test]
    public async Task MailboxNameCommentAndDeleteAfterSubmitAreReadOnlyWithTheExchange2013Option()
    {
        // [MS-OXCSTOR] <14> <15> <16>.
        await using var harness = new StoreHarness(new StoreOptions { RestrictLogonMailboxProperties = true });
        LogonObject logon = PrivateLogon(harness);
        Assert.That(new[] { PropertyIds.Comment, PropertyIds.DisplayName, LogonPropertyIds.DeleteAfterSubmit }.All(logon.IsReadOnlyProperty));
        Assert.That(logon.IsReadOnlyProperty(LogonPropertyIds.OutOfOfficeState), Is.False);
    }

    [Test]
    public async Task PublicLogonPropertiesAreReadOnly()
    {
        // [MS-OXCSTOR] 2.2.2.2.
        await using var harness = new StoreHarness();
        var logon = new LogonObject(0, harness.Server.PublicFolders, LogonFlags.None, OpenFlags.Public) { User = StoreHarness.User1 };
        Assert.That(logon.IsReadOnlyProperty(LogonPropertyIds.UserEntryId) && logon.IsReadOnlyProperty(LogonPropertyIds.AddressBookMessageId));
    }

    [Test]
    public async Task ComputedPrivateLogonPropertiesFollowTheMailboxAndTheSession()
    {
        // [MS-OXCSTOR] 2.2.2.1.1.5 StoreState, .7 owner EntryID, .8 owner name, .11 user EntryID, .13 REPLID map.
        await using var harness = new StoreHarness();
        harness.Server.Control.SetActiveSearchFolders("user2", true);
        LogonObject logon = PrivateLogon(harness, "user2");
        Mailbox mailbox = harness.Server.FindMailboxByUser("user2")!;
        byte[] map = ((PropertyValue<ValueArray<byte>>)logon.ComputedProperty(LogonPropertyIds.SerializedReplidGuidMap)!).Value.ToArray();
        var owner = AddressBookEntryId.Decode(((PropertyValue<ValueArray<byte>>)logon.ComputedProperty(LogonPropertyIds.MailboxOwnerEntryId)!).Value.AsSpan());
        var user = AddressBookEntryId.Decode(((PropertyValue<ValueArray<byte>>)logon.ComputedProperty(LogonPropertyIds.UserEntryId)!).Value.AsSpan());
        Assert.Multiple(() =>
        {
            Assert.That(logon.ComputedProperty(LogonPropertyIds.StoreState), Is.EqualTo(PropertyValue.Integer32(0x01000000)));
            Assert.That(logon.ComputedProperty(LogonPropertyIds.MailboxOwnerName), Is.EqualTo(PropertyValue.String("user2")));
            Assert.That(owner.X500DistinguishedName, Is.EqualTo(StoreHarness.User2.Essdn));
            Assert.That(user.X500DistinguishedName, Is.EqualTo(StoreHarness.User1.Essdn), "the logged-on user, not the owner");
            Assert.That(map, Has.Length.EqualTo(18));
            Assert.That(map[..2], Is.EqualTo(new byte[] { (byte)MessageStore.LocalReplicaId, 0 }));
            Assert.That(new Guid(map[2..]), Is.EqualTo(mailbox.ReplicaGuid));
            Assert.That(logon.ComputedProperty(LogonPropertyIds.ContentCount), Is.EqualTo(PropertyValue.Integer32(0)));
        });
    }

    [Test]
    public async Task StoredPrivateLogonPropertiesAreSetAtCreation()
    {
        // [MS-OXCSTOR] 2.2.2.1: locale, sort locale and code page are readable; the quotas are unset (no limit)
        // unless configured; 3.2.5.1.1: PidTagSortLocaleId is set, so it can be read.
        await using var harness = new StoreHarness(new StoreOptions { ProhibitSendQuota = 1000 });
        Mailbox mailbox = harness.Server.FindMailboxByUser("user1")!;
        Assert.Multiple(() =>
        {
            Assert.That(mailbox.Properties.Contains(LogonPropertyIds.SortLocaleId) && mailbox.Properties.Contains(LogonPropertyIds.LocaleId) && mailbox.Properties.Contains(LogonPropertyIds.CodePageId));
            Assert.That(mailbox.Properties.Get(LogonPropertyIds.ProhibitSendQuota), Is.EqualTo(PropertyValue.Integer32(1000)));
            Assert.That(mailbox.Properties.Contains(LogonPropertyIds.ProhibitReceiveQuota), Is.False);
            Assert.That(mailbox.Properties.Get(LogonPropertyIds.SentMailServerEntryId)?.Type, Is.EqualTo(PropertyType.PtypServerId));
        });
    }

    [Test]
    public async Task AddressBookMessageIdIsTheFirstMessageOfTheLocalOfflineAddressBookFolder()
    {
        // [MS-OXCSTOR] 2.2.2.2.2: no message (or no local replica) -> no value (ecNotFound).
        await using var harness = new StoreHarness();
        PublicFolderStore publicFolders = harness.Server.PublicFolders;
        var logon = new LogonObject(0, publicFolders, LogonFlags.None, OpenFlags.Public) { User = StoreHarness.User1 };
        Assert.That(logon.ComputedProperty(LogonPropertyIds.AddressBookMessageId), Is.Null);

        FolderRecord folder = publicFolders.Folders[publicFolders.SpecialFolders.LocalSiteOfflineAddressBookData];
        var message = new MessageRecord(publicFolders.NewId());
        folder.Messages[message.Id] = message;
        Assert.That(logon.ComputedProperty(LogonPropertyIds.AddressBookMessageId), Is.EqualTo(PropertyValue.Integer64(LogonPropertyIds.ToInteger64(message.Id))));

        folder.GhostReplicaServers = ["/o=Conformance/cn=Servers/cn=other"];
        Assert.That(logon.ComputedProperty(LogonPropertyIds.AddressBookMessageId), Is.Null);
    }
}
