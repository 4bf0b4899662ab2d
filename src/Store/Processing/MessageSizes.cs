namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Store.Model;

/// <summary>
/// The size a message takes on the server: PidTagMessageSize of a message ([MS-OXCMSG] 2.2.1.7) and the
/// mailbox totals PidTagMessageSize / PidTagMessageSizeExtended ([MS-OXCSTOR] 2.2.2.1.1.9, 2.2.2.1.1.10).
/// The store counts the encoded size of every property value with its tag, of the recipients' and the
/// attachments' properties, and of embedded messages.
/// </summary>
public static class MessageSizes
{
    public static long Of(MessageRecord message) =>
        Of(message.Properties)
        + message.Recipients.Sum(r => Of(r.Properties))
        + message.Attachments.Values.Sum(a => Of(a.Properties) + (a.EmbeddedMessage is { } embedded ? Of(embedded) : 0));

    private static long Of(PropertyBag properties)
    {
        long size = 0;
        using var writer = new ProtocolWriter(256);
        foreach (TaggedPropertyValue value in properties.All)
        {
            writer.Reset();
            value.PropertyValue.Encode(writer);
            size += PropertyTag.Size + writer.Position;
        }

        return size;
    }
}
