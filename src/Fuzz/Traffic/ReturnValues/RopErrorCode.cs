namespace Conformance.Fuzz.Traffic.ReturnValues;

/// <summary>
/// A code a ROP's own sections name for it (rop-error-tables.json): the error tables of [MS-OXCSTOR], [MS-OXCPRPT],
/// [MS-OXCFOLD], [MS-OXCMSG] 3.2.5.x and the sentences that say "return X". <see cref="InOxcdata"/> is false for a
/// code the [MS-OXCDATA] 2.4 tables lack (StreamSeekError, [MS-OXCPRPT] 3.2.5.18); <see cref="Note"/> marks a code
/// named only by a product-behavior note.
/// </summary>
public sealed record RopErrorCode(string Value, string Name, string Section, string When, bool Note = false, bool InOxcdata = true)
{
    public uint Code => ReturnValueTables.ParseCode(Value);
}
