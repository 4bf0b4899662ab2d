namespace Conformance.Suites.OXCPRPT.S90_ClientObligations;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// [MS-OXCPRPT] obligations on the client, checked on our own MailboxClient: what its operations refuse to
/// send, and the ROP sequences and handles they use, read from the buffers it sent.
/// </summary>
[TestFixture]
public sealed class ClientObligationTests : ConformanceTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0038")]
    [Requirement("MS-OXCPRPT-R0184")]
    public async Task Copies_between_objects_of_different_types_are_refused_before_they_are_sent()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("source")));
        await client.CreateSavedMessageAsync(folder.FolderId, 3);
        (CopyObjectKind message, CopyObjectKind folderKind) = await client.CopyObjectKindsAsync(2, folder.Index);
        List<RopExchange> sent = Record(client);

        // A Message object to a Folder object and back: refused ([MS-OXCPRPT] 2.2.10 and 3.2.5.8 want one type on both sides).
        bool propertiesRefused = await RefusedAsync<InvalidOperationException>(() => client.CopyPropertiesAsync(2, folder.Index, CopyFlags.None, Tags.Subject));
        bool copyToRefused = await RefusedAsync<InvalidOperationException>(() => client.CopyToAsync(folder.Index, 2, CopyFlags.None, false));
        byte[] mixedSent = SentRopIds(sent);

        // Two Message objects: sent.
        sent.Clear();
        await client.CopyPropertiesAsync(2, 3, CopyFlags.None, Tags.Subject);
        SentRop properties = SentRop.Of(LastExchange, RopIds.CopyProperties);
        await client.CopyToAsync(2, 3, CopyFlags.None, false, Tags.Importance);
        SentRop copyTo = SentRop.Of(LastExchange, RopIds.CopyTo);

        Check(
            "MS-OXCPRPT-R0038",
            propertiesRefused && !mixedSent.Contains(RopIds.CopyProperties) && properties.U8(2) == 2 && properties.U8(3) == 3,
            "Message to Folder refused unsent; Message to Message sent",
            $"refused {propertiesRefused}, ROPs sent {SentRop.Hex(mixedSent)}, then source {properties.U8(2)} to destination {properties.U8(3)}",
            $"the client saw a {message} and a {folderKind} object");
        Check(
            "MS-OXCPRPT-R0184",
            copyToRefused && !mixedSent.Contains(RopIds.CopyTo) && copyTo.U8(2) == 2 && copyTo.U8(3) == 3,
            "Folder to Message refused unsent; Message to Message sent",
            $"refused {copyToRefused}, ROPs sent {SentRop.Hex(mixedSent)}, then source {copyTo.U8(2)} to destination {copyTo.U8(3)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0041")]
    [Requirement("MS-OXCPRPT-R0054")]
    public async Task Move_and_NoOverwrite_are_never_sent_together()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("source")));
        await client.CreateSavedMessageAsync(folder.FolderId, 3);
        List<RopExchange> sent = Record(client);

        bool propertiesRefused = await RefusedAsync<ArgumentException>(() => client.CopyPropertiesAsync(2, 3, CopyFlags.Move | CopyFlags.NoOverwrite, Tags.Subject));
        int sentForProperties = sent.Count;
        bool copyToRefused = await RefusedAsync<ArgumentException>(() => client.CopyToAsync(2, 3, CopyFlags.Move | CopyFlags.NoOverwrite, false));
        int sentForCopyTo = sent.Count - sentForProperties;

        Check("MS-OXCPRPT-R0041", propertiesRefused && sentForProperties == 0, "refused, nothing sent", $"refused {propertiesRefused}, {sentForProperties} buffers sent", "RopCopyProperties with Move | NoOverwrite");
        Check("MS-OXCPRPT-R0054", copyToRefused && sentForCopyTo == 0, "refused, nothing sent", $"refused {copyToRefused}, {sentForCopyTo} buffers sent", "RopCopyTo with Move | NoOverwrite");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0082")]
    [Requirement("MS-OXCPRPT-R0200")]
    public async Task Whole_property_stream_operations_open_in_a_defined_mode_and_release_the_stream()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateMessageAsync(folder.FolderId, 2);
        List<RopExchange> sent = Record(client);

        await client.WritePropertyStreamAsync(2, 3, Tags.Body, System.Text.Encoding.Unicode.GetBytes("streamed body"));
        RopExchange[] write = [.. sent];
        sent.Clear();
        await client.ReadPropertyStreamAsync(2, 3, Tags.Body);
        RopExchange[] read = [.. sent];

        // [MS-OXCROPS] 2.2.9.1.1: OpenModeFlags is byte 8 of RopOpenStream; [MS-OXCPRPT] 3.1.4.5 reads ReadOnly, 3.1.4.6 writes ReadWrite or Create.
        byte writeMode = SentRop.Of(write[0], RopIds.OpenStream).U8(8);
        byte readMode = SentRop.Of(read[0], RopIds.OpenStream).U8(8);
        Check("MS-OXCPRPT-R0082", writeMode is 0x01 or 0x02 && readMode == 0x00, "write 0x01 or 0x02, read 0x00", $"write 0x{writeMode:X2}, read 0x{readMode:X2}");

        // [MS-OXCROPS] 2.2.15.3.1: RopRelease is RopId 0x01, LogonId, InputHandleIndex; it ends each operation, on the stream's index.
        SentRop writeRelease = SentRop.Of(write[^1], RopIds.Release);
        SentRop readRelease = SentRop.Of(read[^1], RopIds.Release);
        Check("MS-OXCPRPT-R0200", writeRelease.U8(2) == 3 && readRelease.U8(2) == 3, "RopRelease of index 3 after each", $"write ends with RopRelease of {writeRelease.U8(2)}, read with RopRelease of {readRelease.U8(2)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0121")]
    public async Task Folder_stream_writes_never_use_RopWriteAndCommitStream()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        List<RopExchange> sent = Record(client);

        // A well-formed PidTagExtendedFolderFlags value: one subproperty, Id 0x01, size 4 ([MS-OXOSRCH] 2.2.2.1).
        byte[] value = [0x01, 0x04, 0x00, 0x00, 0x00, 0x00];
        await client.WritePropertyStreamAsync(folder.Index, 3, Tags.ExtendedFolderFlags, value);
        byte[] ropIds = SentRopIds(sent);

        Check("MS-OXCPRPT-R0121", !ropIds.Contains(RopIds.WriteAndCommitStream) && ropIds.Contains(RopIds.WriteStream), "RopWriteStream, no RopWriteAndCommitStream (0x90)", $"ROPs sent: {SentRop.Hex(ropIds)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0125")]
    public async Task Property_and_stream_ROPs_name_handles_the_client_holds()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);

        await client.CreateMessageAsync(folder.FolderId, 2);
        uint messageHandle = LastExchange!.HandleTable[2];
        await client.SetPropertiesAsync(2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("held")));
        SentRop setProperties = SentRop.Of(LastExchange, RopIds.SetProperties);
        await client.OpenStreamAsync(2, 3, Tags.Body, OpenStreamModeFlags.Create);
        uint streamHandle = LastExchange!.HandleTable[3];
        await client.ExpectAsync<RopWriteStreamResponse>(new RopWriteStreamRequest { InputHandleIndex = 3, Data = new byte[] { 0x41, 0x00 } });
        SentRop writeStream = SentRop.Of(LastExchange, RopIds.WriteStream);

        // [MS-OXCROPS] 2.2.1: the handle table sent with each ROP holds, at its InputHandleIndex (byte 2), the handle the server returned for the object.
        bool held = setProperties.U8(2) == 2 && setProperties.HandleAt(2) == messageHandle && messageHandle != RopSession.UnusedHandle
            && writeStream.U8(2) == 3 && writeStream.HandleAt(3) == streamHandle && streamHandle != RopSession.UnusedHandle;
        Check(
            "MS-OXCPRPT-R0125",
            held,
            $"0x{messageHandle:X8} at index 2, 0x{streamHandle:X8} at index 3",
            $"index {setProperties.U8(2)} holding 0x{setProperties.HandleAt(2):X8}, index {writeStream.U8(2)} holding 0x{writeStream.HandleAt(3):X8}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0126")]
    public async Task Read_only_properties_are_left_out_of_RopSetProperties()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateMessageAsync(folder.FolderId, 2);
        List<RopExchange> sent = Record(client);

        bool objectTypeRefused = await RefusedAsync<ArgumentException>(() => client.SetWritablePropertiesAsync(2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("a")), new TaggedPropertyValue(Tags.ObjectType, PropertyValue.Integer32(5))));
        bool creationTimeRefused = await RefusedAsync<ArgumentException>(() => client.SetWritablePropertiesAsync(2, new TaggedPropertyValue(Tags.CreationTime, PropertyValue.Time(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)))));
        int sentRefused = sent.Count;
        await client.SetWritablePropertiesAsync(2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("a")));

        // [MS-OXCROPS] 2.2.8.6.1: the first TaggedPropertyValue starts at byte 7 with its tag.
        SentRop setProperties = SentRop.Of(LastExchange, RopIds.SetProperties);
        Check(
            "MS-OXCPRPT-R0126",
            objectTypeRefused && creationTimeRefused && sentRefused == 0 && setProperties.U16(5) == 1 && setProperties.U32(7) == Tags.Subject.Value,
            "read-only values refused unsent; PidTagSubject alone sent",
            $"refused {objectTypeRefused}/{creationTimeRefused}, {sentRefused} buffers sent for them, then {setProperties.U16(5)} value(s) starting 0x{setProperties.U32(7):X8}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0127")]
    public async Task A_failed_response_is_examined_and_reported()
    {
        MailboxClient client = await LogonAsync();

        // Index 9 holds no object, so the server answers with an error ReturnValue.
        RopFailedException? failure = null;
        try
        {
            await client.GetPropertiesAsync(9, Tags.Subject);
        }
        catch (RopFailedException error)
        {
            failure = error;
        }

        // [MS-OXCROPS] 2.2.1 and 2.2.8.3.3: RopSize (2), then the response's RopId, InputHandleIndex and ReturnValue (4).
        byte[] output = LastExchange!.Result.RopOutputBuffer;
        uint returned = output.Length >= 8 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(output.AsSpan(4)) : 0;
        Check("MS-OXCPRPT-R0127", failure is not null && returned != 0 && failure.ReturnValue == returned, $"the error 0x{returned:X8} reported to the caller", failure is null ? "no error reported" : $"0x{failure.ReturnValue:X8} reported");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0099")]
    public async Task A_seek_origin_other_than_0_1_or_2_is_refused_before_it_is_sent()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Body, PropertyValue.String("seek")));
        await client.OpenStreamAsync(2, 3, Tags.Body, OpenStreamModeFlags.ReadOnly);
        List<RopExchange> sent = Record(client);

        bool refused = await RefusedAsync<ArgumentOutOfRangeException>(() => client.SeekStreamAsync(3, (SeekStreamOrigin)0x03, 0));
        int sentRefused = sent.Count;
        await client.SeekStreamAsync(3, SeekStreamOrigin.End, 0);

        // [MS-OXCROPS] 2.2.9.8.1: Origin is byte 3 of RopSeekStream.
        byte origin = SentRop.Of(LastExchange, RopIds.SeekStream).U8(3);
        Check("MS-OXCPRPT-R0099", refused && sentRefused == 0 && origin <= 0x02, "0x03 refused unsent; 0x02 sent", $"refused {refused}, {sentRefused} buffers sent, then 0x{origin:X2}");
    }

    /// <summary>Every buffer <paramref name="client"/> sends from now on.</summary>
    private static List<RopExchange> Record(MailboxClient client)
    {
        var sent = new List<RopExchange>();
        client.Session.Exchanged += sent.Add;
        return sent;
    }

    /// <summary>The RopId byte of every ROP request in <paramref name="sent"/>, in order.</summary>
    private static byte[] SentRopIds(IEnumerable<RopExchange> sent) =>
        [.. sent.SelectMany(e => SentRop.SingleRopId(e) is byte id ? [id] : e.Input.RopsList.Select(r => (byte)r.RopId))];

    private static async Task<bool> RefusedAsync<TException>(Func<Task> operation)
        where TException : Exception
    {
        try
        {
            await operation();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }
}
