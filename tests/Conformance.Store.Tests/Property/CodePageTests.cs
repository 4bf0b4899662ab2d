namespace Conformance.Store.Tests.Property;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// 8-bit strings follow the message's code page ([MS-OXCPRPT] 3.2.5.1; CodePageId of RopCreateMessage,
/// [MS-OXCMSG] 2.2.3.2.1), or the logon's when the message asks for it with 0x0FFF.
/// </summary>
public sealed class CodePageTests
{
    private const byte Message = 1;

    private static readonly PropertyTag SubjectUnicode = new(0x0037, PropertyType.PtypString);

    [TestCase((ushort)1251, "Привет", TestName = "CyrillicMessageCodePage")]
    [TestCase((ushort)1253, "Γειά", TestName = "GreekMessageCodePage")]
    public async Task StringAskedAs8BitUsesTheMessageCodePage(ushort codePage, string text)
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message, codePage);
        await client.SetAsync(Message, new TaggedPropertyValue(SubjectUnicode, PropertyValue.String(text)));

        PropertyRow row = await client.GetAsync(Message, SubjectUnicode.WithType(PropertyType.PtypString8));

        // The codec carries 8-bit strings one char per byte; the expected bytes are the text in that code page.
        byte[] expected = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(text);
        Assert.That(row.ValueArray[0].Value, Is.EqualTo(PropertyValue.String8(Encoding.Latin1.GetString(expected))));
    }

    [Test]
    public async Task LogonCodePageAppliesWhenTheMessageAsksForIt()
    {
        await using var harness = new StoreHarness(new StoreOptions { LogonCodePage = 1251 });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message, 0x0FFF);
        await client.SetAsync(Message, new TaggedPropertyValue(SubjectUnicode, PropertyValue.String("Привет")));

        PropertyRow row = await client.GetAsync(Message, SubjectUnicode.WithType(PropertyType.PtypString8));

        byte[] expected = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes("Привет");
        Assert.That(row.ValueArray[0].Value, Is.EqualTo(PropertyValue.String8(Encoding.Latin1.GetString(expected))));
    }
}
