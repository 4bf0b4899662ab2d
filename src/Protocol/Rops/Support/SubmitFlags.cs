namespace Conformance.Protocol.Rops.Support;

/// <summary>SubmitFlags of RopSubmitMessage ([MS-OXOMSG] 2.2.3.1.1).</summary>
[Flags]
public enum SubmitFlags : byte
{
    None = 0x00,
    PreProcess = 0x01,
    NeedsSpooler = 0x02,
}
