namespace Conformance.Store.Tests.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopLongTermIdFromId and RopIdFromLongTermId ([MS-OXCSTOR] 3.2.5.8, 3.2.5.9).</summary>
public sealed class IdMappingTests
{
    private static RopLongTermIdFromIdRequest ToLongTerm(ObjectId id) => new() { InputHandleIndex = 0, ObjectId = id };

    private static RopIdFromLongTermIdRequest ToShort(LongTermId id) => new() { InputHandleIndex = 0, LongTermId = id };

    [Test]
    public async Task LongTermIdIsTheReplicaGuidWithTheCounterAndZeroPad()
    {
        // [MS-OXCSTOR] 3.2.5.8: REPLGUID of the REPLID, the 48-bit GLOBCNT, then 16 bits of 0.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPrivateAsync();
        var response = await client.ExpectAsync<RopLongTermIdFromIdResponse>(ToLongTerm(logon.FolderIds.Inbox));
        Assert.That(response.LongTermId, Is.EqualTo(new LongTermId(logon.ReplGuid, logon.FolderIds.Inbox.GlobalCounter, 0)));
    }

    [Test]
    public async Task IdsRoundTripAndThePadIsIgnored()
    {
        // [MS-OXCSTOR] 3.2.5.9: the REPLID of the REPLGUID with the GLOBCNT; the pad bytes are ignored.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        var longTerm = await client.ExpectAsync<RopLongTermIdFromIdResponse>(ToLongTerm(logon.FolderIds.EFormsRegistry));
        var back = await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(longTerm.LongTermId with { Pad = 0xBEEF }));
        Assert.That(back.ObjectId, Is.EqualTo(logon.FolderIds.EFormsRegistry));
    }

    [Test]
    public async Task UnmappedOrZeroReplicaIdFailsWithNotFound()
    {
        // [MS-OXCSTOR] 3.2.5.8 SHOULD: a REPLID not in the table -> 0x8004010F; REPLID 0 is never in it. The
        // existence of the object is not checked.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await client.FailAsync(ToLongTerm(new ObjectId(0x7777, 5))), Is.EqualTo(ErrorCodes.NotFound));
            Assert.That(await client.FailAsync(ToLongTerm(default)), Is.EqualTo(ErrorCodes.NotFound));
            Assert.That(await client.RunAsync(ToLongTerm(new ObjectId(1, 0xFFFF_FFFF_FFFF))), Is.InstanceOf<RopLongTermIdFromIdResponse>(), "never assigned, still mapped");
        });
    }

    [Test]
    public async Task ZeroObjectIdSucceedsWithTheExchange2013Option()
    {
        // [MS-OXCSTOR] <43>: Exchange 2013 and later answer ecNone for ObjectId 0.
        await using var harness = new StoreHarness(new StoreOptions { LongTermIdFromZeroIdSucceeds = true });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        Assert.That((await client.ExpectAsync<RopLongTermIdFromIdResponse>(ToLongTerm(default))).LongTermId, Is.EqualTo(default(LongTermId)));
    }

    [Test]
    public async Task NewReplicaGuidGetsANewStableReplicaIdMappedBothWays()
    {
        // [MS-OXCSTOR] 3.2.5.9: an unknown REPLGUID is registered with a new unique REPLID, the same on every query;
        // 3.2.5.8 then maps that REPLID back to it.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPrivateAsync();
        var guid = Guid.NewGuid();
        var first = await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(guid, 0x1234)));
        var again = await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(guid, 0x5678)));
        var other = await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(Guid.NewGuid(), 1)));
        var back = await client.ExpectAsync<RopLongTermIdFromIdResponse>(ToLongTerm(first.ObjectId));
        Assert.Multiple(() =>
        {
            Assert.That(first.ObjectId, Is.EqualTo(new ObjectId(first.ObjectId.ReplicaId, 0x1234)));
            Assert.That(first.ObjectId.ReplicaId, Is.Not.Zero.And.Not.EqualTo(logon.ReplId));
            Assert.That(again.ObjectId.ReplicaId, Is.EqualTo(first.ObjectId.ReplicaId));
            Assert.That(other.ObjectId.ReplicaId, Is.Not.EqualTo(first.ObjectId.ReplicaId));
            Assert.That(back.LongTermId, Is.EqualTo(new LongTermId(guid, 0x1234)));
        });
    }

    [Test]
    public async Task ZeroReplicaGuidFailsWithInvalidParameter()
    {
        // [MS-OXCSTOR] 3.2.5.9 SHOULD: zero REPLGUID -> 0x80070057.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        Assert.That(await client.FailAsync(ToShort(new LongTermId(Guid.Empty, 5))), Is.EqualTo(ErrorCodes.InvalidParameter));
    }

    [Test]
    public async Task ZeroReplicaGuidSucceedsWithTheProductBehaviourOption()
    {
        // [MS-OXCSTOR] <44>: Exchange 2007 and 2019 answer ecNone.
        await using var harness = new StoreHarness(new StoreOptions { IdFromZeroReplicaGuidSucceeds = true });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        Assert.That((await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(Guid.Empty, 5)))).ObjectId, Is.EqualTo(default(ObjectId)));
    }

    [Test]
    public async Task ZeroGlobalCounterAnswersReturnValueZero()
    {
        // [MS-OXCSTOR] 3.2.5.9: a zero GLOBCNT MUST "fail" with 0 in ReturnValue; nothing is registered.
        await using var harness = new StoreHarness(new StoreOptions { MaximumReplicaIds = 2 });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        var response = await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(Guid.NewGuid(), 0)));
        Assert.That(response.ReturnValue, Is.Zero);
        await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(Guid.NewGuid(), 1)));
    }

    [Test]
    public async Task FullMappingTableFailsWithParameterOverflow()
    {
        // [MS-OXCSTOR] 3.2.5.9: no room for another REPLID -> 0x00000450; known REPLGUIDs still map.
        await using var harness = new StoreHarness(new StoreOptions { MaximumReplicaIds = 2 });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPrivateAsync();
        var known = Guid.NewGuid();
        await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(known, 1)));
        Assert.That(await client.FailAsync(ToShort(new LongTermId(Guid.NewGuid(), 1))), Is.EqualTo(ErrorCodes.ParameterOverflow));
        await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(known, 2)));
        Assert.That((await client.ExpectAsync<RopIdFromLongTermIdResponse>(ToShort(new LongTermId(logon.ReplGuid, 3)))).ObjectId.ReplicaId, Is.EqualTo(logon.ReplId));
    }
}
