namespace Conformance.Suites.OXCPRPT.S90_ClientObligations;

using System.Buffers.Binary;
using System.Text;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;

/// <summary>
/// [MS-OXCPRPT] 2.2.2 to 2.2.13: the request fields of the property ROPs, read from the bytes our client sent
/// at the offsets of the request buffers in [MS-OXCROPS] 2.2.8, independently of our codec.
/// </summary>
[TestFixture]
public sealed class PropertyRequestLayoutTests : ConformanceTest
{
    // PidTagConversationIndex ([MS-OXPROPS]), PtypBinary: a writable binary property of messages.
    private static readonly PropertyTag ConversationIndex = new(0x0071, PropertyType.PtypBinary);

    // PS_PUBLIC_STRINGS {00020329-0000-0000-C000-000000000046} ([MS-OXPROPS] 1.3.2) as a GUID is sent ([MS-OXCDATA] 2.5.1: little-endian Data1..Data3).
    private static readonly byte[] PsPublicStringsBytes = [0x29, 0x03, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

    // PS_MAPI {00020328-0000-0000-C000-000000000046} ([MS-OXPROPS] 1.3.2).
    private static readonly byte[] PsMapiBytes = [0x28, 0x03, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

    [TestCase((ushort)0x0000, true)]
    [TestCase((ushort)0x0100, false)]
    [Requirement("MS-OXCPRPT-R0003")]
    [Requirement("MS-OXCPRPT-R0004")]
    [Requirement("MS-OXCPRPT-R0005")]
    [Requirement("MS-OXCPRPT-R0006")]
    public async Task GetPropertiesSpecific_request_carries_size_limit_unicode_flag_and_counted_tags(ushort sizeLimit, bool wantUnicode)
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("layout")));
        PropertyTag[] tags = [Tags.Subject, Tags.Importance, Tags.Sensitivity];

        await client.RunAsync(new RopGetPropertiesSpecificRequest { InputHandleIndex = 2, PropertySizeLimit = sizeLimit, WantUnicode = wantUnicode, PropertyTags = tags });

        // [MS-OXCROPS] 2.2.8.3.1: RopId, LogonId, InputHandleIndex, PropertySizeLimit (2), WantUnicode (2), PropertyTagCount (2), PropertyTags.
        SentRop sent = SentRop.Of(LastExchange, RopIds.GetPropertiesSpecific);
        CheckEqual("MS-OXCPRPT-R0003", sizeLimit, sent.U16(3), "PropertySizeLimit, 2 bytes at offset 3");
        Check("MS-OXCPRPT-R0004", (sent.U16(5) != 0) == wantUnicode, wantUnicode ? "nonzero" : "0x0000", $"0x{sent.U16(5):X4}", "WantUnicode, a 2-byte Boolean at offset 5");
        Check("MS-OXCPRPT-R0005", sent.U16(7) == tags.Length && sent.Length == 9 + (4 * sent.U16(7)), $"{tags.Length} tags", $"count {sent.U16(7)}, ROP of {sent.Length} bytes", "PropertyTagCount, 2 bytes at offset 7, counts the 4-byte tags that end the ROP");
        uint[] sentTags = [.. Enumerable.Range(0, (sent.Length - 9) / 4).Select(i => sent.U32(9 + (4 * i)))];
        Check("MS-OXCPRPT-R0006", sentTags.SequenceEqual(tags.Select(t => t.Value)), string.Join(",", tags), string.Join(",", sentTags.Select(t => $"0x{t:X8}")), "PropertyTags, 4-byte tags from offset 9");
    }

    [TestCase((ushort)0x0000, true)]
    [TestCase((ushort)0x0200, false)]
    [Requirement("MS-OXCPRPT-R0008")]
    [Requirement("MS-OXCPRPT-R0009")]
    public async Task GetPropertiesAll_request_carries_size_limit_and_unicode_flag(ushort sizeLimit, bool wantUnicode)
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("layout")));

        await client.RunAsync(new RopGetPropertiesAllRequest { InputHandleIndex = 2, PropertySizeLimit = sizeLimit, WantUnicode = wantUnicode });

        // [MS-OXCROPS] 2.2.8.4.1: RopId, LogonId, InputHandleIndex, PropertySizeLimit (2), WantUnicode (2); nothing after.
        SentRop sent = SentRop.Of(LastExchange, RopIds.GetPropertiesAll);
        Check("MS-OXCPRPT-R0008", sent.U16(3) == sizeLimit && sent.Length == 7, $"0x{sizeLimit:X4} in a 7-byte ROP", $"0x{sent.U16(3):X4} in a {sent.Length}-byte ROP", "PropertySizeLimit, 2 bytes at offset 3");
        Check("MS-OXCPRPT-R0009", (sent.U16(5) != 0) == wantUnicode, wantUnicode ? "nonzero" : "0x0000", $"0x{sent.U16(5):X4}", "WantUnicode, a 2-byte Boolean at offset 5");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0015")]
    [Requirement("MS-OXCPRPT-R0016")]
    [Requirement("MS-OXCPRPT-R0017")]
    public async Task SetProperties_request_sizes_and_counts_its_tagged_values()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateMessageAsync(folder.FolderId, 2);
        byte[] index = [0x01, 0x02, 0x03, 0x04, 0x05];

        await client.SetPropertiesAsync(
            2,
            new TaggedPropertyValue(Tags.Subject, PropertyValue.String("ab")),
            new TaggedPropertyValue(Tags.Importance, PropertyValue.Integer32(2)),
            new TaggedPropertyValue(ConversationIndex, PropertyValue.Binary(index)));

        // [MS-OXCDATA] 2.11.4 TaggedPropertyValue: the tag, then the value as [MS-OXCDATA] 2.11.1 lays it out in a
        // ROP buffer: PtypString UTF-16LE with a 2-byte terminator, PtypInteger32 4 bytes, PtypBinary a 2-byte COUNT then the bytes.
        var expected = new List<byte>();
        AddTag(expected, Tags.Subject.Value);
        expected.AddRange(Encoding.Unicode.GetBytes("ab\0"));
        AddTag(expected, Tags.Importance.Value);
        expected.AddRange(BitConverter.GetBytes(2));
        AddTag(expected, ConversationIndex.Value);
        expected.AddRange([(byte)index.Length, 0x00]);
        expected.AddRange(index);

        // [MS-OXCROPS] 2.2.8.6.1: RopId, LogonId, InputHandleIndex, PropertyValueSize (2), PropertyValueCount (2), PropertyValues.
        SentRop sent = SentRop.Of(LastExchange, RopIds.SetProperties);
        CheckEqual("MS-OXCPRPT-R0015", sent.Length - 5, (int)sent.U16(3), "PropertyValueSize, 2 bytes at offset 3, counts PropertyValueCount and PropertyValues");
        CheckEqual("MS-OXCPRPT-R0016", 3, (int)sent.U16(5), "PropertyValueCount, 2 bytes at offset 5");
        byte[] values = sent.Slice(7, sent.Length - 7);
        Check("MS-OXCPRPT-R0017", values.SequenceEqual(expected), SentRop.Hex(expected.ToArray()), SentRop.Hex(values), "PropertyValues, TaggedPropertyValue structures from offset 7 to the end of the ROP");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0020")]
    [Requirement("MS-OXCPRPT-R0021")]
    public async Task DeleteProperties_request_counts_its_tags()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("gone")), new TaggedPropertyValue(Tags.Importance, PropertyValue.Integer32(1)));
        PropertyTag[] tags = [Tags.Subject, Tags.Importance];

        await client.DeletePropertiesAsync(2, tags);

        // [MS-OXCROPS] 2.2.8.8.1: RopId, LogonId, InputHandleIndex, PropertyTagCount (2), PropertyTags.
        SentRop sent = SentRop.Of(LastExchange, RopIds.DeleteProperties);
        Check("MS-OXCPRPT-R0020", sent.U16(3) == tags.Length && sent.Length == 5 + (4 * sent.U16(3)), $"{tags.Length} tags", $"count {sent.U16(3)}, ROP of {sent.Length} bytes", "PropertyTagCount, 2 bytes at offset 3");
        uint[] sentTags = [.. Enumerable.Range(0, (sent.Length - 5) / 4).Select(i => sent.U32(5 + (4 * i)))];
        Check("MS-OXCPRPT-R0021", sentTags.SequenceEqual(tags.Select(t => t.Value)), string.Join(",", tags), string.Join(",", sentTags.Select(t => $"0x{t:X8}")), "PropertyTags, 4-byte tags from offset 5");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0024")]
    [Requirement("MS-OXCPRPT-R0027")]
    [Requirement("MS-OXCPRPT-R0028")]
    [Requirement("MS-OXCPRPT-R0029")]
    [Requirement("MS-OXCPRPT-R0030")]
    public async Task QueryNamedProperties_request_carries_PropertyGuid_exactly_when_HasGuid_is_set()
    {
        MailboxClient client = await LogonAsync();

        // [MS-OXCROPS] 2.2.8.10.1: RopId, LogonId, InputHandleIndex, QueryFlags (1), HasGuid (1), PropertyGuid (16, optional).
        await client.QueryNamedPropertiesAsync(MailboxClient.LogonIndex, QueryFlags.NoStrings);
        SentRop withoutGuid = SentRop.Of(LastExchange, RopIds.QueryNamedProperties);
        byte noStrings = withoutGuid.U8(3);
        byte zeroHasGuid = withoutGuid.U8(4);
        Check("MS-OXCPRPT-R0028", zeroHasGuid == 0 && withoutGuid.Length == 5, "HasGuid 0x00 and no PropertyGuid (a 5-byte ROP)", $"HasGuid 0x{zeroHasGuid:X2}, a {withoutGuid.Length}-byte ROP");

        await client.QueryNamedPropertiesAsync(MailboxClient.LogonIndex, QueryFlags.NoIds, PropertyName.PsPublicStrings);
        SentRop withGuid = SentRop.Of(LastExchange, RopIds.QueryNamedProperties);
        byte noIds = withGuid.U8(3);
        byte nonzeroHasGuid = withGuid.U8(4);
        byte[] guid = withGuid.Slice(5, 16);

        Check("MS-OXCPRPT-R0024", noStrings == 0x01 && noIds == 0x02, "NoStrings 0x01, NoIds 0x02 (1 byte at offset 3)", $"0x{noStrings:X2}, 0x{noIds:X2}");
        Check("MS-OXCPRPT-R0027", zeroHasGuid == 0 && nonzeroHasGuid != 0, "0x00 without a set, nonzero with one (1 byte at offset 4)", $"0x{zeroHasGuid:X2}, 0x{nonzeroHasGuid:X2}");
        Check("MS-OXCPRPT-R0029", guid.SequenceEqual(PsPublicStringsBytes), SentRop.Hex(PsPublicStringsBytes), SentRop.Hex(guid), "PropertyGuid, 16 bytes at offset 5, names the property set");
        Check("MS-OXCPRPT-R0030", nonzeroHasGuid != 0 && withGuid.Length == 21, "HasGuid nonzero and a 16-byte PropertyGuid (a 21-byte ROP)", $"HasGuid 0x{nonzeroHasGuid:X2}, a {withGuid.Length}-byte ROP");
    }

    [TestCase(CopyFlags.None)]
    [TestCase(CopyFlags.Move)]
    [TestCase(CopyFlags.NoOverwrite)]
    [Requirement("MS-OXCPRPT-R0039")]
    [Requirement("MS-OXCPRPT-R0040")]
    [Requirement("MS-OXCPRPT-R0042")]
    [Requirement("MS-OXCPRPT-R0043")]
    public async Task CopyProperties_request_carries_asynchronous_flag_copy_flags_and_counted_tags(CopyFlags flags)
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("from")), new TaggedPropertyValue(Tags.Importance, PropertyValue.Integer32(2)));
        await client.CreateSavedMessageAsync(folder.FolderId, 3, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("to")));
        PropertyTag[] tags = [Tags.Subject, Tags.Importance];

        // [MS-OXCROPS] 2.2.8.11.1: RopId, LogonId, SourceHandleIndex, DestHandleIndex, WantAsynchronous (1), CopyFlags (1), PropertyTagCount (2), PropertyTags.
        await client.CopyPropertiesAsync(2, 3, flags, tags);
        SentRop synchronous = SentRop.Of(LastExchange, RopIds.CopyProperties);
        byte zeroAsynchronous = synchronous.U8(4);

        // The asynchronous form goes out as a record; whatever the server answers, the next ROP ends a pending copy ([MS-OXCPRPT] 3.1.5).
        await client.RunAsync(new RopCopyPropertiesRequest { SourceHandleIndex = 2, DestHandleIndex = 3, WantAsynchronous = true, CopyFlags = flags, PropertyTags = tags });
        SentRop asynchronous = SentRop.Of(LastExchange, RopIds.CopyProperties);

        Check("MS-OXCPRPT-R0039", zeroAsynchronous == 0 && asynchronous.U8(4) != 0, "0x00 for synchronous, nonzero otherwise (1 byte at offset 4)", $"0x{zeroAsynchronous:X2}, 0x{asynchronous.U8(4):X2}");
        CheckEqual("MS-OXCPRPT-R0040", (byte)flags, synchronous.U8(5), "CopyFlags, 1 byte at offset 5");
        Check("MS-OXCPRPT-R0042", synchronous.U16(6) == tags.Length && synchronous.Length == 8 + (4 * synchronous.U16(6)), $"{tags.Length} tags", $"count {synchronous.U16(6)}, ROP of {synchronous.Length} bytes", "PropertyTagCount, 2 bytes at offset 6");
        uint[] sentTags = [.. Enumerable.Range(0, (synchronous.Length - 8) / 4).Select(i => synchronous.U32(8 + (4 * i)))];
        Check("MS-OXCPRPT-R0043", sentTags.SequenceEqual(tags.Select(t => t.Value)), string.Join(",", tags), string.Join(",", sentTags.Select(t => $"0x{t:X8}")), "PropertyTags, 4-byte tags from offset 8");
    }

    [TestCase(CopyFlags.None, false)]
    [TestCase(CopyFlags.Move, true)]
    [TestCase(CopyFlags.NoOverwrite, true)]
    [Requirement("MS-OXCPRPT-R0051")]
    [Requirement("MS-OXCPRPT-R0052")]
    [Requirement("MS-OXCPRPT-R0053")]
    [Requirement("MS-OXCPRPT-R0055")]
    [Requirement("MS-OXCPRPT-R0056")]
    public async Task CopyTo_request_carries_its_flags_and_counted_excluded_tags(CopyFlags flags, bool wantSubObjects)
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("from")), new TaggedPropertyValue(Tags.Importance, PropertyValue.Integer32(2)));
        await client.CreateSavedMessageAsync(folder.FolderId, 3, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("to")));
        PropertyTag[] excluded = [Tags.Importance, Tags.Sensitivity];

        // [MS-OXCROPS] 2.2.8.12.1: RopId, LogonId, SourceHandleIndex, DestHandleIndex, WantAsynchronous (1), WantSubObjects (1), CopyFlags (1), ExcludedTagCount (2), ExcludedTags.
        await client.CopyToAsync(2, 3, flags, wantSubObjects, excluded);
        SentRop synchronous = SentRop.Of(LastExchange, RopIds.CopyTo);
        byte zeroAsynchronous = synchronous.U8(4);

        await client.RunAsync(new RopCopyToRequest { SourceHandleIndex = 2, DestHandleIndex = 3, WantAsynchronous = true, WantSubObjects = wantSubObjects, CopyFlags = flags, ExcludedTags = excluded });
        SentRop asynchronous = SentRop.Of(LastExchange, RopIds.CopyTo);

        Check("MS-OXCPRPT-R0051", zeroAsynchronous == 0 && asynchronous.U8(4) != 0, "0x00 for synchronous, nonzero otherwise (1 byte at offset 4)", $"0x{zeroAsynchronous:X2}, 0x{asynchronous.U8(4):X2}");
        Check("MS-OXCPRPT-R0052", (synchronous.U8(5) != 0) == wantSubObjects, wantSubObjects ? "nonzero" : "0x00", $"0x{synchronous.U8(5):X2}", "WantSubObjects, a 1-byte Boolean at offset 5");
        CheckEqual("MS-OXCPRPT-R0053", (byte)flags, synchronous.U8(6), "CopyFlags, 1 byte at offset 6");
        Check("MS-OXCPRPT-R0055", synchronous.U16(7) == excluded.Length && synchronous.Length == 9 + (4 * synchronous.U16(7)), $"{excluded.Length} tags", $"count {synchronous.U16(7)}, ROP of {synchronous.Length} bytes", "ExcludedTagCount, 2 bytes at offset 7");
        uint[] sentTags = [.. Enumerable.Range(0, (synchronous.Length - 9) / 4).Select(i => synchronous.U32(9 + (4 * i)))];
        Check("MS-OXCPRPT-R0056", sentTags.SequenceEqual(excluded.Select(t => t.Value)), string.Join(",", excluded), string.Join(",", sentTags.Select(t => $"0x{t:X8}")), "ExcludedTags, 4-byte tags from offset 9");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0065")]
    [Requirement("MS-OXCPRPT-R0066")]
    [Requirement("MS-OXCPRPT-R0067")]
    public async Task GetPropertyIdsFromNames_request_carries_flags_and_counted_names()
    {
        MailboxClient client = await LogonAsync();

        // A look-up only (Flags 0x00) of a LID name and a string name: nothing gets registered in the mailbox.
        PropertyName[] names = [PropertyName.FromLid(PropertyName.PsMapi, 0x0037), PropertyName.FromName(PropertyName.PsPublicStrings, "conformance-absent")];
        await client.RunAsync(new RopGetPropertyIdsFromNamesRequest { InputHandleIndex = MailboxClient.LogonIndex, Flags = GetPropertyIdsFromNamesFlags.None, PropertyNames = names });
        SentRop lookup = SentRop.Of(LastExchange, RopIds.GetPropertyIdsFromNames);

        // Flags 0x02 with a PS_MAPI LID name, which maps to its LID without a registration ([MS-OXCPRPT] 3.2.5.10).
        await client.RunAsync(new RopGetPropertyIdsFromNamesRequest { InputHandleIndex = MailboxClient.LogonIndex, Flags = GetPropertyIdsFromNamesFlags.Create, PropertyNames = new[] { PropertyName.FromLid(PropertyName.PsMapi, 0x0E1D) } });
        SentRop create = SentRop.Of(LastExchange, RopIds.GetPropertyIdsFromNames);

        // [MS-OXCROPS] 2.2.8.1.1: RopId, LogonId, InputHandleIndex, Flags (1), PropertyNameCount (2), PropertyNames.
        // [MS-OXCDATA] 2.6.1 PropertyName: Kind (1), GUID (16), then LID (4) for Kind 0x00, or NameSize (1) and Name (UTF-16LE with terminator) for Kind 0x01.
        var expected = new List<byte> { 0x00 };
        expected.AddRange(PsMapiBytes);
        expected.AddRange([0x37, 0x00, 0x00, 0x00]);
        byte[] name = Encoding.Unicode.GetBytes("conformance-absent\0");
        expected.Add(0x01);
        expected.AddRange(PsPublicStringsBytes);
        expected.Add((byte)name.Length);
        expected.AddRange(name);

        Check("MS-OXCPRPT-R0065", lookup.U8(3) == 0x00 && create.U8(3) == 0x02, "0x00 to look up, 0x02 to create (1 byte at offset 3)", $"0x{lookup.U8(3):X2}, 0x{create.U8(3):X2}");
        Check("MS-OXCPRPT-R0066", lookup.U16(4) == names.Length && create.U16(4) == 1, $"{names.Length} and 1", $"{lookup.U16(4)} and {create.U16(4)}", "PropertyNameCount, 2 bytes at offset 4");
        byte[] sentNames = lookup.Slice(6, lookup.Length - 6);
        Check("MS-OXCPRPT-R0067", sentNames.SequenceEqual(expected), SentRop.Hex(expected.ToArray()), SentRop.Hex(sentNames), "PropertyNames, PropertyName structures from offset 6 to the end of the ROP");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0074")]
    [Requirement("MS-OXCPRPT-R0075")]
    public async Task GetNamesFromPropertyIds_request_counts_its_two_byte_ids()
    {
        MailboxClient client = await LogonAsync();

        // IDs below 0x8000, which the server answers with PS_MAPI names ([MS-OXCPRPT] 2.2.13.1).
        ushort[] ids = [0x0037, 0x0E1D, 0x1000];
        await client.RunAsync(new RopGetNamesFromPropertyIdsRequest { InputHandleIndex = MailboxClient.LogonIndex, PropertyIds = ids });

        // [MS-OXCROPS] 2.2.8.2.1: RopId, LogonId, InputHandleIndex, PropertyIdCount (2), PropertyIds (2 bytes each).
        SentRop sent = SentRop.Of(LastExchange, RopIds.GetNamesFromPropertyIds);
        Check("MS-OXCPRPT-R0074", sent.U16(3) == ids.Length && sent.Length == 5 + (2 * sent.U16(3)), $"{ids.Length} IDs", $"count {sent.U16(3)}, ROP of {sent.Length} bytes", "PropertyIdCount, 2 bytes at offset 3");
        ushort[] sentIds = [.. Enumerable.Range(0, (sent.Length - 5) / 2).Select(i => sent.U16(5 + (2 * i)))];
        Check("MS-OXCPRPT-R0075", sentIds.SequenceEqual(ids), string.Join(",", ids.Select(i => $"0x{i:X4}")), string.Join(",", sentIds.Select(i => $"0x{i:X4}")), "PropertyIds, 2-byte IDs from offset 5");
    }

    private static void AddTag(List<byte> bytes, uint tag)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, tag);
        bytes.AddRange(buffer.ToArray());
    }
}
