namespace Conformance.Store.Model;

/// <summary>An attachment of a message; its changes reach the message on RopSaveChangesAttachment.</summary>
public sealed class AttachmentRecord : StoreObjectRecord
{
    public AttachmentRecord(uint number) => Number = number;

    public uint Number { get; }

    /// <summary>The embedded message of an attachment whose method is embedded message, if any.</summary>
    public MessageRecord? EmbeddedMessage { get; set; }

    public AttachmentRecord Clone() => new(Number) { Properties = Properties.Clone(), EmbeddedMessage = EmbeddedMessage?.Clone() };
}
