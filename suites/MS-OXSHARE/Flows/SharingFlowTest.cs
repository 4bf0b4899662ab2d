namespace Conformance.Suites.OXSHARE.Flows;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Suites.OXSHARE.Validation;
using P = Validation.SharingProperties;
using V = Validation.SharingMessageValidator;

/// <summary>
/// The steps the [MS-OXSHARE] section 4 flows share: a user's client learns who its user is from the logon,
/// composes a Sharing Message object as section 2.2 prescribes for its kind, saves it, and a fresh session
/// opens it from the target and has every rule of section 2.2 judged.
/// </summary>
/// <remarks>
/// The messages are not submitted: RopSubmitMessage needs a transport the target may lack and delivers
/// later, while every rule of section 2.2 is about the properties a message holds. So the client of the
/// sending user composes the message from its own logon, and the message is saved where delivery would put
/// it, a test folder of the recipient's mailbox, by a session of the recipient standing in for delivery.
/// </remarks>
public abstract class SharingFlowTest : ConformanceTest
{
    // [MS-OXCSTOR] 2.2.2.1.1: the Logon object names the mailbox owner, who is the logged-on user of a private logon.
    private static readonly PropertyTag MailboxOwnerEntryId = new(0x661B, PropertyType.PtypBinary);
    private static readonly PropertyTag MailboxOwnerName = new(0x661C, PropertyType.PtypString);

    // [MS-OXSHARE] 4.1: the provider's name and URL the examples use (2.2.2.14 and 2.2.2.16 leave them open).
    private const string ProviderName = "Microsoft Exchange";
    private const string ProviderUrl = "HTTP://www.microsoft.com/exchange";

    /// <summary>The calendar folder type ([MS-OXSHARE] 2.2.2.10), the one the section 4 flows share.</summary>
    protected const string CalendarType = "IPF.Appointment";

    /// <summary>A user of a flow: the session, its logon and what the logon says about the user.</summary>
    protected sealed record Participant(MailboxClient Client, RopLogonPrivateMailboxResponse Logon, byte[] EntryId, string Name, string? SmtpAddress);

    /// <summary>Logs <paramref name="user"/> on and reads PidTagMailboxOwnerEntryId and PidTagMailboxOwnerName from the logon.</summary>
    protected async Task<Participant> JoinAsync(TargetUser user)
    {
        MailboxClient client = await ConnectAsync(user);
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();
        PropertyRow owner = await client.GetPropertiesAsync(MailboxClient.LogonIndex, MailboxOwnerEntryId, MailboxOwnerName);
        if (owner.ValueArray[0].Value is not PropertyValue<ValueArray<byte>> { Type: PropertyType.PtypBinary } entryId
            || owner.ValueArray[1].Value is not PropertyValue<string> { Type: PropertyType.PtypString } name)
        {
            // Without the user's own Address Book EntryID no client can compose a conforming message.
            Assert.Inconclusive($"the target does not give {user.Name}'s PidTagMailboxOwnerEntryId and PidTagMailboxOwnerName on the logon");
            throw new InvalidOperationException("unreachable");
        }

        return new Participant(client, logon, entryId.Value.ToArray(), name.Value, user.SmtpAddress);
    }

    /// <summary>
    /// The properties of sections 2.2.1, 2.2.2 and 2.2.5 every Sharing Message object carries, set by
    /// <paramref name="initiator"/>'s client ([MS-OXSHARE] 3.1.4.1 to 3.1.4.4).
    /// </summary>
    protected static Dictionary<SharingProperty, PropertyValue> Compose(Participant initiator, int flavor, bool specialFolder, string localType, string subject)
    {
        int capabilities = specialFolder ? V.SpecialFolderCapabilities : V.OtherFolderCapabilities;
        var message = new Dictionary<SharingProperty, PropertyValue>
        {
            [P.MessageClass] = PropertyValue.String(V.SharingMessageClass),
            [P.ContentClass] = PropertyValue.String(V.SharingContentClass),
            [P.NormalizedSubject] = PropertyValue.String(subject),
            [P.SubjectPrefix] = PropertyValue.String(string.Empty),
            [P.ProviderGuid] = PropertyValue.Binary(V.ProviderGuidBytes),
            [P.XProviderGuid] = PropertyValue.String(V.Hex(V.ProviderGuidBytes)),
            [P.ProviderName] = PropertyValue.String(ProviderName),
            [P.XProviderName] = PropertyValue.String(ProviderName),
            [P.ProviderUrl] = PropertyValue.String(ProviderUrl),
            [P.XProviderUrl] = PropertyValue.String(ProviderUrl),
            [P.ConfigurationUrl] = PropertyValue.String(string.Empty),
            [P.XConfigUrl] = PropertyValue.String(string.Empty),
            [P.Flavor] = PropertyValue.Integer32(flavor),
            [P.XFlavor] = PropertyValue.String(V.Hex(flavor)),
            [P.Capabilities] = PropertyValue.Integer32(capabilities),
            [P.XCapabilities] = PropertyValue.String(V.Hex(capabilities)),
            [P.LocalType] = PropertyValue.String(localType),
            [P.XLocalType] = PropertyValue.String(localType),
            [P.InitiatorEntryId] = PropertyValue.Binary(initiator.EntryId),
            [P.InitiatorName] = PropertyValue.String(initiator.Name),
        };
        if (initiator.SmtpAddress is { } smtp)
        {
            message[P.InitiatorSmtp] = PropertyValue.String(smtp);
        }

        return message;
    }

    /// <summary>
    /// Creates a message in <paramref name="folderId"/> with <paramref name="properties"/> (named ones mapped,
    /// and created where new, with RopGetPropertyIdsFromNames), saves it and keeps it open at <paramref name="index"/>.
    /// </summary>
    protected static async Task<ObjectId> SaveAsync(MailboxClient client, ObjectId folderId, byte index, IReadOnlyDictionary<SharingProperty, PropertyValue> properties)
    {
        await client.CreateMessageAsync(folderId, index);
        await SetAsync(client, index, properties);
        return await client.SaveMessageAsync(index);
    }

    /// <summary>Sets <paramref name="properties"/> on the object open at <paramref name="index"/>.</summary>
    protected static async Task SetAsync(MailboxClient client, byte index, IReadOnlyDictionary<SharingProperty, PropertyValue> properties)
    {
        SharingProperty[] named = [.. properties.Keys.Where(p => p.IsNamed)];
        ValueArray<ushort> ids = named.Length == 0
            ? ValueArray<ushort>.Empty
            : (await client.ExpectAsync<RopGetPropertyIdsFromNamesResponse>(new RopGetPropertyIdsFromNamesRequest
            {
                InputHandleIndex = MailboxClient.LogonIndex,
                Flags = GetPropertyIdsFromNamesFlags.Create,
                PropertyNames = named.Select(p => p.Named!).ToArray(),
            })).PropertyIds;
        var idOf = named.Select((p, i) => (p, ids[i])).ToDictionary(pair => pair.p, pair => pair.Item2);
        TaggedPropertyValue[] values = [.. properties.Select(pair => new TaggedPropertyValue(new PropertyTag(pair.Key.IsNamed ? idOf[pair.Key] : pair.Key.TagId, pair.Value.Type), pair.Value))];
        await client.SetPropertiesAsync(index, values);
    }

    /// <summary>
    /// [MS-OXSHARE] 4.1: <paramref name="requester"/>'s request for the calendar special folder, saved into
    /// <paramref name="folder"/> of <paramref name="recipient"/>'s mailbox and kept open there at index 2.
    /// </summary>
    protected static Task<ObjectId> DeliverRequestAsync(Participant requester, Participant recipient, TestFolder folder) =>
        SaveAsync(recipient.Client, folder.FolderId, 2, Compose(requester, V.RequestForSpecialFolder, specialFolder: true, CalendarType, "Sharing request: calendar"));

    /// <summary>
    /// [MS-OXSHARE] 3.1.4.3 / 3.1.4.4, first steps: both users join, each gets a test folder, and Kendall's request is
    /// delivered to Ryan's. Ryan's client then reads the request's local type (section 2.2.2.10), which says what kind
    /// of folder is shared and which the response repeats; the calendar type when the request has none.
    /// </summary>
    protected async Task<DeliveredRequest> DeliverToRyanAsync()
    {
        Participant kendall = await JoinAsync(User1);
        Participant ryan = await JoinAsync(User2);
        TestFolder kendallFolder = await CreateTestFolderAsync(kendall.Client);
        TestFolder ryanFolder = await CreateTestFolderAsync(ryan.Client);
        ObjectId requestId = await DeliverRequestAsync(kendall, ryan, ryanFolder);
        string requestLocalType = (await V.ReadAsync(ryan.Client, 2)).TryGetValue(P.LocalType.Name, out PropertyValue? localType) && localType is PropertyValue<string> text
            ? text.Value
            : CalendarType;
        return new DeliveredRequest(kendall, ryan, kendallFolder, ryanFolder, requestId, requestLocalType);
    }

    /// <summary>A sharing request Kendall sent and Ryan holds, open at index 2 of Ryan's client.</summary>
    protected sealed record DeliveredRequest(Participant Kendall, Participant Ryan, TestFolder KendallFolder, TestFolder RyanFolder, ObjectId RequestId, string RequestLocalType);

    /// <summary>
    /// [MS-OXSHARE] 3.1.4.3 / 3.1.4.4, last step: the recipient opens the request again and records its answer
    /// and the time of it (section 2.2.4).
    /// </summary>
    protected static async Task AnswerRequestAsync(Participant recipient, TestFolder folder, ObjectId requestId, int responseType)
    {
        await recipient.Client.OpenMessageAsync(folder.FolderId, requestId, 3);
        await SetAsync(recipient.Client, 3, new Dictionary<SharingProperty, PropertyValue>
        {
            [P.ResponseType] = PropertyValue.Integer32(responseType),
            [P.ResponseTime] = PropertyValue.Time(DateTime.UtcNow),
        });
        await recipient.Client.SaveMessageAsync(3);
    }

    /// <summary>What the requester's validation of its answered request knows.</summary>
    protected static SharingValidationContext AnsweredRequestContext(Participant requester, int responseType) => new()
    {
        InitiatorEntryId = requester.EntryId,
        ExpectedFlavor = V.RequestForSpecialFolder,
        RelatesToSpecialFolder = true,
        Folder = new SharedFolderFacts(null, CalendarType, null, null),
        ExpectedResponseType = responseType,
    };

    /// <summary>Opens the message in a fresh session of <paramref name="reader"/> and judges it.</summary>
    protected async Task<SharingValidationReport> OpenAndValidateAsync(TargetUser reader, ObjectId folderId, ObjectId messageId, SharingValidationContext context)
    {
        MailboxClient session = await LogonAsync(reader);
        await session.OpenMessageAsync(folderId, messageId, 1, OpenMessageModeFlags.ReadOnly);
        return await V.ValidateAsync(session, 1, context);
    }

    /// <summary>
    /// Records one checkpoint per requirement the test declares, from the findings; the declared IDs must be
    /// exactly those that apply to the message (a requirement the test could not establish is inconclusive).
    /// </summary>
    protected void Record(SharingValidationReport report, SharingValidationContext context, string what)
    {
        string[] declared = [.. TestContext.CurrentContext.Test.Properties[RequirementAttribute.PropertyName].Cast<string>()];
        string[] judged = [.. report.Findings.Where(f => f.Applies || context.Excluded.ContainsKey(f.RequirementId)).Select(f => f.RequirementId)];
        Assert.That(declared, Is.EquivalentTo(judged), "the test declares the requirements that apply to its message");
        foreach (SharingFinding finding in report.Findings.Where(f => declared.Contains(f.RequirementId)))
        {
            if (finding.Applies)
            {
                Check(finding.RequirementId, finding.Held, finding.Expected, finding.Actual, $"{what}: {finding.Detail}");
            }
            else
            {
                Requirements.Current.Recorder.RecordInconclusive(finding.RequirementId, $"{what}: {finding.Detail}", LastExchange);
            }
        }
    }

    /// <summary>
    /// PidTagEntryId of a folder of <paramref name="owner"/>'s mailbox: as the target gives it, else built as
    /// [MS-OXCDATA] 2.2.4.1 lays out a Folder EntryID (the MailboxGuid of the logon, eitLTPrivateFolder, the
    /// folder's LongTermID).
    /// </summary>
    protected static async Task<byte[]> FolderEntryIdAsync(Participant owner, ObjectId folderId, PropertyValue? exposed)
    {
        if (exposed is PropertyValue<ValueArray<byte>> { Type: PropertyType.PtypBinary } bytes)
        {
            return bytes.Value.ToArray();
        }

        LongTermId longTermId = (await owner.Client.ExpectAsync<RopLongTermIdFromIdResponse>(new RopLongTermIdFromIdRequest { InputHandleIndex = MailboxClient.LogonIndex, ObjectId = folderId })).LongTermId;
        using var writer = new ProtocolWriter(46);
        writer.WriteUInt32(0);
        writer.WriteGuid(owner.Logon.MailboxGuid);
        writer.WriteUInt16(0x0001);
        longTermId.Encode(writer);
        return writer.ToArray();
    }
}
