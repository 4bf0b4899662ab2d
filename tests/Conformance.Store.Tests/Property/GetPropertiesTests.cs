namespace Conformance.Store.Tests.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopGetPropertiesSpecific, RopGetPropertiesAll and RopGetPropertiesList ([MS-OXCPRPT] 3.2.5.1 to 3.2.5.3), through ROP bytes.</summary>
public sealed class GetPropertiesTests
{
    private const byte Message = 1;
    private const byte Folder = 2;

    [Test]
    public async Task GetPropertiesSpecificReturnsValuesInRequestOrder()
    {
        // [MS-OXCPRPT] 3.2.5.1: values in the order of PropertyTags; all present gives a standard row ([MS-OXCDATA] 2.8.1.1).
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.String(Tags.Subject, "hello"), Tags.Integer(Tags.Importance, 2));

        PropertyRow row = await client.GetAsync(Message, Tags.Importance, Tags.Subject, Tags.Importance);

        Assert.Multiple(() =>
        {
            Assert.That(row.Flag, Is.EqualTo(PropertyRowFlag.Standard));
            Assert.That(row.ValueArray.Select(c => c.Value).ToArray(), Is.EqualTo(new PropertyValue[]
            {
                PropertyValue.Integer32(2), PropertyValue.String("hello"), PropertyValue.Integer32(2),
            }));
        });
    }

    [Test]
    public async Task GetPropertiesSpecificFlagsAMissingPropertyWithNotFound()
    {
        // [MS-OXCPRPT] 3.2.5.5 and 4.3: a property without a value is answered with NotFound (0x8004010F) in a flagged row.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.Integer(Tags.Importance, 1));

        PropertyRow row = await client.GetAsync(Message, Tags.Importance, Tags.NeverSet);

        Assert.Multiple(() =>
        {
            Assert.That(row.Flag, Is.EqualTo(PropertyRowFlag.Flagged));
            Assert.That(row.ValueArray[0], Is.EqualTo(FlaggedPropertyValue.Available(PropertyValue.Integer32(1))));
            Assert.That(row.ValueArray[1], Is.EqualTo(FlaggedPropertyValue.Error(PropertyType.PtypInteger32, ErrorCodes.NotFound)));
        });
    }

    [Test]
    public async Task GetPropertiesSpecificAnswersAPropertyOfAnotherTypeWithNotFound()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.Integer(Tags.Importance, 1));

        PropertyRow row = await client.GetAsync(Message, Tags.Importance.WithType(PropertyType.PtypBinary));

        Assert.That(row.ValueArray[0], Is.EqualTo(FlaggedPropertyValue.Error(PropertyType.PtypBinary, ErrorCodes.NotFound)));
    }

    [Test]
    public async Task GetPropertiesSpecificGivesTheActualTypeForPtypUnspecified()
    {
        // [MS-OXCDATA] 2.11.3: a PtypUnspecified column carries the value's own type; a missing one the error type.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.Integer(Tags.Importance, 2));

        PropertyRow row = await client.GetAsync(Message, Tags.Unspecified(Tags.Importance), Tags.Unspecified(Tags.NeverSet));

        Assert.Multiple(() =>
        {
            Assert.That(row.ValueArray[0].Value, Is.EqualTo(PropertyValue.Integer32(2)));
            Assert.That(row.ValueArray[1], Is.EqualTo(FlaggedPropertyValue.Error(PropertyType.PtypErrorCode, ErrorCodes.NotFound)));
        });
    }

    [TestCase(true, PropertyType.PtypString)]
    [TestCase(false, PropertyType.PtypString8)]
    public async Task WantUnicodeChoosesTheStringTypeOfPtypUnspecifiedRequests(bool wantUnicode, PropertyType expected)
    {
        // [MS-OXCPRPT] 3.2.5.1: Unicode with WantUnicode, MBCS (the logon's code page, 1252 here) without.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.String(Tags.Subject, "5 €"));

        var response = await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = Message, WantUnicode = wantUnicode, PropertyTags = new PropertyTag[] { Tags.Unspecified(Tags.Subject) },
        });

        PropertyValue value = response.RowData.ValueArray[0].Value!;
        Assert.That(value, Is.EqualTo(expected == PropertyType.PtypString ? PropertyValue.String("5 €") : PropertyValue.String8("5 \u0080")));
    }

    [Test]
    public async Task WantUnicodeAppliesToMultipleValuedStrings()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, new TaggedPropertyValue(Tags.Keywords, PropertyValue.Create(PropertyType.PtypMultipleString, (Conformance.Protocol.Encoding.ValueArray<string>)new[] { "a", "b" })));

        var response = await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = Message, WantUnicode = false, PropertyTags = new PropertyTag[] { Tags.Unspecified(Tags.Keywords) },
        });

        Assert.That(response.RowData.ValueArray[0].Type, Is.EqualTo(PropertyType.PtypMultipleString8));
    }

    [Test]
    public async Task ARequestedStringTypeIsReturnedInThatType()
    {
        // [MS-OXCPRPT] 3.2.5.1: a property asked for with a specific string type comes back in that type, converted.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, new TaggedPropertyValue(Tags.Subject.WithType(PropertyType.PtypString8), PropertyValue.String8("\u0080uro")));

        PropertyRow row = await client.GetAsync(Message, Tags.Subject, Tags.Subject.WithType(PropertyType.PtypString8));

        Assert.Multiple(() =>
        {
            Assert.That(row.ValueArray[0].Value, Is.EqualTo(PropertyValue.String("€uro")));
            Assert.That(row.ValueArray[1].Value, Is.EqualTo(PropertyValue.String8("\u0080uro")));
        });
    }

    [Test]
    public async Task MbcsStringsUseTheLogonCodePage()
    {
        // [MS-OXCPRPT] 3.2.5.1: for objects other than messages and attachments the logon's code page applies.
        await using var harness = new StoreHarness(new StoreOptions { LogonCodePage = 1251 });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Folder);
        await client.SetAsync(Folder, Tags.String(Tags.Comment, "Ж"));

        PropertyValue? value = await client.GetOneAsync(Folder, Tags.Comment.WithType(PropertyType.PtypString8));

        Assert.That(value, Is.EqualTo(PropertyValue.String8("\u00C6")));
    }

    [Test]
    public async Task PropertySizeLimitIsIgnoredByDefault()
    {
        // [MS-OXCPRPT] 3.2.5.1: the server SHOULD ignore PropertySizeLimit.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.String(Tags.Body, new string('x', 100)));

        var response = await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = Message, PropertySizeLimit = 10, WantUnicode = true, PropertyTags = new PropertyTag[] { Tags.Body },
        });

        Assert.That(response.RowData.ValueArray[0].Value, Is.EqualTo(PropertyValue.String(new string('x', 100))));
    }

    [Test]
    public async Task PropertySizeLimitGivesNotEnoughMemoryWhenHonored()
    {
        // [MS-OXCPRPT] Appendix A note 4: Exchange 2003/2007 answer larger string and binary values with NotEnoughMemory.
        await using var harness = new StoreHarness(new StoreOptions { HonorPropertySizeLimit = true });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.String(Tags.Body, new string('x', 100)), Tags.Integer(Tags.Importance, 1));

        var specific = await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = Message, PropertySizeLimit = 10, WantUnicode = true, PropertyTags = new PropertyTag[] { Tags.Body, Tags.Importance },
        });
        var all = await client.ExpectAsync<RopGetPropertiesAllResponse>(new RopGetPropertiesAllRequest { InputHandleIndex = Message, PropertySizeLimit = 10, WantUnicode = true });

        Assert.Multiple(() =>
        {
            Assert.That(specific.RowData.ValueArray[0], Is.EqualTo(FlaggedPropertyValue.Error(PropertyType.PtypString, ErrorCodes.NotEnoughMemory)));
            Assert.That(specific.RowData.ValueArray[1].Value, Is.EqualTo(PropertyValue.Integer32(1)), "fixed-size values are not limited");
            Assert.That(all.PropertyValues.Single(v => v.PropertyTag.PropertyId == Tags.Body.PropertyId).PropertyValue, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotEnoughMemory)));
        });
    }

    [Test]
    public async Task AValueLargerThanTheResponseBufferIsAnsweredWithNotEnoughMemory()
    {
        // [MS-OXCPRPT] 2.2.3.2: a value larger than the room in the ROP response buffer is PtypErrorCode NotEnoughMemory.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, new TaggedPropertyValue(Tags.BinaryData, PropertyValue.Binary(new byte[40000])), Tags.Integer(Tags.Importance, 3));

        PropertyRow row = await client.GetAsync(Message, Tags.BinaryData, Tags.Importance);
        var all = await client.GetAllAsync(Message);

        Assert.Multiple(() =>
        {
            Assert.That(row.ValueArray[0], Is.EqualTo(FlaggedPropertyValue.Error(PropertyType.PtypBinary, ErrorCodes.NotEnoughMemory)));
            Assert.That(row.ValueArray[1].Value, Is.EqualTo(PropertyValue.Integer32(3)));
            Assert.That(all.Single(v => v.PropertyTag.PropertyId == Tags.BinaryData.PropertyId).PropertyTag.PropertyType, Is.EqualTo(PropertyType.PtypErrorCode));
        });
    }

    [Test]
    public async Task GetPropertiesAllReturnsClientServerAndComputedProperties()
    {
        // [MS-OXCPRPT] 3.2.5.2 with 3.2.5.1: every property of the object, whoever set it.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.String(Tags.Subject, "all"));

        var tags = (await client.GetAllAsync(Message)).Select(v => v.PropertyTag).ToArray();

        Assert.That(tags, Is.SupersetOf(new[] { Tags.Subject, Tags.ObjectType, Tags.Access, Tags.AccessLevel, Tags.CreationTime, Tags.RecordKey }));
    }

    [TestCase(true, PropertyType.PtypString)]
    [TestCase(false, PropertyType.PtypString8)]
    public async Task GetPropertiesAllHonorsWantUnicode(bool wantUnicode, PropertyType expected)
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.String(Tags.Subject, "text"));

        var values = await client.GetAllAsync(Message, wantUnicode);

        Assert.That(values.Single(v => v.PropertyTag.PropertyId == Tags.Subject.PropertyId).PropertyTag.PropertyType, Is.EqualTo(expected));
    }

    [Test]
    public async Task GetPropertiesListListsThePropertiesCurrentlySet()
    {
        // [MS-OXCPRPT] 3.2.5.3: the tags of all properties set on the object, as they change.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Folder);
        await client.SetAsync(Folder, Tags.Integer(Tags.Importance, 4));
        var before = await client.ListAsync(Folder);
        await client.DeleteAsync(Folder, Tags.Importance);
        var after = await client.ListAsync(Folder);

        Assert.Multiple(() =>
        {
            Assert.That(before.ToArray(), Does.Contain(Tags.Importance).And.Contain(Tags.DisplayName).And.Contain(Tags.Access));
            Assert.That(after.ToArray(), Does.Not.Contain(Tags.Importance));
        });
    }

    [Test]
    public async Task GetPropertiesWorkOnTheLogonObject()
    {
        // [MS-OXCPRPT] 2.2.2 to 2.2.4: valid on Logon objects.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);

        RopResponse all = await client.RunAsync(new RopGetPropertiesAllRequest { InputHandleIndex = PropertyClient.LogonIndex });
        RopResponse list = await client.RunAsync(new RopGetPropertiesListRequest { InputHandleIndex = PropertyClient.LogonIndex });
        RopResponse specific = await client.RunAsync(new RopGetPropertiesSpecificRequest { InputHandleIndex = PropertyClient.LogonIndex, PropertyTags = new PropertyTag[] { Tags.Subject } });

        Assert.Multiple(() =>
        {
            Assert.That(all, Is.InstanceOf<RopGetPropertiesAllResponse>());
            Assert.That(list, Is.InstanceOf<RopGetPropertiesListResponse>());
            Assert.That(specific, Is.InstanceOf<RopGetPropertiesSpecificResponse>());
        });
    }

    [Test]
    public async Task PropertyRopsOnAnEmptyHandleSlotFailWithNullObject()
    {
        // [MS-OXCROPS] 3.2.5.1: an input handle that names no object gives ecNullObject.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        const byte Empty = 7;

        RopRequest[] requests =
        [
            new RopGetPropertiesSpecificRequest { InputHandleIndex = Empty, PropertyTags = new PropertyTag[] { Tags.Subject } },
            new RopGetPropertiesAllRequest { InputHandleIndex = Empty },
            new RopGetPropertiesListRequest { InputHandleIndex = Empty },
            new RopSetPropertiesRequest { InputHandleIndex = Empty, PropertyValues = new TaggedPropertyValue[] { Tags.Integer(Tags.Importance, 1) } },
            new RopDeletePropertiesRequest { InputHandleIndex = Empty, PropertyTags = new PropertyTag[] { Tags.Importance } },
            new RopQueryNamedPropertiesRequest { InputHandleIndex = Empty },
            new RopGetPropertyIdsFromNamesRequest { InputHandleIndex = Empty, PropertyNames = Array.Empty<PropertyName>() },
            new RopGetNamesFromPropertyIdsRequest { InputHandleIndex = Empty, PropertyIds = new ushort[] { (ushort)0x8001 } },
        ];
        foreach (RopRequest request in requests)
        {
            Assert.That(await client.FailAsync(request), Is.EqualTo(ErrorCodes.NullObject), request.RopId.ToString());
        }
    }
}
