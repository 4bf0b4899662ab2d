namespace Conformance.Suites.OXCSTOR.S07_PerUserInformation;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.IdSets;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// The base of the per-user read/unread tests: change number sets to write, and folders of their own so the
/// user's real read/unread data is not touched. A row written for such a folder cannot be removed through any
/// ROP, so what the test wrote is replaced by an empty change number set when the test ends.
/// </summary>
public abstract class PerUserInformationTest : ConformanceTest
{
    /// <summary>The LongTermID of a public folder of the test's own, which no per-user table holds yet.</summary>
    protected static LongTermId NewFolder() => new(TestValues.NewGuid(), 0x000000000001);

    /// <summary>
    /// A serialized change number set: an IDSET with REPLGUID ([MS-OXCFXICS] 2.2.2.4.2) holding
    /// <paramref name="count"/> change numbers of <paramref name="database"/>, far enough apart that each is a
    /// range of its own, so the BLOB grows with the count.
    /// </summary>
    protected static byte[] ChangeNumberSet(Guid database, int count) =>
        IdSetWithReplGuid.Create([new ReplGuidGlobset(database, Globset.FromCounters(Enumerable.Range(1, count).Select(i => (ulong)i * 0x0001_0000_0101)))]).ToBytes();

    /// <summary>Whether <paramref name="data"/> is a well-formed IDSET with REPLGUID.</summary>
    protected static bool IsIdSetWithReplGuid(byte[] data)
    {
        try
        {
            IdSetWithReplGuid.FromBytes(data);
            return true;
        }
        catch (ProtocolException)
        {
            return false;
        }
    }

    /// <summary>The REPLGUID a public folders logon returns ([MS-OXCSTOR] 2.2.1.1.4), which a private write names as its source.</summary>
    protected async Task<Guid> PublicDatabaseGuidAsync()
    {
        MailboxClient client = await ConnectAsync();
        return (await client.LogonPublicAsync()).ReplGuid;
    }

    /// <summary>
    /// A private logon, the public database's REPLGUID a private write names as its source, and a made-up folder
    /// (so the user's real read/unread data is untouched) whose per-user data is emptied when the test ends.
    /// </summary>
    protected async Task<(MailboxClient Client, Guid Database, LongTermId Folder)> PrivateFolderAsync()
    {
        Guid database = await PublicDatabaseGuidAsync();
        MailboxClient client = await LogonAsync();
        LongTermId folder = NewFolder();
        EmptyWhenDone(client, folder, publicLogon: false, database);
        return (client, database, folder);
    }

    /// <summary>Empties what the test wrote for <paramref name="folder"/> when it ends: a fresh session writes an empty set.</summary>
    protected void EmptyWhenDone(MailboxClient client, LongTermId folder, bool publicLogon, Guid? replicaGuid)
    {
        TargetUser owner = client.User;
        AddCleanup(async () =>
        {
            await using MailboxClient cleaner = new(new RopSession(await Target.ConnectAsync(owner)));
            if (publicLogon)
            {
                await cleaner.LogonPublicAsync();
            }
            else
            {
                await cleaner.LogonPrivateAsync();
            }

            await cleaner.WritePerUserInformationAsync(folder, ReadOnlyMemory<byte>.Empty, publicLogon ? null : replicaGuid);
        });
    }

    /// <summary>One RopWritePerUserInformation block, for the tests that break the write sequence on purpose.</summary>
    protected static Task<uint> WriteBlockAsync(MailboxClient client, LongTermId folder, uint dataOffset, ReadOnlyMemory<byte> data, bool hasFinished, Guid? replicaGuid) =>
        client.ReturnValueAsync(new RopWritePerUserInformationRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex,
            FolderId = folder,
            HasFinished = hasFinished,
            DataOffset = dataOffset,
            Data = data.ToArray(),
            ReplGuid = dataOffset == 0 ? replicaGuid : null,
        });
}
