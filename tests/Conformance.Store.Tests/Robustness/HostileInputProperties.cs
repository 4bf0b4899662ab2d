namespace Conformance.Store.Tests.Robustness;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// Random and mutated ROP input buffers never make the store throw or hang, and a rejected request
/// leaves the store as it was: a call rejected as a whole, or a single ROP answered with a failure.
/// </summary>
public sealed class HostileInputProperties
{
    /// <summary>Handle table of the prepared session: 0 logon, 1 Inbox, 2 a saved message open read-write, 3 a stream on it, 4-5 free.</summary>
    private static readonly RopRequest[] Templates =
    [
        new RopGetPropertiesSpecificRequest { InputHandleIndex = 2, WantUnicode = true, PropertyTags = new PropertyTag[] { new(0x0037, PropertyType.PtypString), new(0x0E08, PropertyType.PtypInteger32) } },
        new RopSetPropertiesRequest { InputHandleIndex = 2, PropertyValues = new TaggedPropertyValue[] { new(0x0037, PropertyValue.String("subject")) } },
        new RopDeletePropertiesRequest { InputHandleIndex = 1, PropertyTags = new PropertyTag[] { new(0x3004, PropertyType.PtypString) } },
        new RopGetPropertyIdsFromNamesRequest { InputHandleIndex = 0, Flags = GetPropertyIdsFromNamesFlags.Create, PropertyNames = new PropertyName[] { PropertyName.FromName(PropertyName.PsPublicStrings, "x") } },
        new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 3 },
        new RopCreateMessageRequest { InputHandleIndex = 1, OutputHandleIndex = 4, CodePageId = 0x0FFF },
        new RopSaveChangesMessageRequest { ResponseHandleIndex = 2, InputHandleIndex = 2, SaveFlags = SaveFlags.KeepOpenReadWrite },
        new RopCreateFolderRequest { InputHandleIndex = 1, OutputHandleIndex = 5, FolderType = FolderType.Generic, UseUnicodeStrings = true, DisplayName = "sub" },
        new RopOpenStreamRequest { InputHandleIndex = 2, OutputHandleIndex = 4, PropertyTag = new PropertyTag(0x1000, PropertyType.PtypString), OpenModeFlags = OpenStreamModeFlags.Create },
        new RopSeekStreamRequest { InputHandleIndex = 3, Origin = SeekStreamOrigin.Beginning, Offset = 0x7FFF_FF00 },
        new RopSetStreamSizeRequest { InputHandleIndex = 3, StreamSize = 0x7FFF_FFFF },
        new RopWriteStreamRequest { InputHandleIndex = 3, Data = new byte[] { 1, 2, 3, 4 } },
        new RopReadStreamRequest { InputHandleIndex = 3, ByteCount = 0xBABE, MaximumByteCount = 0x7FFF_FFFF },
        new RopCommitStreamRequest { InputHandleIndex = 3 },
        new RopLockRegionStreamRequest { InputHandleIndex = 3, RegionOffset = 0, RegionSize = ulong.MaxValue, LockFlags = 1 },
        new RopCopyToRequest { SourceHandleIndex = 2, DestHandleIndex = 4, WantSubObjects = true },
        new RopGetContentsTableRequest { InputHandleIndex = 1, OutputHandleIndex = 5 },
        new RopCreateAttachmentRequest { InputHandleIndex = 2, OutputHandleIndex = 4 },
    ];

    private static Gen<byte[]> OneRop =>
        Gen.Frequency(
            (4, from template in Gen.Elements(Templates)
                from at in Gen.Choose(0, 40)
                from value in Gen.Choose(0, 255)
                from kind in Gen.Choose(0, 2)
                select Mutate(template.ToBytes(), at, (byte)value, kind)),
            (2, Gen.Elements(Templates).Select(t => t.ToBytes())));

    /// <summary>Random bytes, or one to three ROPs drawn from the templates, mutated or not.</summary>
    private static Gen<byte[]> Buffers =>
        Gen.Frequency(
            (1, Gen.Choose(0, 48).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))),
            (5, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(OneRop, n)).Select(rops => rops.SelectMany(r => r).ToArray())));

    private static int MaxTest =>
        int.TryParse(Environment.GetEnvironmentVariable("CONFORMANCE_FSCHECK_MAX_TEST"), out int n) && n > 0 ? n : 300;

    private static byte[] Mutate(byte[] rop, int at, byte value, int kind)
    {
        byte[] copy = [.. rop];
        at %= copy.Length;
        switch (kind)
        {
            case 0:
                copy[at] = value;
                return copy;
            case 1:
                return [.. copy[..at], .. copy[(at + 1)..]];
            default:
                return [.. copy[..at], value, .. copy[at..]];
        }
    }

    [Test]
    public void HostileBuffersNeverThrowHangOrChangeStateWhenRejected() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(MaxTest).WithQuietOnSuccess(true),
            Prop.ForAll(
                (from rops in Buffers
                 from maximumOutput in Gen.Elements(0x8000, 64, 16)
                 select (rops, maximumOutput)).ToArbitrary(),
                t => RunOne(t.rops, t.maximumOutput).GetAwaiter().GetResult()));

    private static async Task RunOne(byte[] rops, int maximumOutput)
    {
        await using var harness = new StoreHarness();
        RopSession session = await harness.ConnectAsync();
        uint[] handles = await PrepareAsync(session);

        // Frame the mutated ROP bytes as a buffer with the prepared handle table (unframed random bytes too, now and then).
        using var writer = new ProtocolWriter();
        writer.WriteUInt16((ushort)Math.Min(rops.Length + 2, ushort.MaxValue));
        writer.WriteBytes(rops);
        foreach (uint handle in handles)
        {
            writer.WriteUInt32(handle);
        }

        byte[] input = writer.ToArray();
        string before = StoreSnapshot.Describe(harness.Server);
        Task<RawExecution> call = session.Raw.ExecuteRawAsync(input, maximumOutput);
        Assert.That(await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(5))), Is.SameAs(call), $"no answer within 5 s to {Convert.ToHexString(input)}");
        RawExecution result = await call;

        if (Rejected(result, input))
        {
            Assert.That(StoreSnapshot.Describe(harness.Server), Is.EqualTo(before), $"a rejected request changed the store: {Convert.ToHexString(input)}");
        }
    }

    /// <summary>The call failed, or every ROP it carried was answered with a failure (and none lacks a response).</summary>
    private static bool Rejected(RawExecution result, byte[] input)
    {
        if (!result.Succeeded)
        {
            return true;
        }

        RopInputBuffer requests = RopInputBuffer.Decode(input);
        if (requests.RopsList.Any(r => RopRegistry.Find(r.RopId)?.Response is null))
        {
            return false;
        }

        RopOutputBuffer output = RopOutputBuffer.Decode(result.RopOutputBuffer, requests.RopsList.ToArray());
        return output.RopsList.Count > 0 && output.RopsList.All(r => r is RopFailureResponse or RopBufferTooSmallResponse);
    }

    private static async Task<uint[]> PrepareAsync(RopSession session)
    {
        (uint[] handles, var logon) = await StoreHarness.LogonAsync(session, tableSize: 6);
        RopExchange exchange = await StoreHarness.ExecuteAsync(
            session,
            handles,
            new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = logon.FolderIds.Inbox },
            new RopCreateMessageRequest { InputHandleIndex = 1, OutputHandleIndex = 2, CodePageId = 0x0FFF, FolderId = logon.FolderIds.Inbox },
            new RopSaveChangesMessageRequest { ResponseHandleIndex = 2, InputHandleIndex = 2, SaveFlags = SaveFlags.KeepOpenReadWrite },
            new RopOpenStreamRequest { InputHandleIndex = 2, OutputHandleIndex = 3, PropertyTag = new PropertyTag(0x1001, PropertyType.PtypBinary), OpenModeFlags = OpenStreamModeFlags.Create });
        return [.. exchange.HandleTable];
    }
}
