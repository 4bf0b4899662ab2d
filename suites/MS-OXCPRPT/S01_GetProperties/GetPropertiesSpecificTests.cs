namespace Conformance.Suites.OXCPRPT.S01_GetProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;

/// <summary>[MS-OXCPRPT] 3.2.5.1: RopGetPropertiesSpecific on Logon, Folder, Message and Attachment objects.</summary>
[TestFixture]
public sealed class GetPropertiesSpecificTests : PropertyObjectTest
{
    private static readonly PropertyTag Subject = new(0x0037, PropertyType.PtypString);
    private static readonly PropertyTag Importance = new(0x0017, PropertyType.PtypInteger32);
    private static readonly PropertyTag Sensitivity = new(0x0036, PropertyType.PtypInteger32);

    [Test]
    [Requirement("MS-OXCPRPT-R0130")]
    [Requirement("MS-OXCPRPT-R0131")]
    public async Task Values_come_back_for_every_requested_tag_in_request_order()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(
            folder.FolderId,
            2,
            new TaggedPropertyValue(Subject, PropertyValue.String("order")),
            new TaggedPropertyValue(Importance, PropertyValue.Integer32(2)),
            new TaggedPropertyValue(Sensitivity, PropertyValue.Integer32(1)));

        // The request lists the tags in an order unlike the one they were set in.
        PropertyTag[] requested = [Sensitivity, Subject, Importance];
        PropertyRow row = await client.GetPropertiesAsync(2, requested);

        CheckEqual("MS-OXCPRPT-R0130", requested.Length, row.ValueArray.Count, "one value per requested tag");
        PropertyValue?[] values = [.. row.ValueArray.Select(v => v.Value)];
        PropertyValue[] expected = [PropertyValue.Integer32(1), PropertyValue.String("order"), PropertyValue.Integer32(2)];
        Check("MS-OXCPRPT-R0131", values.SequenceEqual(expected), string.Join(", ", expected.Select(v => v.ToString())), string.Join(", ", values.Select(v => v?.ToString() ?? "(error)")));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0130")]
    [Requirement("MS-OXCPRPT-R0131")]
    public async Task Client_set_and_computed_values_come_back_in_request_order_on_each_object_type([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, PropertyTag number) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text, number);
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text, PropertyValue.String("set by the client")), new TaggedPropertyValue(number, PropertyValue.Integer32(4711)));

        PropertyTag computed = ComputedProperty(kind);
        PropertyRow row = await client.GetPropertiesAsync(opened.Index, number, computed, text);

        bool allAvailable = row.ValueArray.Count == 3 && row.ValueArray.All(cell => cell.Flag == FlaggedPropertyValueFlag.Available);
        Check("MS-OXCPRPT-R0130", allAvailable, $"3 values: the two client-set properties and the computed {computed}", string.Join(", ", row.ValueArray.Select(cell => $"{cell.Flag} {Show(cell.Value)}")));
        bool ordered = row.ValueArray.Count == 3
            && Equals(row.ValueArray[0].Value, PropertyValue.Integer32(4711))
            && row.ValueArray[1].Type == computed.PropertyType
            && Equals(row.ValueArray[2].Value, PropertyValue.String("set by the client"));
        Check("MS-OXCPRPT-R0131", ordered, $"number 4711, {computed}, text", string.Join(", ", row.ValueArray.Select(cell => Show(cell.Value))));
    }

    /// <summary>A property the server computes for each object type.</summary>
    private static PropertyTag ComputedProperty(ObjectKind kind) => kind switch
    {
        // PidTagUserEntryId, the logged-on user ([MS-OXCSTOR] 2.2.2.1.1).
        ObjectKind.Logon => new PropertyTag(0x6619, PropertyType.PtypBinary),

        // PidTagAccess, present on every other object ([MS-OXCPRPT] 2.2.1, 2.2.1.1).
        _ => PropertyRopTags.Access,
    };

    [Test]
    [Requirement("MS-OXCPRPT-R0134")]
    public async Task A_string_requested_with_an_explicit_string_type_comes_back_in_that_type([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, _) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text);

        // Set as Unicode, asked for as PtypString8; then set as PtypString8 and asked for as Unicode ([MS-OXCPRPT] 3.2.5.1).
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text, PropertyValue.String("unicode value")));
        FlaggedPropertyValue asString8 = (await client.GetPropertiesAsync(opened.Index, text.WithType(PropertyType.PtypString8))).ValueArray[0];
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text.WithType(PropertyType.PtypString8), PropertyValue.String8("eight-bit value")));
        FlaggedPropertyValue asUnicode = (await client.GetPropertiesAsync(opened.Index, text)).ValueArray[0];

        bool held = Equals(ValueOf(asString8), PropertyValue.String8("unicode value")) && Equals(ValueOf(asUnicode), PropertyValue.String("eight-bit value"));
        Check("MS-OXCPRPT-R0134", held, "PtypString8 'unicode value', then PtypString 'eight-bit value'", $"{Show(ValueOf(asString8))}, then {Show(ValueOf(asUnicode))}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0140")]
    public async Task PropertySizeLimit_is_disregarded()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Message);
        string longText = string.Concat(Enumerable.Repeat("0123456789", 30));
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(PropertyRopTags.Subject, PropertyValue.String(longText)));

        // A limit far below the 602-byte value: the server should return the value whole anyway ([MS-OXCPRPT] 3.2.5.1).
        var response = await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = opened.Index,
            PropertySizeLimit = 16,
            WantUnicode = true,
            PropertyTags = new[] { PropertyRopTags.Subject },
        });

        PropertyValue? value = ValueOf(response.RowData.ValueArray[0]);
        Check("MS-OXCPRPT-R0140", Equals(value, PropertyValue.String(longText)), "the whole 300-character subject", Show(value));
    }
}
