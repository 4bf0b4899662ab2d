namespace Conformance.Store.Tests.Infrastructure;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Store.Model;

/// <summary>
/// A deterministic text picture of everything a client can change in a store: folders, messages,
/// recipients, attachments, properties, named-property mappings and mailbox conditions. Two equal
/// pictures mean no observable change.
/// </summary>
public static class StoreSnapshot
{
    public static string Describe(StoreServer server)
    {
        var text = new StringBuilder();
        lock (server.Sync)
        {
            foreach (Mailbox mailbox in server.Mailboxes.OrderBy(m => m.Owner.Name, StringComparer.Ordinal))
            {
                text.Append("mailbox ").Append(mailbox.Owner.Name).Append(' ').Append(mailbox.State).Append(' ').Append(mailbox.HomeServer).AppendLine();
                Describe(text, mailbox);
            }

            text.Append("public ").Append(server.PublicFolders.ContainerPresent).AppendLine();
            Describe(text, server.PublicFolders);
        }

        return text.ToString();
    }

    private static void Describe(StringBuilder text, MessageStore store)
    {
        Properties(text, "  store", store.Properties);
        foreach ((ushort id, PropertyName name) in store.NamedProperties.All.OrderBy(n => n.PropertyId))
        {
            text.Append("  named ").Append(id.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(name).AppendLine();
        }

        foreach (FolderRecord folder in store.Folders.Values.OrderBy(f => f.Id))
        {
            text.Append("  folder ").Append(folder.Id).Append(" parent ").Append(folder.Parent?.Id).Append(folder.IsDeleted ? " deleted" : string.Empty)
                .Append(" children ").AppendJoin(',', folder.Children.Select(c => c.Id)).AppendLine();
            Properties(text, "    ", folder.Properties);
            foreach (MessageRecord message in folder.Messages.Values)
            {
                Message(text, "    message", message);
            }
        }
    }

    private static void Message(StringBuilder text, string prefix, MessageRecord message)
    {
        text.Append(prefix).Append(' ').Append(message.Id).Append(message.IsDeleted ? " deleted" : string.Empty).Append(" next ").Append(message.NextAttachmentNumber).AppendLine();
        Properties(text, prefix + "  ", message.Properties);
        foreach (RecipientRecord recipient in message.Recipients)
        {
            Properties(text, prefix + "  recipient", recipient.Properties);
        }

        foreach (AttachmentRecord attachment in message.Attachments.Values)
        {
            text.Append(prefix).Append("  attachment ").Append(attachment.Number).AppendLine();
            Properties(text, prefix + "    ", attachment.Properties);
            if (attachment.EmbeddedMessage is { } embedded)
            {
                Message(text, prefix + "    embedded", embedded);
            }
        }
    }

    private static void Properties(StringBuilder text, string prefix, PropertyBag properties)
    {
        foreach (TaggedPropertyValue value in properties.All)
        {
            text.Append(prefix).Append(' ').Append(value).AppendLine();
        }
    }
}
