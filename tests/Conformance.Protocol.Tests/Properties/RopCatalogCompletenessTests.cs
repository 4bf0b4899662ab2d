namespace Conformance.Protocol.Tests.Properties;

using Conformance.Protocol.Rops;
using Conformance.Protocol.Generators;

/// <summary>Meta-tests: the codec covers the ROPs the project needs, and each has generators for the properties.</summary>
public sealed class RopCatalogCompletenessTests
{
    /// <summary>The ROPs issue 2 asks for: [MS-OXCSTOR] 2.2.1, [MS-OXCPRPT] 2.2.2-2.2.27 and the supporting ROPs.</summary>
    public static readonly RopId[] Required =
    [
        // [MS-OXCSTOR] 2.2.1
        RopId.RopLogon, RopId.RopGetReceiveFolder, RopId.RopSetReceiveFolder, RopId.RopGetReceiveFolderTable,
        RopId.RopGetStoreState, RopId.RopGetOwningServers, RopId.RopPublicFolderIsGhosted, RopId.RopLongTermIdFromId,
        RopId.RopIdFromLongTermId, RopId.RopGetPerUserLongTermIds, RopId.RopGetPerUserGuid,
        RopId.RopReadPerUserInformation, RopId.RopWritePerUserInformation,

        // [MS-OXCPRPT] 2.2.2-2.2.27
        RopId.RopGetPropertiesSpecific, RopId.RopGetPropertiesAll, RopId.RopGetPropertiesList, RopId.RopSetProperties,
        RopId.RopSetPropertiesNoReplicate, RopId.RopDeleteProperties, RopId.RopDeletePropertiesNoReplicate,
        RopId.RopQueryNamedProperties, RopId.RopCopyProperties, RopId.RopCopyTo, RopId.RopGetPropertyIdsFromNames,
        RopId.RopGetNamesFromPropertyIds, RopId.RopOpenStream, RopId.RopReadStream, RopId.RopWriteStream,
        RopId.RopWriteStreamExtended, RopId.RopCommitStream, RopId.RopGetStreamSize, RopId.RopSetStreamSize,
        RopId.RopSeekStream, RopId.RopCopyToStream, RopId.RopProgress, RopId.RopLockRegionStream,
        RopId.RopUnlockRegionStream, RopId.RopWriteAndCommitStream, RopId.RopCloneStream,

        // Supporting ROPs
        RopId.RopRelease, RopId.RopOpenFolder, RopId.RopCreateFolder, RopId.RopDeleteFolder, RopId.RopGetHierarchyTable,
        RopId.RopGetContentsTable, RopId.RopSetColumns, RopId.RopQueryRows, RopId.RopCreateMessage, RopId.RopOpenMessage,
        RopId.RopSaveChangesMessage, RopId.RopDeleteMessages, RopId.RopCreateAttachment, RopId.RopOpenAttachment,
        RopId.RopSaveChangesAttachment, RopId.RopSubmitMessage, RopId.RopBufferTooSmall, RopId.RopBackoff,
    ];

    [Test]
    public void EveryRequiredRopIsRegistered()
    {
        RopId[] missing = Required.Where(id => RopRegistry.Find(id) is null).ToArray();
        Assert.That(missing, Is.Empty, "ROPs with no codec entry");
    }

    [Test]
    public void EveryRegisteredRopHasGenerators()
    {
        var cases = RopGenerators.All.ToDictionary(c => c.RopId);
        Assert.Multiple(() =>
        {
            foreach (RopCodecEntry entry in RopRegistry.All)
            {
                Assert.That(cases.TryGetValue(entry.RopId, out RopCase? ropCase), Is.True, $"{entry.RopId} has no RopCase");
                if (ropCase is null)
                {
                    continue;
                }

                Assert.That(ropCase.Requests is not null, Is.EqualTo(entry.Request is not null), $"{entry.RopId} request generator");
                Assert.That(ropCase.Responses is not null, Is.EqualTo(entry.Response is not null), $"{entry.RopId} response generator");
            }
        });
    }
}
