namespace Conformance.Suites.OXCPRPT.S90_ClientObligations;

/// <summary>The RopId values of the requests these tests read, from the request buffers of [MS-OXCROPS] 2.2.</summary>
internal static class RopIds
{
    public const byte Release = 0x01; // 2.2.15.3.1
    public const byte GetPropertiesSpecific = 0x07; // 2.2.8.3.1
    public const byte GetPropertiesAll = 0x08; // 2.2.8.4.1
    public const byte SetProperties = 0x0A; // 2.2.8.6.1
    public const byte DeleteProperties = 0x0B; // 2.2.8.8.1
    public const byte OpenStream = 0x2B; // 2.2.9.1.1
    public const byte ReadStream = 0x2C; // 2.2.9.2.1
    public const byte WriteStream = 0x2D; // 2.2.9.3.1
    public const byte SeekStream = 0x2E; // 2.2.9.8.1
    public const byte SetStreamSize = 0x2F; // 2.2.9.7.1
    public const byte CopyTo = 0x39; // 2.2.8.12.1
    public const byte CopyToStream = 0x3A; // 2.2.9.9.1
    public const byte Progress = 0x50; // 2.2.8.13.1
    public const byte GetNamesFromPropertyIds = 0x55; // 2.2.8.2.1
    public const byte GetPropertyIdsFromNames = 0x56; // 2.2.8.1.1
    public const byte LockRegionStream = 0x5B; // 2.2.9.10.1
    public const byte UnlockRegionStream = 0x5C; // 2.2.9.11.1
    public const byte CommitStream = 0x5D; // 2.2.9.5.1
    public const byte QueryNamedProperties = 0x5F; // 2.2.8.10.1
    public const byte CopyProperties = 0x67; // 2.2.8.11.1
    public const byte WriteAndCommitStream = 0x90; // 2.2.9.12.1
    public const byte WriteStreamExtended = 0xA3; // 2.2.9.4.1
}
