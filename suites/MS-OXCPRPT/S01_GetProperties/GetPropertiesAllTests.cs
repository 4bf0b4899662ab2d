namespace Conformance.Suites.OXCPRPT.S01_GetProperties;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Property;

/// <summary>[MS-OXCPRPT] 2.2.3.2, 3.2.5.2: RopGetPropertiesAll.</summary>
[TestFixture]
public sealed class GetPropertiesAllTests : PropertyObjectTest
{
    /// <summary>NotEnoughMemory as a property error ([MS-OXCDATA] 2.4.2).</summary>
    private const uint NotEnoughMemory = 0x8007000E;

    /// <summary>The call-level failure RopGetPropertiesAll should cause when its response cannot fit ([MS-OXCPRPT] 3.2.5.2).</summary>
    private const uint ResponseTooBig = 0x000003F0;

    private static readonly PropertyName BinaryProbe = PropertyName.FromName(PropertyName.PsPublicStrings, "conformance-prpt-binary-probe");

    [Test]
    [Requirement("MS-OXCPRPT-R0142")]
    public async Task Every_property_set_on_the_object_comes_back([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, PropertyTag number) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text, number);
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text, PropertyValue.String("all of them")), new TaggedPropertyValue(number, PropertyValue.Integer32(42)));

        ValueArray<TaggedPropertyValue> all = await client.GetPropertiesAllAsync(opened.Index);

        bool held = all.Contains(new TaggedPropertyValue(text, PropertyValue.String("all of them"))) && all.Contains(new TaggedPropertyValue(number, PropertyValue.Integer32(42)));
        Check("MS-OXCPRPT-R0142", held, $"{text} 'all of them' and {number} 42 among the values", string.Join(", ", all.Select(v => $"{v.PropertyTag}={Show(v.PropertyValue)}")));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0012")]
    public async Task A_value_too_large_for_the_response_buffer_comes_back_as_NotEnoughMemory()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Message);
        ushort id = (await client.RegisterNamedPropertiesAsync(MailboxClient.LogonIndex, BinaryProbe))[0];
        var binary = new PropertyTag(id, PropertyType.PtypBinary);
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(binary, PropertyValue.Binary(new byte[6000])));

        // A 4,096-byte response buffer cannot hold the 6,000-byte value, so it is replaced by the error ([MS-OXCPRPT] 2.2.3.2).
        RopExchange exchange = await client.ExecuteAsync([new RopGetPropertiesAllRequest { InputHandleIndex = opened.Index, WantUnicode = true }], maximumOutputSize: 4096);
        RopGetPropertiesAllResponse response = client.Success<RopGetPropertiesAllResponse>(exchange.Responses[0]);

        TaggedPropertyValue? entry = response.PropertyValues.FirstOrDefault(v => v.PropertyTag.PropertyId == id);
        bool held = entry is { PropertyTag.PropertyType: PropertyType.PtypErrorCode, PropertyValue: PropertyValue<uint> { Value: NotEnoughMemory } };
        Check("MS-OXCPRPT-R0012", held, $"{new PropertyTag(id, PropertyType.PtypErrorCode)} = NotEnoughMemory (0x8007000E)", entry is null ? "(property missing)" : $"{entry.PropertyTag} = {Show(entry.PropertyValue)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0141")]
    public async Task A_first_RopGetPropertiesAll_whose_response_cannot_fit_fails_the_call_with_0x3F0()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Message);
        // 4,200 integer properties in the message class-defined range 0x6800-0x7BFF ([MS-OXPROPS] 1.3.3): even with
        // every value replaced by an error code, 8 bytes each, the response exceeds the largest ROP output buffer.
        const int count = 4200;
        for (int first = 0; first < count; first += 2000)
        {
            TaggedPropertyValue[] values = [.. Enumerable.Range(first, Math.Min(2000, count - first)).Select(i => new TaggedPropertyValue(new PropertyTag((ushort)(0x6800 + i), PropertyType.PtypInteger32), PropertyValue.Integer32(i)))];
            await client.SetPropertiesAsync(opened.Index, values);
        }

        uint returnCode;
        try
        {
            await client.ExecuteAsync([new RopGetPropertiesAllRequest { InputHandleIndex = opened.Index, WantUnicode = true }], maximumOutputSize: RopSession.DefaultMaximumOutputSize);
            returnCode = 0;
        }
        catch (CallFailedException failed)
        {
            returnCode = failed.ReturnCode;
        }

        CheckReturnValue("MS-OXCPRPT-R0141", ResponseTooBig, returnCode, "call-level return code of EcDoRpcExt2 / Execute");
    }
}
