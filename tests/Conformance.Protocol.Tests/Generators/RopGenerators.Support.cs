namespace Conformance.Protocol.Tests.Generators;

using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using FsCheck;
using FsCheck.Fluent;

public static partial class RopGenerators
{
    private static RopCase[] SupportCases =>
    [
        new(
            RopId.RopRelease,
            Gen.Zip(LogonId, HandleIndex).Select(t => (RopRequest)new RopReleaseRequest { LogonId = t.Item1, InputHandleIndex = t.Item2 }),
            null),
        new(
            RopId.RopOpenFolder,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from folder in DataGenerators.ObjectId
            from flags in Gen.Elements(OpenFolderModeFlags.None, OpenFolderModeFlags.OpenSoftDeleted)
            select (RopRequest)new RopOpenFolderRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, FolderId = folder, OpenModeFlags = flags },
            Gen.OneOf(
                Failure(RopId.RopOpenFolder),
                from output in HandleIndex
                from hasRules in DataGenerators.Boolean
                from servers in DataGenerators.ArrayOf(DataGenerators.AsciiString, 3)
                from cheap in Gen.Choose(0, servers.Length)
                select new ResponseSample(
                    new RopOpenFolderResponse
                    {
                        OutputHandleIndex = output,
                        HasRules = hasRules,
                        IsGhosted = servers.Length > 0,
                        GhostInfo = servers.Length > 0 ? new RopOpenFolderGhostInfo((ushort)cheap, servers) : null,
                    },
                    RopResponseContext.None))),
    ];
}
