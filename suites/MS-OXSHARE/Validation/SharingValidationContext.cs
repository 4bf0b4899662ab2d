namespace Conformance.Suites.OXSHARE.Validation;

/// <summary>
/// What a validation knows beyond the message itself. Every member is optional: on a message found in a
/// mailbox nothing but its properties may be known, and each rule then checks what the message alone shows
/// (the finding's detail says so).
/// </summary>
public sealed record SharingValidationContext
{
    public static readonly SharingValidationContext None = new();

    /// <summary>PidTagEntryId of the Address Book object of the user who created the message ([MS-OXSHARE] 2.2.2.7).</summary>
    public byte[]? InitiatorEntryId { get; init; }

    /// <summary>Whether the message relates to a special folder ([MS-OXSHARE] 2.2.2.1); when unknown, the flavor decides where it can.</summary>
    public bool? RelatesToSpecialFolder { get; init; }

    /// <summary>The flavor the creator meant the message to have ([MS-OXSHARE] 2.2.2.5); it also decides which rules apply.</summary>
    public int? ExpectedFlavor { get; init; }

    /// <summary>The folder to be shared or being shared ([MS-OXSHARE] 2.2.2.10, 2.2.3).</summary>
    public SharedFolderFacts? Folder { get; init; }

    /// <summary>For a sharing response, PidLidSharingLocalType of the request it answers ([MS-OXSHARE] 2.2.2.10).</summary>
    public string? RequestLocalType { get; init; }

    /// <summary>For an answered request, the response type the user chose ([MS-OXSHARE] 2.2.4.2).</summary>
    public int? ExpectedResponseType { get; init; }

    /// <summary>
    /// Requirements the caller could not establish, with the reason (for example a folder property the target
    /// does not expose, so no client could copy it): their findings are not applicable and say why.
    /// </summary>
    public IReadOnlyDictionary<string, string> Excluded { get; init; } = new Dictionary<string, string>();
}

/// <summary>The properties of a shared folder that [MS-OXSHARE] 2.2.2.10 and 2.2.3 copy into a message; null where unknown.</summary>
public sealed record SharedFolderFacts(string? DisplayName, string? ContainerClass, byte[]? EntryId, byte[]? StoreEntryId);
