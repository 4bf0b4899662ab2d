namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>
/// An Address Book EntryID ([MS-OXCDATA] 2.2.5.2): Flags, the address book ProviderUID, Version,
/// Type and the X500 DN of the object. [MS-OXSHARE] carries one in PidLidSharingInitiatorEntryId.
/// Flags, Version and Type are kept as sent so a conformance check can judge them.
/// </summary>
public sealed record AddressBookEntryId(uint Flags, Guid ProviderUid, uint Version, uint Type, string X500DistinguishedName)
{
    /// <summary>The ProviderUID every Address Book EntryID carries: DC A7 40 C8 C0 42 10 1A B4 B9 08 00 2B 2F E1 82.</summary>
    public static readonly Guid AddressBookProviderUid = new([0xDC, 0xA7, 0x40, 0xC8, 0xC0, 0x42, 0x10, 0x1A, 0xB4, 0xB9, 0x08, 0x00, 0x2B, 0x2F, 0xE1, 0x82]);

    /// <summary>Type value of a local mail user ([MS-OXCDATA] 2.2.5.2).</summary>
    public const uint LocalMailUser = 0x00000000;

    /// <summary>Decodes an EntryID that fills <paramref name="bytes"/> exactly (a PtypBinary value).</summary>
    public static AddressBookEntryId Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtocolReader(bytes, 0, nameof(AddressBookEntryId));
        uint flags = reader.ReadUInt32("Flags");
        Guid provider = reader.ReadGuid("ProviderUID");
        uint version = reader.ReadUInt32("Version");
        uint type = reader.ReadUInt32("Type");
        string dn = reader.ReadAsciiString("X500DN");
        reader.ExpectEnd("X500DN");
        return new AddressBookEntryId(flags, provider, version, type, dn);
    }

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter(64 + X500DistinguishedName.Length);
        writer.WriteUInt32(Flags);
        writer.WriteGuid(ProviderUid);
        writer.WriteUInt32(Version);
        writer.WriteUInt32(Type);
        AsciiCheck(X500DistinguishedName);
        writer.WriteString8(X500DistinguishedName);
        return writer.ToArray();
    }

    private static void AsciiCheck(string value)
    {
        if (value.Any(c => c is '\0' or > (char)0x7F))
        {
            throw new InvalidOperationException("X500DN must be ASCII with no embedded null");
        }
    }
}
