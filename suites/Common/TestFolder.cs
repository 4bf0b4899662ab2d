namespace Conformance.Suites;

using Conformance.Protocol.Data;

/// <summary>
/// A folder a test created for itself under the mailbox's IPM subtree, open at <see cref="Index"/> of the
/// client that created it. The test base deletes it, with everything in it, when the test ends.
/// </summary>
public sealed record TestFolder(ObjectId FolderId, byte Index, string DisplayName);
