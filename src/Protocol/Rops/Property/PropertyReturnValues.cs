namespace Conformance.Protocol.Rops.Property;

/// <summary>ReturnValue codes that change the layout of a property ROP response.</summary>
public static class PropertyReturnValues
{
    /// <summary>
    /// ErrorsReturned (ecWarnWithErrors, [MS-OXCDATA] 2.4.3): a warning, not a failure. The ROP succeeded
    /// overall but failed for some names, so the success body follows it (RopQueryNamedProperties,
    /// RopGetPropertyIdsFromNames).
    /// </summary>
    public const uint ErrorsReturned = 0x00040380;

    /// <summary>
    /// NullDestinationObject (ecDstNullObject, [MS-OXCDATA] 2.4): the destination handle of a copy ROP did not
    /// resolve; the response then carries DestHandleIndex instead of the property problems ([MS-OXCROPS] 2.2.8.11.3, 2.2.8.12.3).
    /// </summary>
    public const uint NullDestinationObject = 0x00000503;
}
