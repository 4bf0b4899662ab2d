namespace Conformance.Suites.OXSHARE.Validation;

using Conformance.Protocol.Data;
using FsCheck;
using FsCheck.Fluent;
using E = SectionFourExamples;
using P = SharingProperties;
using V = SharingMessageValidator;

/// <summary>
/// The validator's pure core on the [MS-OXSHARE] section 4 messages: they pass, and each rule fails when the
/// one property it is about is broken. No target is involved and no checkpoint is recorded: these tests
/// judge the validator, not a server.
/// </summary>
[TestFixture]
public sealed class SharingMessageValidatorTests
{
    public static IEnumerable<TestCaseData> Examples()
    {
        string[] remoteFolderRules = ["MS-OXSHARE-R0024", "MS-OXSHARE-R0025", "MS-OXSHARE-R0026", "MS-OXSHARE-R0027", "MS-OXSHARE-R0028", "MS-OXSHARE-R0030", "MS-OXSHARE-R0032", "MS-OXSHARE-R0033"];
        yield return new TestCaseData(E.Request(), new SharingValidationContext { InitiatorEntryId = E.InitiatorEntryId(E.User12) }, (string[])[.. remoteFolderRules, "MS-OXSHARE-R0034", "MS-OXSHARE-R0035"]).SetArgDisplayNames("4.1 request");
        yield return new TestCaseData(E.AnsweredRequest(V.Denied), new SharingValidationContext { ExpectedResponseType = V.Denied }, (string[])[.. remoteFolderRules, "MS-OXSHARE-R0034"]).SetArgDisplayNames("4.2 denied request");
        yield return new TestCaseData(E.AnsweredRequest(V.Accepted), SharingValidationContext.None, (string[])[.. remoteFolderRules, "MS-OXSHARE-R0034"]).SetArgDisplayNames("4.3 accepted request");
        yield return new TestCaseData(E.Deny(), new SharingValidationContext { RequestLocalType = "IPF.Appointment" }, (string[])[.. remoteFolderRules, "MS-OXSHARE-R0035"]).SetArgDisplayNames("4.2 deny");
        yield return new TestCaseData(E.Accept(), E.AcceptContext(), (string[])["MS-OXSHARE-R0022", "MS-OXSHARE-R0035"]).SetArgDisplayNames("4.3 accept");
        yield return new TestCaseData(E.Accept(), SharingValidationContext.None, (string[])["MS-OXSHARE-R0022", "MS-OXSHARE-R0035"]).SetArgDisplayNames("4.3 accept, nothing known");
    }

    [TestCaseSource(nameof(Examples))]
    public void The_section_4_messages_hold_every_rule_that_applies(Dictionary<string, PropertyValue> message, SharingValidationContext context, string[] notApplicable)
    {
        SharingValidationReport report = V.Validate(message, context);

        Assert.That(report.Findings.Select(f => f.RequirementId), Is.EquivalentTo(V.RequirementIds), "one finding per requirement");
        Assert.That(report.Findings.Where(f => f.Outcome == FindingOutcome.NotHeld), Is.Empty, report.ToString());
        Assert.That(report.Findings.Where(f => !f.Applies).Select(f => f.RequirementId), Is.EquivalentTo(notApplicable));
    }

    public static IEnumerable<TestCaseData> Breaks()
    {
        SharingValidationContext none = SharingValidationContext.None;
        SharingValidationContext kendall = new() { InitiatorEntryId = E.InitiatorEntryId(E.User12) };

        yield return Break("MS-OXSHARE-R0002", "request with the other-folder capabilities", E.Request, none, m => m[P.Capabilities.Name] = PropertyValue.Integer32(V.OtherFolderCapabilities));
        yield return Break("MS-OXSHARE-R0002", "unlisted capabilities", E.Accept, none, m => m[P.Capabilities.Name] = PropertyValue.Integer32(0x00040200));
        yield return Knowing("MS-OXSHARE-R0002", "special capabilities for a folder known not to be special", E.Accept, E.AcceptContext() with { RelatesToSpecialFolder = false });
        yield return Break("MS-OXSHARE-R0003", "configuration URL not empty", E.Request, none, m => SetBoth(m, P.ConfigurationUrl, P.XConfigUrl, "http://config"));
        yield return Break("MS-OXSHARE-R0004", "X-Sharing-Config-Url differs", E.Request, none, m => SetString(m, P.XConfigUrl, "http://config"));
        yield return Break("MS-OXSHARE-R0005", "unlisted flavor", E.Request, none, m => SetFlavor(m, 0x00020501));
        yield return Knowing("MS-OXSHARE-R0005", "flavor of another kind than the one created", E.Request, new SharingValidationContext { ExpectedFlavor = V.DenyResponse });
        yield return Break("MS-OXSHARE-R0005", "flavor as a string", E.Request, none, m => SetString(m, P.Flavor, "20500"));
        yield return Break("MS-OXSHARE-R0006", "X-Sharing-Flavor with a leading zero", E.Request, none, m => SetString(m, P.XFlavor, "020500"));
        yield return Break("MS-OXSHARE-R0006", "X-Sharing-Flavor absent", E.Deny, none, m => m.Remove(P.XFlavor.Name));
        yield return Break("MS-OXSHARE-R0007", "initiator of another user", E.Request, kendall, m => m[P.InitiatorEntryId.Name] = PropertyValue.Binary(E.InitiatorEntryId(E.User10)));
        yield return Break("MS-OXSHARE-R0007", "initiator that is no Address Book EntryID", E.Request, none, m => m[P.InitiatorEntryId.Name] = PropertyValue.Binary(new byte[] { 0, 0, 0, 0 }));
        yield return Break("MS-OXSHARE-R0012", "local type that is no folder type", E.Request, none, m => SetBoth(m, P.LocalType, P.XLocalType, "IPF.Note"));
        yield return Knowing("MS-OXSHARE-R0012", "response with another local type than its request", E.Deny, new SharingValidationContext { RequestLocalType = "IPF.Contact" });
        yield return Knowing("MS-OXSHARE-R0012", "local type unlike the shared folder's class", E.Accept, E.AcceptContext() with { RequestLocalType = null, Folder = new SharedFolderFacts("Calendar", "IPF.Task", null, null) });
        yield return Break("MS-OXSHARE-R0013", "X-Sharing-Local-Type differs", E.Request, none, m => SetString(m, P.XLocalType, "IPF.Contact"));
        yield return Break("MS-OXSHARE-R0014", "provider GUID of 15 bytes, as the seed's dump shows it", E.Request, none, m => m[P.ProviderGuid.Name] = PropertyValue.Binary(V.ProviderGuidBytes[..^1]));
        yield return Break("MS-OXSHARE-R0015", "provider GUID string of 30 digits, as the seed's 2.2.2.13 shows it", E.Request, none, m => SetString(m, P.XProviderGuid, "AEF0060000000000C0000000000046"));
        yield return Break("MS-OXSHARE-R0017", "X-Sharing-Provider-Name differs", E.Request, none, m => SetString(m, P.XProviderName, "Exchange"));
        yield return Break("MS-OXSHARE-R0020", "X-Sharing-Provider-Url absent", E.Request, none, m => m.Remove(P.XProviderUrl.Name));
        yield return Break("MS-OXSHARE-R0022", "request carrying the shared folder's name", E.Request, none, m => SetString(m, P.RemoteName, "Calendar"));
        yield return Break("MS-OXSHARE-R0022", "deny carrying the shared folder's entry ID", E.Deny, none, m => SetString(m, P.XRemoteUid, E.RemoteUid));
        yield return Break("MS-OXSHARE-R0024", "remote name unlike the folder's display name", E.Accept, E.AcceptContext(), m => SetBoth(m, P.RemoteName, P.XRemoteName, "Kalender"));
        yield return Break("MS-OXSHARE-R0024", "remote name absent", E.Accept, none, m => m.Remove(P.RemoteName.Name));
        yield return Break("MS-OXSHARE-R0025", "X-Sharing-Remote-Name differs", E.Accept, none, m => SetString(m, P.XRemoteName, "Kalender"));
        yield return Knowing("MS-OXSHARE-R0026", "store UID of another store", E.Accept, E.AcceptContext() with { Folder = new SharedFolderFacts("Calendar", "IPF.Appointment", null, [1, 2, 3]) });
        yield return Break("MS-OXSHARE-R0026", "store UID of 335 digits, as the seed shows it", E.Accept, none, m => SetBoth(m, P.RemoteStoreUid, P.XRemoteStoreUid, E.RemoteStoreUid[1..]));
        yield return Break("MS-OXSHARE-R0027", "X-Sharing-Remote-Store-Uid differs", E.Accept, none, m => SetString(m, P.XRemoteStoreUid, "00"));
        yield return Break("MS-OXSHARE-R0028", "remote type unlike the local type", E.Accept, none, m => SetBoth(m, P.RemoteType, P.XRemoteType, "IPF.Contact"));
        yield return Break("MS-OXSHARE-R0030", "X-Sharing-Remote-Type differs", E.Accept, none, m => SetString(m, P.XRemoteType, "IPF.Contact"));
        yield return Knowing("MS-OXSHARE-R0032", "remote UID of another folder", E.Accept, E.AcceptContext() with { Folder = new SharedFolderFacts("Calendar", "IPF.Appointment", [1, 2], Convert.FromHexString(E.RemoteStoreUid)) });
        yield return Break("MS-OXSHARE-R0032", "remote UID that is no hexadecimal string", E.Accept, none, m => SetBoth(m, P.RemoteUid, P.XRemoteUid, "Calendar"));
        yield return Break("MS-OXSHARE-R0033", "X-Sharing-Remote-Uid differs", E.Accept, none, m => SetString(m, P.XRemoteUid, "00"));
        yield return Break("MS-OXSHARE-R0034", "deny carrying a response type", E.Deny, none, m => m[P.ResponseType.Name] = PropertyValue.Integer32(V.Denied));
        yield return Break("MS-OXSHARE-R0034", "accept carrying a response time", E.Accept, none, m => m[P.ResponseTime.Name] = PropertyValue.Time(E.ResponseTime));
        yield return Break("MS-OXSHARE-R0035", "unlisted response type", E.Request, none, m => m[P.ResponseType.Name] = PropertyValue.Integer32(3));
        yield return Break("MS-OXSHARE-R0035", "answered request without a response type", E.Request, none, m => m[P.ResponseTime.Name] = PropertyValue.Time(E.ResponseTime));
        yield return Knowing("MS-OXSHARE-R0035", "acceptance recorded for a denial", () => E.AnsweredRequest(V.Accepted), new SharingValidationContext { ExpectedResponseType = V.Denied });
        yield return Break("MS-OXSHARE-R0036", "content class of a plain message", E.Request, none, m => SetString(m, P.ContentClass, "urn:content-classes:message"));
        yield return Break("MS-OXSHARE-R0037", "message class of a plain message", E.Deny, none, m => SetString(m, P.MessageClass, "IPM.Note"));
        yield return Break("MS-OXSHARE-R0037", "message class absent", E.Accept, none, m => m.Remove(P.MessageClass.Name));
        yield return Break("MS-OXSHARE-R0038", "an ignored LID set", E.Request, none, m => m[P.Ignored[0].Name] = PropertyValue.Integer32(1));
        yield return Break("MS-OXSHARE-R0038", "an ignored header set", E.Accept, none, m => SetString(m, P.Ignored.Single(p => p.Name == "PidNameXSharingRemotePath"), "/calendar"));
    }

    [TestCaseSource(nameof(Breaks))]
    public void Each_rule_fails_when_its_property_is_broken(string id, Func<Dictionary<string, PropertyValue>> example, SharingValidationContext before, SharingValidationContext after, Action<Dictionary<string, PropertyValue>> breakIt)
    {
        Dictionary<string, PropertyValue> message = example();
        Assert.That(V.Validate(message, before)[id].Outcome, Is.Not.EqualTo(FindingOutcome.NotHeld), "the example holds the rule before it is broken");
        breakIt(message);

        SharingValidationReport report = V.Validate(message, after);

        Assert.That(report[id].Outcome, Is.EqualTo(FindingOutcome.NotHeld), report[id].ToString());
        bool recommendation = id is "MS-OXSHARE-R0022" or "MS-OXSHARE-R0038";
        Assert.That(report["MS-OXSHARE-R0001"].Held, Is.EqualTo(recommendation), "MS-OXSHARE-R0001 sums up the MUST rules only");
    }

    [Test]
    public void An_empty_message_holds_no_rule_of_every_sharing_message()
    {
        SharingValidationReport report = V.Validate(new Dictionary<string, PropertyValue>());

        string[] held = [.. report.Findings.Where(f => f.Held).Select(f => f.RequirementId)];
        Assert.That(held, Is.EquivalentTo(new[] { "MS-OXSHARE-R0022", "MS-OXSHARE-R0034", "MS-OXSHARE-R0038" }), "only the rules about absent properties hold on nothing");
    }

    [Test]
    public void The_hexadecimal_string_of_an_integer_has_no_leading_zeros_and_reads_back()
    {
        // [MS-OXSHARE] 2.2: 0x0000010B is "10B"; 2.2.2.6 lists 0x00000310 as "310".
        Assert.That(V.Hex(0x0000010B), Is.EqualTo("10B"));
        Assert.That(V.Hex(V.InvitationForOtherFolder), Is.EqualTo("310"));
        Prop.ForAll<int>(value =>
        {
            string hex = V.Hex(value);
            return (value == 0 || hex[0] != '0') && Convert.ToUInt32(hex, 16) == (uint)value;
        }).QuickCheckThrowOnFailure();
    }

    [Test]
    public void X_sharing_flavor_holds_for_any_flavor_value_written_in_hexadecimal_of_either_case()
    {
        Prop.ForAll<int, bool>((flavor, lowerCase) =>
        {
            Dictionary<string, PropertyValue> message = E.Request();
            message[P.Flavor.Name] = PropertyValue.Integer32(flavor);
            string hex = V.Hex(flavor);
            SetString(message, P.XFlavor, lowerCase ? hex.ToLowerInvariant() : hex);
            bool heldExactly = V.Validate(message)["MS-OXSHARE-R0006"].Held;
            SetString(message, P.XFlavor, "0" + hex);
            return heldExactly && !V.Validate(message)["MS-OXSHARE-R0006"].Held;
        }).QuickCheckThrowOnFailure();
    }

    // The message is broken.
    private static TestCaseData Break(string id, string what, Func<Dictionary<string, PropertyValue>> example, SharingValidationContext context, Action<Dictionary<string, PropertyValue>> breakIt) =>
        new TestCaseData(id, example, context, context, breakIt).SetArgDisplayNames(id, what);

    // The message stays as it is; what is known about it (its creator, its folder, its request) contradicts it.
    private static TestCaseData Knowing(string id, string what, Func<Dictionary<string, PropertyValue>> example, SharingValidationContext knowing) =>
        new TestCaseData(id, example, SharingValidationContext.None, knowing, (Action<Dictionary<string, PropertyValue>>)(_ => { })).SetArgDisplayNames(id, what);

    private static void SetString(Dictionary<string, PropertyValue> message, SharingProperty property, string value) => message[property.Name] = PropertyValue.String(value);

    private static void SetBoth(Dictionary<string, PropertyValue> message, SharingProperty first, SharingProperty second, string value)
    {
        SetString(message, first, value);
        SetString(message, second, value);
    }

    private static void SetFlavor(Dictionary<string, PropertyValue> message, int flavor)
    {
        message[P.Flavor.Name] = PropertyValue.Integer32(flavor);
        SetString(message, P.XFlavor, V.Hex(flavor));
    }
}
