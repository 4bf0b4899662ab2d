namespace Conformance.Protocol.Tests.MapiHttp;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.MapiHttp;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>Body layouts checked byte by byte against the field tables of [MS-OXCMAPIHTTP] 2.2.4.</summary>
public sealed class MapiHttpBodyTests
{
    [Test]
    public void ConnectRequestLayoutFollows2_2_4_1_1()
    {
        var body = new ConnectRequestBody("/o=A", 0x01, 1252, 0x409, 0x409, [0xAA, 0xBB]);
        byte[] expected = Hex.Parse("2F 6F 3D 41 00  01 00 00 00  E4 04 00 00  09 04 00 00  09 04 00 00  02 00 00 00  AA BB");
        Assert.That(body.ToBytes(), Is.EqualTo(expected));
        ConnectRequestBody back = ConnectRequestBody.Decode(expected);
        Assert.Multiple(() =>
        {
            Assert.That(back.UserDn, Is.EqualTo("/o=A"));
            Assert.That(back.DefaultCodePage, Is.EqualTo(1252u));
            Assert.That(back.LcidString, Is.EqualTo(0x409u));
            Assert.That(back.AuxiliaryBuffer, Is.EqualTo(new byte[] { 0xAA, 0xBB }));
        });
    }

    [Test]
    public void ConnectSuccessLayoutFollows2_2_4_1_2()
    {
        var body = new ConnectSuccessResponseBody(0, 60000, 6, 10000, "/o=A", "Bo", []);
        byte[] expected = Hex.Parse("00 00 00 00  00 00 00 00  60 EA 00 00  06 00 00 00  10 27 00 00  2F 6F 3D 41 00  42 00 6F 00 00 00  00 00 00 00");
        Assert.That(body.ToBytes(), Is.EqualTo(expected));
        ConnectSuccessResponseBody back = ConnectSuccessResponseBody.Decode(expected);
        Assert.Multiple(() =>
        {
            Assert.That(back.PollsMax, Is.EqualTo(60000u));
            Assert.That(back.RetryDelay, Is.EqualTo(10000u));
            Assert.That(back.DnPrefix, Is.EqualTo("/o=A"));
            Assert.That(back.DisplayName, Is.EqualTo("Bo"));
        });
    }

    [Test]
    public void FailureLayoutFollows2_2_4_1_3()
    {
        byte[] expected = Hex.Parse("05 00 00 80  01 00 00 00  7F");
        Assert.That(new MapiHttpFailureResponseBody(0x80000005, [0x7F]).ToBytes(), Is.EqualTo(expected));
        Assert.That(MapiHttpFailureResponseBody.Decode(expected).StatusCode, Is.EqualTo(0x80000005u));
        Assert.That(MapiHttpBodyFields.PeekStatusCode(expected, "x"), Is.EqualTo(0x80000005u));
    }

    [Test]
    public void ExecuteRequestLayoutFollows2_2_4_2_1()
    {
        var body = new ExecuteRequestBody(0x3, [1, 2, 3], 0x40000, []);
        byte[] expected = Hex.Parse("03 00 00 00  03 00 00 00  01 02 03  00 00 04 00  00 00 00 00");
        Assert.That(body.ToBytes(), Is.EqualTo(expected));
        ExecuteRequestBody back = ExecuteRequestBody.Decode(expected);
        Assert.Multiple(() =>
        {
            Assert.That(back.RopBuffer, Is.EqualTo(new byte[] { 1, 2, 3 }));
            Assert.That(back.MaxRopOut, Is.EqualTo(0x40000u));
        });
    }

    [Test]
    public void ExecuteSuccessLayoutFollows2_2_4_2_2()
    {
        var body = new ExecuteSuccessResponseBody(0, 0, [9, 8], [7]);
        byte[] expected = Hex.Parse("00 00 00 00  00 00 00 00  00 00 00 00  02 00 00 00  09 08  01 00 00 00  07");
        Assert.That(body.ToBytes(), Is.EqualTo(expected));
        ExecuteSuccessResponseBody back = ExecuteSuccessResponseBody.Decode(expected);
        Assert.Multiple(() =>
        {
            Assert.That(back.RopBuffer, Is.EqualTo(new byte[] { 9, 8 }));
            Assert.That(back.AuxiliaryBuffer, Is.EqualTo(new byte[] { 7 }));
        });
    }

    [Test]
    public void DisconnectLayoutsFollow2_2_4_3()
    {
        Assert.That(new DisconnectRequestBody([]).ToBytes(), Is.EqualTo(Hex.Parse("00 00 00 00")));
        byte[] success = Hex.Parse("00 00 00 00  00 00 00 00  00 00 00 00");
        Assert.That(new DisconnectSuccessResponseBody(0, []).ToBytes(), Is.EqualTo(success));
        Assert.That(DisconnectSuccessResponseBody.Decode(success).ErrorCode, Is.Zero);
        Assert.That(DisconnectRequestBody.Decode(Hex.Parse("01 00 00 00 55")).AuxiliaryBuffer, Is.EqualTo(new byte[] { 0x55 }));
    }

    [Test]
    public void RopBufferSizeBeyondTheBodyNamesFieldAndOffset()
    {
        byte[] bytes = Hex.Parse("03 00 00 00  FF FF 00 00  01 02");
        ProtocolException e = Assert.Throws<ProtocolException>(() => ExecuteRequestBody.Decode(bytes))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.Structure, Is.EqualTo(ExecuteRequestBody.StructureName));
            Assert.That(e.Field, Is.EqualTo("RopBufferSize"));
            Assert.That(e.Offset, Is.EqualTo(4));
            Assert.That(e.Kind, Is.EqualTo(ProtocolErrorKind.CountTooLarge));
        });
    }

    [Test]
    public void TruncatedConnectRequestNamesTheMissingField()
    {
        byte[] full = new ConnectRequestBody("/o=A", 0, 1252, 0x409, 0x409, []).ToBytes();
        ProtocolException e = Assert.Throws<ProtocolException>(() => ConnectRequestBody.Decode(full.AsSpan(0, 12)))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.Field, Is.EqualTo("DefaultCodePage"));
            Assert.That(e.Offset, Is.EqualTo(9));
            Assert.That(e.Kind, Is.EqualTo(ProtocolErrorKind.Truncated));
        });
    }

    [Test]
    public void UserDnWithoutTerminatorIsTruncated()
    {
        ProtocolException e = Assert.Throws<ProtocolException>(() => ConnectRequestBody.Decode("/o=A"u8))!;
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("UserDn", 0, ProtocolErrorKind.Truncated)));
    }

    [Test]
    public void TrailingBytesAfterTheAuxiliaryBufferAreRejected()
    {
        ProtocolException e = Assert.Throws<ProtocolException>(() => DisconnectRequestBody.Decode(Hex.Parse("00 00 00 00 EE")))!;
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("AuxiliaryBuffer", 4, ProtocolErrorKind.TrailingBytes)));
    }

    [Test]
    public void SuccessBodyWithNonzeroStatusAndFailureBodyWithZeroStatusAreRejected()
    {
        ProtocolException a = Assert.Throws<ProtocolException>(() => ExecuteSuccessResponseBody.Decode(Hex.Parse("01 00 00 00")))!;
        ProtocolException b = Assert.Throws<ProtocolException>(() => MapiHttpFailureResponseBody.Decode(Hex.Parse("00 00 00 00 00 00 00 00")))!;
        Assert.Multiple(() =>
        {
            Assert.That((a.Field, a.Offset, a.Kind), Is.EqualTo(("StatusCode", 0, ProtocolErrorKind.InvalidValue)));
            Assert.That((b.Field, b.Offset, b.Kind), Is.EqualTo(("StatusCode", 0, ProtocolErrorKind.InvalidValue)));
        });
    }

    [Test]
    public void ResponseCodeNamesFollow2_2_3_3_3()
    {
        Assert.Multiple(() =>
        {
            Assert.That((uint)MapiHttpResponseCode.InvalidRequestBody, Is.EqualTo(12u));
            Assert.That(MapiHttpResponseCodeNames.Name(MapiHttpResponseCode.ContextNotFound), Is.EqualTo("Context Not Found"));
            Assert.That(MapiHttpResponseCodeNames.TryParse("13", out MapiHttpResponseCode c) && c == MapiHttpResponseCode.MissingCookie, Is.True);
            Assert.That(MapiHttpResponseCodeNames.TryParse("-1", out _), Is.False);
        });
    }
}
