namespace Conformance.Suites.OXCPRPT.S04_CommonObjectProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Support;

/// <summary>[MS-OXCPRPT] 2.2.1: the common object properties: their defined values, and that the client cannot set them.</summary>
[TestFixture]
public sealed class CommonObjectPropertiesTests : PropertyObjectTest
{
    /// <summary>PidTagAccessLevel values ([MS-OXCPRPT] 2.2.1.2): read-only, modify.</summary>
    private static readonly int[] AccessLevels = [0x00000000, 0x00000001];

    /// <summary>PidTagObjectType values ([MS-OXCPRPT] 2.2.1.7): store, address book, container, message, mail user, attachment, distribution list.</summary>
    private static readonly int[] ObjectTypes = [0x1, 0x2, 0x4, 0x5, 0x6, 0x7, 0x8];

    [Test]
    [Requirement("MS-OXCPRPT-R0001")]
    [Requirement("MS-OXCPRPT-R0002")]
    public async Task AccessLevel_and_ObjectType_take_only_their_defined_values([Values(ObjectKind.Message, ObjectKind.Attachment)] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);

        // The object open read/write here, and read-only in another session ([MS-OXCMSG] 2.2.3.1.1, 2.2.3.12.1).
        PropertyRow writable = await client.GetPropertiesAsync(opened.Index, PropertyRopTags.AccessLevel, PropertyRopTags.ObjectType);
        MailboxClient other = await LogonAsync();
        byte index = await OpenStoredAsync(other, opened);
        PropertyRow readOnly = await other.GetPropertiesAsync(index, PropertyRopTags.AccessLevel, PropertyRopTags.ObjectType);

        PropertyValue?[] levels = [ValueOf(writable.ValueArray[0]), ValueOf(readOnly.ValueArray[0])];
        Check("MS-OXCPRPT-R0001", levels.All(v => v is PropertyValue<int> level && AccessLevels.Contains(level.Value)), "0x00000000 or 0x00000001 on both handles", string.Join(", ", levels.Select(Show)));
        PropertyValue?[] types = [ValueOf(writable.ValueArray[1]), ValueOf(readOnly.ValueArray[1])];
        Check("MS-OXCPRPT-R0002", types.All(v => v is PropertyValue<int> type && ObjectTypes.Contains(type.Value)), "one of 0x1, 0x2, 0x4, 0x5, 0x6, 0x7, 0x8 on both handles", string.Join(", ", types.Select(Show)), $"{kind} object");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0145")]
    public async Task The_client_cannot_set_the_common_properties([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);

        // Values no server computes: undefined bits and codes, a time in 1601, a record key of 0xEE bytes ([MS-OXCPRPT] 2.2.1).
        TaggedPropertyValue[] attempted =
        [
            new(PropertyRopTags.Access, PropertyValue.Integer32(0x40)),
            new(PropertyRopTags.AccessLevel, PropertyValue.Integer32(0x7)),
            new(PropertyRopTags.ObjectType, PropertyValue.Integer32(0x3)),
            new(PropertyRopTags.CreationTime, PropertyValue.Time(864000000000UL)),
            new(PropertyRopTags.RecordKey, PropertyValue.Binary(Enumerable.Repeat((byte)0xEE, 16).ToArray())),
        ];
        PropertyTag[] tags = [.. attempted.Select(v => v.PropertyTag)];
        var response = await client.ExpectAsync<RopSetPropertiesResponse>(new RopSetPropertiesRequest { InputHandleIndex = opened.Index, PropertyValues = attempted });
        var taken = new List<string>();
        Collect(taken, "same handle", attempted, await client.GetPropertiesAsync(opened.Index, tags));

        // A message or attachment may instead fail the save ([MS-OXCPRPT] 3.2.5.4); when it saves, the stored object must not have the values either.
        bool saved = await TryCommitAsync(client, opened);
        if (saved || opened.Kind is ObjectKind.Logon or ObjectKind.Folder)
        {
            MailboxClient other = await LogonAsync();
            Collect(taken, "stored", attempted, await other.GetPropertiesAsync(await OpenStoredAsync(other, opened), tags));
        }

        Check("MS-OXCPRPT-R0145", taken.Count == 0, "none of the client's values", taken.Count == 0 ? "none" : string.Join("; ", taken), $"{response.PropertyProblems.Count} property problem(s), saved: {saved}");
    }

    private static void Collect(List<string> taken, string where, TaggedPropertyValue[] attempted, PropertyRow row)
    {
        for (int i = 0; i < attempted.Length; i++)
        {
            if (Equals(ValueOf(row.ValueArray[i]), attempted[i].PropertyValue))
            {
                taken.Add($"{where}: {attempted[i]}");
            }
        }
    }

    /// <summary>Commits as the object type requires; false when a save failed, which the server may choose for read-only properties.</summary>
    private static async Task<bool> TryCommitAsync(MailboxClient client, OpenedObject opened)
    {
        if (opened.Kind == ObjectKind.Attachment
            && await client.ReturnValueAsync(new RopSaveChangesAttachmentRequest { ResponseHandleIndex = AttachmentIndex, InputHandleIndex = AttachmentIndex, SaveFlags = SaveFlags.KeepOpenReadWrite }) != 0)
        {
            return false;
        }

        if (opened.Kind is ObjectKind.Message or ObjectKind.Attachment)
        {
            return await client.ReturnValueAsync(new RopSaveChangesMessageRequest { ResponseHandleIndex = MessageIndex, InputHandleIndex = MessageIndex, SaveFlags = SaveFlags.KeepOpenReadWrite }) == 0;
        }

        return true;
    }
}
