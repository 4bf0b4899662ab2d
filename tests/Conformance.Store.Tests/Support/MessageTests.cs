namespace Conformance.Store.Tests.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopCreateMessage, RopOpenMessage and RopSaveChangesMessage ([MS-OXCMSG] 3.2.5.1 - 3.2.5.3) and the save model across sessions.</summary>
public sealed class MessageTests
{
    [Test]
    public async Task CreateMessageInitializesThePropertiesTheSpecificationLists()
    {
        // [MS-OXCMSG] 3.2.5.2: PidTagImportance 1, PidTagMessageClass "IPM.Note", PidTagSensitivity 0,
        // PidTagDisplayTo "", PidTagMessageFlags 0x00000009, PidTagHasAttachments 0, PidTagTrustSender 1.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        RopCreateMessageResponse created = await client.CreateMessageAsync(client.Folders.Inbox, 1);
        Assert.That(created.HasMessageId, Is.False, "the Message ID comes with the first save");
        ObjectId id = await client.SaveMessageAsync(1);

        await client.OpenFolderAsync(client.Folders.Inbox, 2);
        RopQueryRowsResponse rows = await client.ReadContentsAsync(2, 3, ContentsTableFlags.None,
            Tags.Importance, Tags.MessageClass, Tags.Sensitivity, Tags.DisplayTo, Tags.MessageFlags, Tags.HasAttachments, Tags.TrustSender, Tags.HasNamedProperties, Tags.Mid);
        PropertyRow row = rows.RowData.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Flag, Is.EqualTo(PropertyRowFlag.Standard));
            Assert.That(Tags.Value<int>(row, 0), Is.EqualTo(1));
            Assert.That(Tags.Value<string>(row, 1), Is.EqualTo("IPM.Note"));
            Assert.That(Tags.Value<int>(row, 2), Is.Zero);
            Assert.That(Tags.Value<string>(row, 3), Is.Empty);
            Assert.That(Tags.Value<int>(row, 4), Is.EqualTo(0x09), "mfRead | mfUnsent");
            Assert.That(Tags.Value<bool>(row, 5), Is.False);
            Assert.That(Tags.Value<int>(row, 6), Is.EqualTo(1));
            Assert.That(Tags.Value<bool>(row, 7), Is.False);
            Assert.That(Tags.Value<long>(row, 8), Is.EqualTo(IdValue(id)), "PidTagMid is the saved Message ID");
        });
    }

    [Test]
    public async Task CreateMessageWithAssociatedFlagCreatesAFaiMessage()
    {
        // [MS-OXCMSG] 2.2.3.2.1 AssociatedFlag; 2.2.1.6 mfFAI; 2.2.1.5 PidTagAssociated.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateSavedMessageAsync(client.Folders.Inbox, 1, associated: true);
        await client.OpenFolderAsync(client.Folders.Inbox, 2);
        RopQueryRowsResponse fai = await client.ReadContentsAsync(2, 3, ContentsTableFlags.Associated, Tags.Associated, Tags.MessageFlags);
        RopQueryRowsResponse normal = await client.ReadContentsAsync(2, 4, ContentsTableFlags.None, Tags.Mid);
        Assert.Multiple(() =>
        {
            Assert.That(Tags.Value<bool>(fai.RowData.Single(), 0), Is.True);
            Assert.That(Tags.Value<int>(fai.RowData.Single(), 1) & 0x40, Is.EqualTo(0x40));
            Assert.That(normal.RowData, Is.Empty);
        });
    }

    [Test]
    public async Task CreateMessageInAnUnknownFolderFailsWithNotFound()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        uint result = await client.ReturnValueAsync(new RopCreateMessageRequest { InputHandleIndex = 0, OutputHandleIndex = 1, CodePageId = 0x0FFF, FolderId = new ObjectId(1, 0x7777777) });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotFound));
    }

    [Test]
    public async Task ASavedMessageIsVisibleToAnotherSessionAndAnUnsavedOneIsNot()
    {
        // [MS-OXCMSG] 3.2.5.2: the message is not committed until RopSaveChangesMessage.
        await using var harness = new StoreHarness();
        SupportClient writer = await SupportClient.ConnectAsync(harness);
        SupportClient reader = await SupportClient.ConnectAsync(harness);
        await writer.CreateMessageAsync(writer.Folders.Inbox, 1);
        await reader.OpenFolderAsync(reader.Folders.Inbox, 1);
        Assert.That((await reader.ReadContentsAsync(1, 2, ContentsTableFlags.None, Tags.Mid)).RowData, Is.Empty);

        ObjectId id = await writer.SaveMessageAsync(1);
        RopQueryRowsResponse rows = await reader.SetColumnsAndReadAsync(2, [Tags.Mid]);
        Assert.That(Tags.Value<long>(rows.RowData.Single(), 0), Is.EqualTo(IdValue(id)));
        await reader.OpenMessageAsync(reader.Folders.Inbox, id, 3, OpenMessageModeFlags.ReadOnly);
    }

    [Test]
    public async Task OpenMessageFindsTheMessageThroughAnyFolderOfTheStore()
    {
        // [MS-OXCMSG] 2.2.3.1: the input folder need not be the parent, only a folder of the same store.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        await client.OpenFolderAsync(client.Folders.SentItems, 2);
        await client.ExpectAsync<RopOpenMessageResponse>(SupportClient.OpenMessageRequest(client.Folders.Inbox, id, 3) with { InputHandleIndex = 2 });
    }

    [Test]
    public async Task OpenMessageOfAnUnknownMessageFailsWithNotFound()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        Assert.Multiple(async () =>
        {
            Assert.That(await client.ReturnValueAsync(SupportClient.OpenMessageRequest(client.Folders.Inbox, new ObjectId(1, 0x999999), 2)), Is.EqualTo(ErrorCodes.NotFound));
            Assert.That(await client.ReturnValueAsync(SupportClient.OpenMessageRequest(client.Folders.SentItems, id, 2)), Is.EqualTo(ErrorCodes.NotFound), "not in that folder");
        });
    }

    [TestCase(OpenMessageModeFlags.ReadOnly, ErrorCodes.GeneralFailure)]
    [TestCase(OpenMessageModeFlags.ReadWrite, ErrorCodes.Success)]
    [TestCase(OpenMessageModeFlags.BestAccess, ErrorCodes.Success)]
    public async Task TheOpenModeDecidesWhetherTheHandleCanSave(OpenMessageModeFlags mode, uint expected)
    {
        // [MS-OXCMSG] 2.2.3.1.1 OpenModeFlags: a read-only handle cannot commit changes; 3.2.5.3 names ecError
        // for saving a message opened read-only (BestAccess is read/write: this store keeps no permissions).
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        await client.OpenMessageAsync(client.Folders.Inbox, id, 2, mode);
        RopResponse saved = await client.RunAsync(new RopSaveChangesMessageRequest { ResponseHandleIndex = 5, InputHandleIndex = 2, SaveFlags = SaveFlags.KeepOpenReadWrite });
        Assert.Multiple(() =>
        {
            Assert.That(((IRopResult)saved).ReturnValue, Is.EqualTo(expected));
            Assert.That(((IRopResult)saved).HandleIndex, Is.EqualTo(5), "the response echoes ResponseHandleIndex");
        });
    }

    [Test]
    public async Task SavingTwiceKeepsTheMessageId()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId first = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        ObjectId second = await client.SaveMessageAsync(1);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task ASaveOverAnotherHandlesCommitFailsWithObjectModifiedUnlessForced()
    {
        // [MS-OXCMSG] 3.2.5.3: once one transaction commits, the others get ecObjectModified unless ForceSave is set.
        await using var harness = new StoreHarness();
        SupportClient first = await SupportClient.ConnectAsync(harness);
        SupportClient second = await SupportClient.ConnectAsync(harness);
        ObjectId id = await first.CreateSavedMessageAsync(first.Folders.Inbox, 1);
        await first.OpenMessageAsync(first.Folders.Inbox, id, 2);
        await second.OpenMessageAsync(second.Folders.Inbox, id, 1);

        await first.SaveMessageAsync(2);
        uint conflict = await second.ReturnValueAsync(new RopSaveChangesMessageRequest { ResponseHandleIndex = 1, InputHandleIndex = 1, SaveFlags = SaveFlags.KeepOpenReadWrite });
        Assert.That(conflict, Is.EqualTo(ErrorCodes.ObjectChanged));
        ObjectId forced = await second.SaveMessageAsync(1, SaveFlags.ForceSave);
        Assert.That(forced, Is.EqualTo(id));
    }

    [Test]
    public async Task SavingADeletedMessageFailsWithObjectDeleted()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        await client.OpenFolderAsync(client.Folders.Inbox, 2);
        await client.ExpectAsync<RopDeleteMessagesResponse>(new RopDeleteMessagesRequest { InputHandleIndex = 2, MessageIds = new[] { id } });
        uint result = await client.ReturnValueAsync(new RopSaveChangesMessageRequest { ResponseHandleIndex = 1, InputHandleIndex = 1, SaveFlags = SaveFlags.ForceSave });
        Assert.That(result, Is.EqualTo(ErrorCodes.ObjectDeleted));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task KeepOpenReadOnlyLeavesTheHandleReadOnly(bool lowersAccess)
    {
        // [MS-OXCMSG] 2.2.3.3.1 KeepOpenReadOnly (note <13>: Exchange 2010+ ignore it); StoreOptions.KeepOpenReadOnlyLowersAccess.
        // A handle left read-only then fails the next save with ecError (3.2.5.3).
        await using var harness = new StoreHarness(new StoreOptions { KeepOpenReadOnlyLowersAccess = lowersAccess });
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        await client.SaveMessageAsync(1, SaveFlags.KeepOpenReadOnly);
        uint again = await client.ReturnValueAsync(new RopSaveChangesMessageRequest { ResponseHandleIndex = 1, InputHandleIndex = 1, SaveFlags = SaveFlags.KeepOpenReadWrite });
        Assert.That(again, Is.EqualTo(lowersAccess ? ErrorCodes.GeneralFailure : ErrorCodes.Success));
    }

    [Test]
    public async Task KeepOpenReadOnlyIsIgnoredByDefaultAsExchangeDoes()
    {
        // [MS-OXCMSG] section 6 note <13> on 2.2.3.3.1: Exchange 2010 and later ignore KeepOpenReadOnly.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        await client.SaveMessageAsync(1, SaveFlags.KeepOpenReadOnly);
        Assert.That(await client.ReturnValueAsync(new RopSaveChangesMessageRequest { ResponseHandleIndex = 1, InputHandleIndex = 1 }), Is.EqualTo(ErrorCodes.Success));
    }

    [Test]
    public async Task SaveOnAFolderHandleFailsWithNotSupported()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        Assert.That(await client.ReturnValueAsync(new RopSaveChangesMessageRequest { ResponseHandleIndex = 1, InputHandleIndex = 1 }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task OpenMessageReturnsTheSubjectAndTheRecipients()
    {
        // [MS-OXCROPS] 2.2.6.1.2: SubjectPrefix, NormalizedSubject, RecipientCount, RecipientColumns and rows.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        SeedMessage(harness, id, recipients: 3);

        RopOpenMessageResponse opened = await client.OpenMessageAsync(client.Folders.Inbox, id, 2);
        Assert.Multiple(() =>
        {
            Assert.That(opened.SubjectPrefix, Is.EqualTo(TypedString.Unicode("RE: ")));
            Assert.That(opened.NormalizedSubject, Is.EqualTo(TypedString.Unicode("Plans")));
            Assert.That(opened.HasNamedProperties, Is.True);
            Assert.That(opened.RecipientCount, Is.EqualTo((ushort)3));
            Assert.That(opened.RowCount, Is.EqualTo(3));
            Assert.That(opened.RecipientRows[0].RecipientType, Is.EqualTo((byte)1));
            Assert.That(opened.RecipientRows[0].RecipientRow.DisplayName, Is.EqualTo("Recipient 0"));
            Assert.That(opened.RecipientRows[0].RecipientRow.Type, Is.EqualTo(RecipientRowType.Smtp));
            Assert.That(opened.RecipientRows[0].RecipientRow.EmailAddress, Is.EqualTo("r0@example.com"));
            Assert.That(opened.RecipientColumns.ToArray(), Does.Contain(new PropertyTag(0x3000, PropertyType.PtypInteger32)), "PidTagRowid");
        });
    }

    [Test]
    public async Task OpenMessageSendsTheRecipientRowsThatFitAndCountsThemAll()
    {
        // [MS-OXCROPS] 2.2.6.1.2: RowCount can be below RecipientCount; the rest is for RopReadRecipients.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        SeedMessage(harness, id, recipients: 20);
        IReadOnlyList<RopResponse> responses = await client.RunAllAsync([SupportClient.OpenMessageRequest(client.Folders.Inbox, id, 2)], 2 + 64 + 400);
        var opened = StoreHarness.Expect<RopOpenMessageResponse>(responses.Single());
        Assert.Multiple(() =>
        {
            Assert.That(opened.RecipientCount, Is.EqualTo((ushort)20));
            Assert.That(opened.RowCount, Is.InRange(1, 19));
        });
    }

    [Test]
    public async Task OpenMessageThatCannotFitIsReturnedUnprocessedWithoutAHandle()
    {
        // [MS-OXCROPS] 2.2.15.1: a ROP that changes state is not executed when its response cannot be sent.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Inbox, 1);
        SeedMessage(harness, id, recipients: 0, subject: new string('S', 300));
        uint before = client.Handles[2];
        RopOpenMessageRequest open = SupportClient.OpenMessageRequest(client.Folders.Inbox, id, 2);
        IReadOnlyList<RopResponse> responses = await client.RunAllAsync([open], 2 + 64 + 200);
        var tooSmall = StoreHarness.Expect<RopBufferTooSmallResponse>(responses.Single());
        Assert.Multiple(() =>
        {
            Assert.That(tooSmall.RequestBuffers.ToArray(), Is.EqualTo(open.ToBytes()));
            Assert.That(client.Handles[2], Is.EqualTo(before));
        });
    }

    /// <summary>Gives a saved message a subject, a named property and recipients directly in the model (no ROP in scope sets recipients).</summary>
    private static void SeedMessage(StoreHarness harness, ObjectId id, int recipients, string subject = "Plans")
    {
        lock (harness.Server.Sync)
        {
            MessageRecord message = harness.Server.FindMailboxByUser(StoreHarness.User1.Name)!.Messages[id].Message;
            message.Properties.Set(0x003D, PropertyValue.String("RE: "));
            message.Properties.Set(0x0E1D, PropertyValue.String(subject));
            message.Properties.Set(0x8001, PropertyValue.Integer32(7));
            for (int i = 0; i < recipients; i++)
            {
                var recipient = new RecipientRecord();
                recipient.Properties.Set(0x3000, PropertyValue.Integer32(i));
                recipient.Properties.Set(0x0C15, PropertyValue.Integer32(1));
                recipient.Properties.Set(0x3001, PropertyValue.String($"Recipient {i}"));
                recipient.Properties.Set(0x3002, PropertyValue.String("SMTP"));
                recipient.Properties.Set(0x3003, PropertyValue.String($"r{i}@example.com"));
                message.Recipients.Add(recipient);
            }
        }
    }

    /// <summary>A Message ID as PtypInteger64: its 8 bytes, read little-endian ([MS-OXCDATA] 2.2.1.2).</summary>
    internal static long IdValue(ObjectId id)
    {
        using var writer = new Protocol.Encoding.ProtocolWriter(8);
        id.Encode(writer);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(writer.WrittenSpan);
    }
}
