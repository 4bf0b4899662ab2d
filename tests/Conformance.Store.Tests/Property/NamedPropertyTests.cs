namespace Conformance.Store.Tests.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopGetPropertyIdsFromNames, RopGetNamesFromPropertyIds and RopQueryNamedProperties ([MS-OXCPRPT] 3.2.5.6, 3.2.5.9, 3.2.5.10).</summary>
public sealed class NamedPropertyTests
{
    private const byte Message = 1;
    private const byte Folder = 2;

    private static readonly Guid PsPublicStrings = PropertyName.PsPublicStrings;
    private static readonly Guid PsInternetHeaders = new("00020386-0000-0000-C000-000000000046");
    private static readonly Guid Common = new("00062008-0000-0000-C000-000000000046");

    private static RopGetPropertyIdsFromNamesRequest IdsFromNames(byte handle, bool create, params PropertyName[] names) => new()
    {
        InputHandleIndex = handle, Flags = create ? GetPropertyIdsFromNamesFlags.Create : GetPropertyIdsFromNamesFlags.None, PropertyNames = names,
    };

    private static async Task<ValueArray<ushort>> IdsAsync(PropertyClient client, byte handle, bool create, params PropertyName[] names) =>
        (await client.ExpectAsync<RopGetPropertyIdsFromNamesResponse>(IdsFromNames(handle, create, names))).PropertyIds;

    [Test]
    public async Task CreateRegistersNewIdsAboveTheNamedRangeStartThatStayStable()
    {
        // [MS-OXCPRPT] 3.2.5.10 step 4: new IDs are unique, greater than 0x8000 and never 0xFFFF; a known name keeps its ID.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        PropertyName one = PropertyName.FromName(PsPublicStrings, "TestProp1");
        PropertyName two = PropertyName.FromLid(Common, 0x8501);

        var first = await IdsAsync(client, PropertyClient.LogonIndex, true, one, two);
        await client.CreateMessageAsync(Message);
        var again = await IdsAsync(client, Message, false, two, one);
        PropertyClient other = await PropertyClient.ConnectAsync(harness);
        var otherSession = await IdsAsync(other, PropertyClient.LogonIndex, false, one);

        Assert.Multiple(() =>
        {
            Assert.That(first.ToArray(), Is.Unique.And.All.GreaterThan((ushort)0x8000).And.All.LessThan((ushort)0xFFFF));
            Assert.That(again.ToArray(), Is.EqualTo(new[] { first[1], first[0] }));
            Assert.That(otherSession[0], Is.EqualTo(first[0]), "the mapping belongs to the store");
        });
    }

    [Test]
    public async Task AnUnknownNameWithoutCreateMapsToZeroWithTheErrorsReturnedWarning()
    {
        // [MS-OXCPRPT] 2.2.12.2 / 3.2.5.10 step 3: an unmapped name gets 0x0000; [MS-OXCDATA] 2.4.3 ErrorsReturned.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        PropertyName known = PropertyName.FromName(PsPublicStrings, "Known");
        await IdsAsync(client, PropertyClient.LogonIndex, true, known);

        var response = await client.ExpectAsync<RopGetPropertyIdsFromNamesResponse>(IdsFromNames(PropertyClient.LogonIndex, false, PropertyName.FromName(PsPublicStrings, "Unknown"), known));

        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.ErrorsReturned));
            Assert.That(response.PropertyIds[0], Is.Zero);
            Assert.That(response.PropertyIds[1], Is.GreaterThan((ushort)0x8000));
        });
    }

    [Test]
    public async Task PsMapiLidNamesMapToTheLidAndPsMapiStringNamesDoNot()
    {
        // [MS-OXCPRPT] 3.2.5.10 step 1 and 2.2.12.2: PS_MAPI gives the LID; a PS_MAPI name of Kind 0x01 cannot be mapped.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);

        var ids = await client.ExpectAsync<RopGetPropertyIdsFromNamesResponse>(IdsFromNames(
            PropertyClient.LogonIndex, true, PropertyName.FromLid(PropertyName.PsMapi, 0x0037), PropertyName.FromName(PropertyName.PsMapi, "Subject")));

        Assert.That(ids.PropertyIds.ToArray(), Is.EqualTo(new ushort[] { 0x0037, 0x0000 }));
    }

    [Test]
    public async Task InternetHeaderNamesAreMatchedLowerCase()
    {
        // [MS-OXCPRPT] 3.2.5.10 step 1: PS_INTERNET_HEADERS string names are coerced to lower case; other sets keep case.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);

        var ids = await IdsAsync(
            client,
            PropertyClient.LogonIndex,
            true,
            PropertyName.FromName(PsInternetHeaders, "X-Custom-Header"),
            PropertyName.FromName(PsInternetHeaders, "x-custom-header"),
            PropertyName.FromName(PsPublicStrings, "Case"),
            PropertyName.FromName(PsPublicStrings, "case"));
        var names = await client.ExpectAsync<RopGetNamesFromPropertyIdsResponse>(new RopGetNamesFromPropertyIdsRequest { InputHandleIndex = PropertyClient.LogonIndex, PropertyIds = new[] { ids[0] } });

        Assert.Multiple(() =>
        {
            Assert.That(ids[1], Is.EqualTo(ids[0]));
            Assert.That(ids[3], Is.Not.EqualTo(ids[2]));
            Assert.That(names.PropertyNames[0], Is.EqualTo(PropertyName.FromName(PsInternetHeaders, "x-custom-header")));
        });
    }

    [Test]
    public async Task RegisteringPastTheLimitFailsWithOutOfMemoryAndRegistersNothing()
    {
        // [MS-OXCPRPT] 3.2.5.10: past the server's limit (at most 32,767) the ROP fails with OutOfMemory (0x8007000E).
        await using var harness = new StoreHarness(new StoreOptions { NamedPropertyLimit = 2 });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await IdsAsync(client, PropertyClient.LogonIndex, true, PropertyName.FromName(PsPublicStrings, "a"));

        uint error = await client.FailAsync(IdsFromNames(PropertyClient.LogonIndex, true, PropertyName.FromName(PsPublicStrings, "b"), PropertyName.FromName(PsPublicStrings, "c")));
        var all = await IdsAsync(client, PropertyClient.LogonIndex, false);
        var fits = await IdsAsync(client, PropertyClient.LogonIndex, true, PropertyName.FromName(PsPublicStrings, "b"));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.EqualTo(ErrorCodes.OutOfMemory));
            Assert.That(all.Count, Is.EqualTo(1), "the failed request registered nothing");
            Assert.That(fits[0], Is.Not.Zero);
        });
    }

    [Test]
    public async Task NoNamesOnTheLogonEnumeratesEveryRegisteredId()
    {
        // [MS-OXCPRPT] 3.2.5.10 and 2.2.12.2: PropertyNameCount 0 on a Logon object lists every registered ID.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        var registered = await IdsAsync(client, PropertyClient.LogonIndex, true, PropertyName.FromName(PsPublicStrings, "x"), PropertyName.FromLid(Common, 1));

        var all = await IdsAsync(client, PropertyClient.LogonIndex, false);

        Assert.That(all.ToArray(), Is.EquivalentTo(registered.ToArray()));
    }

    [TestCase(false, 0)]
    [TestCase(true, 1)]
    public async Task NoNamesOnAFolderEnumeratesOnlyWhenConfigured(bool enumerate, int expected)
    {
        // [MS-OXCPRPT] 3.2.5.10 restricts the enumeration to Logon objects; 2.2.12.2 does not (StoreOptions switch).
        await using var harness = new StoreHarness(new StoreOptions { EnumerateNamedPropertiesOnAnyObject = enumerate });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await IdsAsync(client, PropertyClient.LogonIndex, true, PropertyName.FromName(PsPublicStrings, "x"));
        await client.OpenFolderAsync(client.Inbox, Folder);

        var ids = await IdsAsync(client, Folder, false);

        Assert.That(ids.Count, Is.EqualTo(expected));
    }

    [Test]
    public async Task GetNamesFromPropertyIdsMapsTaggedRegisteredAndUnknownIds()
    {
        // [MS-OXCPRPT] 3.2.5.9: below 0x8000 a PS_MAPI LID name; a registered ID its name; otherwise Kind 0xFF.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        PropertyName name = PropertyName.FromName(PsPublicStrings, "Mapped");
        var ids = await IdsAsync(client, PropertyClient.LogonIndex, true, name);
        await client.CreateMessageAsync(Message);

        var response = await client.ExpectAsync<RopGetNamesFromPropertyIdsResponse>(new RopGetNamesFromPropertyIdsRequest
        {
            InputHandleIndex = Message, PropertyIds = new ushort[] { 0x0037, ids[0], 0xFFF0 },
        });

        Assert.Multiple(() =>
        {
            Assert.That(response.PropertyNames.Count, Is.EqualTo(3), "one name per ID (2.2.13.2)");
            Assert.That(response.PropertyNames[0], Is.EqualTo(PropertyName.FromLid(PropertyName.PsMapi, 0x0037)));
            Assert.That(response.PropertyNames[1], Is.EqualTo(name));
            Assert.That(response.PropertyNames[2].Kind, Is.EqualTo(PropertyNameKind.None));
        });
    }

    [Test]
    public async Task QueryNamedPropertiesFiltersByKindAndGuidAndIgnoresUnknownBits()
    {
        // [MS-OXCPRPT] 3.2.5.6: NoStrings drops Kind 0x01, NoIds drops Kind 0x00, PropertyGuid keeps one set; other bits are ignored.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        PropertyName text = PropertyName.FromName(PsPublicStrings, "Text");
        PropertyName lid = PropertyName.FromLid(Common, 0x8503);
        var ids = await IdsAsync(client, PropertyClient.LogonIndex, true, text, lid);
        await client.OpenFolderAsync(client.Inbox, Folder);

        async Task<RopQueryNamedPropertiesResponse> QueryAsync(byte handle, QueryFlags flags, Guid? guid = null) =>
            await client.ExpectAsync<RopQueryNamedPropertiesResponse>(new RopQueryNamedPropertiesRequest
            {
                InputHandleIndex = handle, QueryFlags = flags, HasGuid = guid.HasValue, PropertyGuid = guid,
            });

        var all = await QueryAsync(PropertyClient.LogonIndex, QueryFlags.None);
        var noStrings = await QueryAsync(Folder, QueryFlags.NoStrings);
        var noIds = await QueryAsync(Folder, QueryFlags.NoIds | (QueryFlags)0xF0);
        var common = await QueryAsync(Folder, QueryFlags.None, Common);
        var both = await QueryAsync(Folder, QueryFlags.NoStrings | QueryFlags.NoIds);

        Assert.Multiple(() =>
        {
            Assert.That(all.PropertyIds.ToArray(), Is.EqualTo(ids.ToArray()));
            Assert.That(all.PropertyNames.ToArray(), Is.EqualTo(new[] { text, lid }));
            Assert.That(noStrings.PropertyNames.ToArray(), Is.EqualTo(new[] { lid }));
            Assert.That(noIds.PropertyNames.ToArray(), Is.EqualTo(new[] { text }));
            Assert.That(common.PropertyIds.ToArray(), Is.EqualTo(new[] { ids[1] }));
            Assert.That(both.PropertyIds, Is.Empty);
        });
    }

    [Test]
    public async Task ANamedPropertyCanBeSetAndReadThroughItsId()
    {
        // [MS-OXCPRPT] 1.3 / 4.1 to 4.3: the ID from RopGetPropertyIdsFromNames names the property in later ROPs.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        var ids = await IdsAsync(client, Message, true, PropertyName.FromName(new Guid("00062002-0000-0000-C000-000000000046"), "TestProp1"));
        var tag = new PropertyTag(ids[0], PropertyType.PtypBoolean);

        var problems = await client.SetAsync(Message, new TaggedPropertyValue(tag, PropertyValue.Boolean(false)));
        PropertyValue? value = await client.GetOneAsync(Message, tag);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(value, Is.EqualTo(PropertyValue.Boolean(false)));
        });
    }

    [Test]
    public async Task SpecExample41RequestRegistersTwoNames()
    {
        // [MS-OXCPRPT] 4.1.1: the example request, as bytes; the IDs the server picks are its own (4.1.2 shows 0x863E, 0x863F).
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        byte[] rop = Hex.Parse("""
            0000: 56 00 00 02 02 00 01 02-20 06 00 00 00 00 00 c0
            0010: 00 00 00 00 00 00 46 14-54 00 65 00 73 00 74 00
            0020: 50 00 72 00 6f 00 70 00-31 00 00 00 01 02 20 06
            0030: 00 00 00 00 00 c0 00 00-00 00 00 00 46 14 54 00
            0040: 65 00 73 00 74 00 50 00-72 00 6f 00 70 00 32 00
            0050: 00 00
            """);
        var request = (RopGetPropertyIdsFromNamesRequest)RopRegistry.DecodeRequest(rop);

        var response = await client.ExpectAsync<RopGetPropertyIdsFromNamesResponse>(request);

        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.Success));
            Assert.That(response.PropertyIds.Count, Is.EqualTo(2));
            Assert.That(response.PropertyIds.ToArray(), Is.Unique.And.All.GreaterThan((ushort)0x8000));
        });
    }
}
