namespace Conformance.Suites.OXSHARE.Validation;

using Conformance.Protocol.Data;

/// <summary>
/// A property [MS-OXSHARE] section 2.2 constrains: a named property (a PSETID_Sharing LID or a
/// PS_INTERNET_HEADERS name) resolved per mailbox with RopGetPropertyIdsFromNames, or a tagged property
/// with a fixed ID. <see cref="Name"/> is the canonical name of [MS-OXPROPS].
/// </summary>
public sealed record SharingProperty(string Name, PropertyType Type, PropertyName? Named = null, ushort TagId = 0)
{
    public bool IsNamed => Named is not null;

    public override string ToString() => Name;
}
