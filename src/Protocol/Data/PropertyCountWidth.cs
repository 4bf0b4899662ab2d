namespace Conformance.Protocol.Data;

/// <summary>
/// The width of COUNT fields in property values ([MS-OXCDATA] 2.11.1.1): in ROP buffers byte counts
/// of PtypBinary are 16 bits and value counts of PtypMultiple* are 32 bits; in extended rules and
/// MAPI over HTTP both are 32 bits.
/// </summary>
public enum PropertyCountWidth
{
    RopBuffer,
    Extended,
}
