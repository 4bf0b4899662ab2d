namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// Bad input for the store ROPs names the field, the structure and the absolute offset where decoding
/// stopped; objects the wire cannot carry fail to encode with <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class StoreRopMalformedInputTests
{
    private static ProtocolException RequestError(string dump) =>
        Assert.Throws<ProtocolException>(() => Codec.DecodeRequest(Hex.Parse(dump)))!;

    private static ProtocolException ResponseError(string dump) =>
        Assert.Throws<ProtocolException>(() => Codec.DecodeResponse(Hex.Parse(dump), RopResponseContext.None))!;

    private static void AssertError(ProtocolException error, ProtocolErrorKind kind, string structure, string field, int offset) =>
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(kind), error.Message);
            Assert.That(error.Structure, Is.EqualTo(structure), error.Message);
            Assert.That(error.Field, Is.EqualTo(field), error.Message);
            Assert.That(error.Offset, Is.EqualTo(offset), error.Message);
        });

    // RopLogon request: RopId 0, LogonId 1, OutputHandleIndex 2, LogonFlags 3, OpenFlags 4-7, StoreState 8-11, EssdnSize 12-13, Essdn 14.
    private const string LogonRequestHead = "FE 00 00 01 04 04 00 01 00 00 00 00";

    [Test]
    public void EssdnSizeBeyondTheBufferIsACountError() =>
        AssertError(RequestError(LogonRequestHead + " 05 00 41 42"), ProtocolErrorKind.CountTooLarge, "RopLogon", "EssdnSize", 12);

    [TestCase("03 00 41 00 42", TestName = "EssdnWithTheTerminatorBeforeItsSizeIsInvalid")]
    [TestCase("02 00 41 42", TestName = "EssdnWithNoTerminatorIsInvalid")]
    [TestCase("02 00 C3 00", TestName = "EssdnWithANonAsciiByteIsInvalid")]
    public void EssdnMustBeAsciiEndingExactlyAtItsSize(string essdn) =>
        AssertError(RequestError(LogonRequestHead + " " + essdn), ProtocolErrorKind.InvalidValue, "RopLogon", "Essdn", 14);

    [Test]
    public void RopLogonRequestTruncatedInOpenFlags() =>
        AssertError(RequestError("FE 00 00 01 04 04"), ProtocolErrorKind.Truncated, "RopLogon", "OpenFlags", 4);

    [Test]
    public void PrivateMailboxResponseTruncatedInLogonTimeNamesTheLogonTimeField()
    {
        // The 4.1 response cut inside LogonTime, which starts 0x8C bytes after the 6-byte header.
        byte[] full = new RopLogonPrivateMailboxResponse
        {
            LogonFlags = LogonFlags.Private,
            FolderIds = new PrivateMailboxFolderIds(default, default, default, default, default, default, default, default, default, default, default, default, default),
            LogonTime = new LogonTime(13, 16, 15, DayOfWeek.Monday, 10, 3, 2008),
        }.ToBytes();
        int dayOfWeekAt = 6 + 0x8C + 3;
        ProtocolException error = Assert.Throws<ProtocolException>(() => Codec.DecodeResponse(full[..dayOfWeekAt], RopResponseContext.None))!;
        AssertError(error, ProtocolErrorKind.Truncated, "LogonTime", "DayOfWeek", dayOfWeekAt);
    }

    [Test]
    public void PublicFoldersResponseTruncatedInTheFolderIdsNamesTheFolder() =>
        // LogonFlags 0 selects the public folders layout; the second FID (offset 15) has its REPLID but no GLOBCNT.
        AssertError(
            ResponseError("FE 00 00 00 00 00 00 01 00 00 00 00 00 00 06 01 00"),
            ProtocolErrorKind.Truncated,
            "FolderIds",
            "InterpersonalMessagesSubtree",
            17);

    [Test]
    public void RedirectResponseWithNoRoomForTheTerminatorIsInvalid() =>
        AssertError(ResponseError("FE 00 78 04 00 00 01 00"), ProtocolErrorKind.InvalidValue, "RopLogon", "ServerNameSize", 7);

    [Test]
    public void RedirectResponseWithServerNameSizeBeyondTheBufferIsACountError() =>
        AssertError(ResponseError("FE 00 78 04 00 00 01 10 41 00"), ProtocolErrorKind.CountTooLarge, "RopLogon", "ServerNameSize", 7);

    [Test]
    public void RedirectResponseCutAfterReturnValueNamesLogonFlags() =>
        AssertError(ResponseError("FE 00 78 04 00 00"), ProtocolErrorKind.Truncated, "RopLogon", "LogonFlags", 6);

    [Test]
    public void ExplicitMessageClassWithANonAsciiByteIsInvalid() =>
        AssertError(
            ResponseError("27 00 00 00 00 00 01 00 00 00 00 78 27 1E 49 50 D0 00"),
            ProtocolErrorKind.InvalidValue,
            "RopGetReceiveFolder",
            "ExplicitMessageClass",
            14);

    [Test]
    public void MessageClassWithNoTerminatorIsTruncated() =>
        AssertError(RequestError("26 00 00 01 00 00 00 00 78 27 1A 49 50 4D"), ProtocolErrorKind.Truncated, "RopSetReceiveFolder", "MessageClass", 11);

    [Test]
    public void ReceiveFolderTableRowCountBeyondTheBufferIsACountError() =>
        AssertError(ResponseError("68 00 00 00 00 00 FF FF FF FF 00"), ProtocolErrorKind.CountTooLarge, "RopGetReceiveFolderTable", "RowCount", 6);

    [Test]
    public void ReceiveFolderTableRowWithAnUndefinedFlagIsInvalid() =>
        AssertError(
            ResponseError("68 00 00 00 00 00 01 00 00 00 02 01 00 00 00 00 78 27 1E 00 5E FF 54 5F C0 82 C8 01"),
            ProtocolErrorKind.InvalidValue,
            "PropertyRow",
            "Flag",
            10);

    [Test]
    public void OwningServersWithMoreCheapServersThanServersIsInvalid() =>
        AssertError(ResponseError("42 00 00 00 00 00 01 00 02 00 41 00"), ProtocolErrorKind.InvalidValue, "RopGetOwningServers", "CheapServersCount", 8);

    [Test]
    public void OwningServersCountBeyondTheBufferIsACountError() =>
        AssertError(ResponseError("42 00 00 00 00 00 FF FF 00 00 41 00"), ProtocolErrorKind.CountTooLarge, "RopGetOwningServers", "OwningServersCount", 6);

    [Test]
    public void GhostedFolderServerWithNoTerminatorIsTruncated() =>
        AssertError(ResponseError("45 00 00 00 00 00 01 01 00 01 00 41 42"), ProtocolErrorKind.Truncated, "RopPublicFolderIsGhosted", "Servers", 11);

    [Test]
    public void FolderThatIsNotGhostedEndsAfterIsGhosted() =>
        // With IsGhosted FALSE the list is absent, so what follows is not the ROP's.
        AssertError(ResponseError("45 00 00 00 00 00 00 00 00"), ProtocolErrorKind.TrailingBytes, "Buffer", "RopResponse", 7);

    [Test]
    public void LongTermIdCountBeyondTheBufferIsACountError() =>
        // One LongTermID needs 24 bytes; two are announced.
        AssertError(
            ResponseError("60 00 00 00 00 00 02 00 " + string.Join(' ', Enumerable.Repeat("00", LongTermId.Size))),
            ProtocolErrorKind.CountTooLarge,
            "RopGetPerUserLongTermIds",
            "LongTermIdCount",
            6);

    [Test]
    public void LongTermIdCutInItsPadNamesThePad() =>
        AssertError(
            RequestError("61 00 00 " + string.Join(' ', Enumerable.Repeat("00", 16 + 6)) + " 00"),
            ProtocolErrorKind.Truncated,
            "LongTermId",
            "Pad",
            3 + 16 + 6);

    [Test]
    public void PerUserDataSizeBeyondTheBufferIsACountError() =>
        AssertError(ResponseError("63 00 00 00 00 00 01 18 00 D8 44"), ProtocolErrorKind.CountTooLarge, "RopReadPerUserInformation", "DataSize", 7);

    private static byte[] WriteRequest(uint dataOffset) => new RopWritePerUserInformationRequest
    {
        FolderId = new LongTermId(Guid.Empty, 0x12),
        HasFinished = true,
        DataOffset = dataOffset,
        Data = new byte[] { 1, 2, 3 },
        ReplGuid = dataOffset == 0 ? Guid.Empty : null,
    }.ToBytes();

    [Test]
    public void WritePerUserInformationCutInReplGuidIsTruncated()
    {
        // DataOffset 0 from a private mailbox logon: ReplGuid follows the three bytes of Data.
        byte[] bytes = WriteRequest(0);
        int replGuidAt = 3 + LongTermId.Size + 1 + 4 + 2 + 3;
        Assert.That(bytes, Has.Length.EqualTo(replGuidAt + 16));
        ProtocolException error = Assert.Throws<ProtocolException>(() => Codec.DecodeRequest(bytes[..^1]))!;
        AssertError(error, ProtocolErrorKind.Truncated, "RopWritePerUserInformation", "ReplGuid", replGuidAt);
    }

    [Test]
    public void WritePerUserInformationWithReplGuidAfterANonzeroDataOffsetLeavesItOver()
    {
        // ReplGuid is never sent with a nonzero DataOffset, so 16 such bytes are not this ROP's.
        byte[] bytes = [.. WriteRequest(1), .. new byte[16]];
        ProtocolException error = Assert.Throws<ProtocolException>(() => Codec.DecodeRequest(bytes))!;
        AssertError(error, ProtocolErrorKind.TrailingBytes, "Buffer", "RopRequest", bytes.Length - 16);
    }

    [Test]
    public void WritePerUserInformationCarriesReplGuidOnlyForTheFirstBlockOfAPrivateLogon() =>
        Assert.Multiple(() =>
        {
            Assert.That(RopWritePerUserInformationRequest.CarriesReplGuid(LogonFlags.Private, 0), Is.True);
            Assert.That(RopWritePerUserInformationRequest.CarriesReplGuid(LogonFlags.Private | LogonFlags.Ghosted, 0), Is.True);
            Assert.That(RopWritePerUserInformationRequest.CarriesReplGuid(LogonFlags.Private, 24), Is.False);
            Assert.That(RopWritePerUserInformationRequest.CarriesReplGuid(LogonFlags.None, 0), Is.False);
        });

    [Test]
    public void ImpossibleLogonTimeHasNoDateTime() =>
        Assert.Multiple(() =>
        {
            Assert.That(new LogonTime(0, 0, 0, DayOfWeek.Sunday, 30, 2, 2008).ToDateTime(), Is.Null);
            Assert.That(new LogonTime(60, 0, 0, DayOfWeek.Sunday, 1, 1, 2008).ToDateTime(), Is.Null);
            Assert.That(new LogonTime(0, 0, 0, (DayOfWeek)9, 1, 13, 2008).ToDateTime(), Is.Null);
        });

    private static PrivateMailboxFolderIds NoPrivateFolders => new(default, default, default, default, default, default, default, default, default, default, default, default, default);

    private static PublicFoldersFolderIds NoPublicFolders => new(default, default, default, default, default, default, default, default, default, default, default, default, default);

    private static IEnumerable<TestCaseData> Unencodable()
    {
        yield return new TestCaseData(new RopLogonPrivateMailboxResponse { LogonFlags = LogonFlags.None, FolderIds = NoPrivateFolders })
            .SetName("PrivateMailboxResponseWithoutThePrivateBit");
        yield return new TestCaseData(new RopLogonPublicFoldersResponse { LogonFlags = LogonFlags.Private, FolderIds = NoPublicFolders })
            .SetName("PublicFoldersResponseWithThePrivateBit");
        yield return new TestCaseData(new RopLogonRedirectResponse { ServerName = new string('a', 255) })
            .SetName("RedirectServerNameLongerThanItsOneByteSize");
        yield return new TestCaseData(new RopLogonRedirectResponse { ReturnValue = 0x80040111, ServerName = "a" })
            .SetName("RedirectWithAnotherReturnValue");
        yield return new TestCaseData(new RopLogonPrivateMailboxResponse
        {
            LogonFlags = LogonFlags.Private,
            FolderIds = NoPrivateFolders,
            LogonTime = new LogonTime(0, 0, 0, (DayOfWeek)256, 1, 1, 2008),
        }).SetName("LogonTimeDayOfWeekBeyondAByte");
        yield return new TestCaseData(new RopLogonRequest { Essdn = "caf\u00E9" }).SetName("EssdnWithANonAsciiCharacter");
        yield return new TestCaseData(new RopGetReceiveFolderRequest { MessageClass = "IPM\0Note" }).SetName("MessageClassWithAnEmbeddedNull");
        yield return new TestCaseData(new RopGetOwningServersResponse { CheapServersCount = 2, OwningServers = new[] { "a" } })
            .SetName("MoreCheapServersThanServers");
        yield return new TestCaseData(new RopPublicFolderIsGhostedResponse { IsGhosted = false, Servers = new[] { "a" } })
            .SetName("ServersForAFolderThatIsNotGhosted");
        yield return new TestCaseData(new RopWritePerUserInformationRequest { DataOffset = 8, ReplGuid = Guid.Empty })
            .SetName("ReplGuidWithANonzeroDataOffset");
        yield return new TestCaseData(new RopReadPerUserInformationResponse { Data = new byte[ushort.MaxValue + 1] })
            .SetName("PerUserDataLongerThanDataSizeCounts");
    }

    [TestCaseSource(nameof(Unencodable))]
    public void UnencodableObjectsFailToEncode(object value) =>
        Assert.Throws<InvalidOperationException>(() => _ = value switch
        {
            RopRequest request => request.ToBytes(),
            RopResponse response => response.ToBytes(),
            _ => throw new ArgumentException("not a ROP", nameof(value)),
        });
}
