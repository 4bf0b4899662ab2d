namespace Conformance.Store.Model;

using Conformance.Protocol.Data;

/// <summary>
/// A saved message: properties, recipients and attachments. Open Message objects work on a copy
/// (<see cref="Clone"/>) and replace the saved state only on RopSaveChangesMessage ([MS-OXCPRPT] 3.2.5.4).
/// </summary>
public sealed class MessageRecord : StoreObjectRecord
{
    public MessageRecord(ObjectId id) => Id = id;

    /// <summary>The Message ID; an unsaved message gets one when first saved.</summary>
    public ObjectId Id { get; set; }

    public List<RecipientRecord> Recipients { get; private init; } = [];

    /// <summary>Attachments by attachment number (PidTagAttachNumber).</summary>
    public SortedDictionary<uint, AttachmentRecord> Attachments { get; private init; } = [];

    public uint NextAttachmentNumber { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>A deep copy: properties, recipients and attachments (embedded messages included).</summary>
    public MessageRecord Clone() => new(Id)
    {
        Properties = Properties.Clone(),
        Recipients = Recipients.Select(r => r.Clone()).ToList(),
        Attachments = new SortedDictionary<uint, AttachmentRecord>(Attachments.ToDictionary(a => a.Key, a => a.Value.Clone())),
        NextAttachmentNumber = NextAttachmentNumber,
    };

    /// <summary>Takes over the content of <paramref name="working"/> (the save of a working copy).</summary>
    public void ReplaceWith(MessageRecord working)
    {
        Properties.ReplaceWith(working.Properties);
        Recipients.Clear();
        Recipients.AddRange(working.Recipients.Select(r => r.Clone()));
        Attachments.Clear();
        foreach ((uint number, AttachmentRecord attachment) in working.Attachments)
        {
            Attachments[number] = attachment.Clone();
        }

        NextAttachmentNumber = working.NextAttachmentNumber;
    }
}
