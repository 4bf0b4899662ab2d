// Not Conformance.Protocol.Tests.Data: that namespace would hide Conformance.Protocol.Data from the
// "Data.X" references in Generators/DataGenerators.cs.
namespace Conformance.Protocol.Tests.Codes;

using System.Reflection;
using Conformance.Protocol.Data;

/// <summary>The [MS-OXCDATA] 2.4 error code tables and their name/value lookups.</summary>
public sealed class ErrorCodeTests
{
    private static readonly FieldInfo[] Constants =
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToArray();

    [TestCase("ecNone", 0x00000000u)] // [MS-OXCSTOR] 3.2.5.1.3
    [TestCase("ecNotFound", 0x8004010Fu)] // [MS-OXCDATA] 2.4, 2.4.2
    [TestCase("MAPI_E_NOT_FOUND", 0x8004010Fu)]
    [TestCase("ecNullObject", 0x000004B9u)] // [MS-OXCDATA] 2.4.1
    [TestCase("ecDstNullObject", 0x00000503u)]
    [TestCase("ecWrongServer", 0x00000478u)] // [MS-OXCDATA] 2.4.1, [MS-OXCSTOR] 3.2.5.1.3
    [TestCase("ecNotSupported", 0x80040102u)] // [MS-OXCDATA] 2.4
    [TestCase("ecInvalidParam", 0x80070057u)] // [MS-OXCDATA] 2.4
    [TestCase("E_INVALIDARG", 0x80070057u)]
    [TestCase("ecTooBig", 0x80040305u)] // [MS-OXCDATA] 2.4.2
    [TestCase("ecStreamSizeError", 0x80030070u)] // [MS-OXCDATA] 2.4
    [TestCase("ecWarnWithErrors", 0x00040380u)] // [MS-OXCDATA] 2.4.3
    [TestCase("MAPI_W_ERRORS_RETURNED", 0x00040380u)]
    [TestCase("ecError", 0x80004005u)] // [MS-OXCDATA] 2.4
    [TestCase("ecMAPIOOM", 0x8007000Eu)]
    [TestCase("ecPropBadValue", 0x80040301u)] // [MS-OXCDATA] 2.4.2
    [TestCase("ecTypeNotSupported", 0x80040303u)]
    [TestCase("ecUnknownUser", 0x000003EBu)] // [MS-OXCSTOR] 3.2.5.1.3
    [TestCase("ecMailboxInTransit", 0x0000050Cu)]
    [TestCase("ecProfileNotConfigured", 0x0000011Cu)]
    [TestCase("ecServerPaused", 0x0000047Fu)]
    [TestCase("ecRpcFormat", 0x000004B6u)] // [MS-OXCFXICS] 3.1.5.4.3.2 cites it for bad GLOBSETs
    [TestCase("ecFmtError", 0x000004EDu)]
    [TestCase("ecinterfacenotsupported", 0x80004002u)] // lower case as the 2.4 table writes it
    [TestCase("NotFound", 0x8004010Fu)]
    [TestCase("ErrorsReturned", 0x00040380u)]
    [TestCase("ServerBusy", 0x8004010Bu)]
    [TestCase("ecServerBusy", 0x00000480u)]
    public void NameResolvesToTheSpecifiedValue(string name, uint value)
    {
        Assert.That(ErrorCodes.TryGetValue(name, out uint found), Is.True, name);
        Assert.That(found, Is.EqualTo(value), name);
    }

    [TestCase(0x00000000u, "Success")]
    [TestCase(0x8004010Fu, "NotFound")]
    [TestCase(0x000004B9u, "NullObject")]
    [TestCase(0x00000503u, "NullDestinationObject")]
    [TestCase(0x00000478u, "WrongServer")]
    [TestCase(0x80040102u, "NotSupported")]
    [TestCase(0x80070057u, "InvalidParameter")]
    [TestCase(0x80040305u, "TooBig")]
    [TestCase(0x00040380u, "ErrorsReturned")]
    [TestCase(0x8007000Eu, "OutOfMemory")] // 2.4 wins over NotEnoughMemory of 2.4.2
    [TestCase(0x000003EEu, "BadConfiguration")] // 2.4.1 wins over IsamWarningBufferTruncated of 2.4.3
    [TestCase(0xFFFFFC0Du, "IsamErrorOutOfMemory")]
    public void ValueResolvesToTheSpecificationName(uint value, string name)
    {
        Assert.That(ErrorCodes.TryGetName(value, out string found), Is.True);
        Assert.That(found, Is.EqualTo(name));
    }

    [Test]
    public void SpotChecksAgainstTheSpecification()
    {
        using (Assert.EnterMultipleScope())
        {
            // [MS-OXCDATA] 2.4: the first rows of the table.
            Assert.That(ErrorCodes.Success, Is.EqualTo(0x00000000u));
            Assert.That(ErrorCodes.GeneralFailure, Is.EqualTo(0x80004005u));
            Assert.That(ErrorCodes.OutOfMemory, Is.EqualTo(0x8007000Eu));
            Assert.That(ErrorCodes.InvalidParameter, Is.EqualTo(0x80070057u));
            Assert.That(ErrorCodes.NoInterface, Is.EqualTo(0x80004002u));
            Assert.That(ErrorCodes.AccessDenied, Is.EqualTo(0x80070005u));
            Assert.That(ErrorCodes.StorageLockViolation, Is.EqualTo(0x80030021u));

            // [MS-OXCDATA] 2.4.2: property error codes.
            Assert.That(ErrorCodes.NotEnoughMemory, Is.EqualTo(0x8007000Eu));
            Assert.That(ErrorCodes.BadValue, Is.EqualTo(0x80040301u));
            Assert.That(ErrorCodes.InvalidType, Is.EqualTo(0x80040302u));
            Assert.That(ErrorCodes.UnexpectedType, Is.EqualTo(0x80040304u));

            // [MS-OXCSTOR] 3.2.5.1.3 (RopLogon return codes), which cites [MS-OXCDATA] 2.4.
            Assert.That(ErrorCodes.LogonFailed, Is.EqualTo(0x80040111u));
            Assert.That(ErrorCodes.UnknownCodePage, Is.EqualTo(0x000003EFu));
            Assert.That(ErrorCodes.MailboxDisabled, Is.EqualTo(0x0000096Cu));
            Assert.That(ErrorCodes.LoginPermission, Is.EqualTo(0x000003F2u));

            // [MS-OXCFXICS] 3.1.5.4.3.2: the codes a server sends for a bad GLOBSET.
            Assert.That(ErrorCodes.RpcFormat, Is.EqualTo(0x000004B6u));
            Assert.That(ErrorCodes.FormatError, Is.EqualTo(0x000004EDu));
        }
    }

    [Test]
    public void EveryConstantHasExactlyOneTableRow()
    {
        var rows = ErrorCodes.All.ToDictionary(row => row.Name, StringComparer.Ordinal);
        Assert.That(rows, Has.Count.EqualTo(ErrorCodes.All.Count), "no name appears twice in the table");
        Assert.That(Constants.Select(f => f.Name), Is.EquivalentTo(rows.Keys), "constants and table rows match");
        foreach (FieldInfo field in Constants)
        {
            Assert.That(rows[field.Name].Value, Is.EqualTo((uint)field.GetRawConstantValue()!), field.Name);
        }
    }

    [Test]
    public void NoNameOrAlternateNameIsAmbiguous()
    {
        var seen = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (ErrorCodeInfo row in ErrorCodes.All)
        {
            foreach (string name in row.AlternateNames.Prepend(row.Name))
            {
                Assert.That(seen.TryAdd(name, row.Value), Is.True, $"{name} is listed twice");
            }
        }
    }

    [Test]
    public void ValuesAreUniqueExceptWhereTheSpecificationNamesOneValueTwice()
    {
        // The tables give two names to a value only across subsections: the property-error name of
        // an error code (2.4.2), a database-engine warning sharing an additional code (2.4.3), and the
        // two ServerBusy rows that differ in value.
        var shared = ErrorCodes.All.GroupBy(row => row.Value).Where(g => g.Count() > 1).ToArray();
        foreach (var group in shared)
        {
            Assert.That(group.Select(row => row.Section).Distinct().Count(), Is.EqualTo(group.Count()), $"0x{group.Key:X8}: {string.Join(", ", group)}");
        }

        Assert.That(shared.Select(g => g.Key), Is.EquivalentTo(new[] { 0x8007000Eu, 0x000003EEu, 0x000003EFu }));
    }

    [Test]
    public void EveryNameRoundTrips()
    {
        foreach (ErrorCodeInfo row in ErrorCodes.All)
        {
            Assert.That(ErrorCodes.TryGetValue(row.Name, out uint value) && value == row.Value, Is.True, row.Name);
            Assert.That(ErrorCodes.TryGetName(row.Value, out string name), Is.True, row.Name);
            Assert.That(ErrorCodes.TryGetValue(name, out uint back) && back == row.Value, Is.True, row.Name);
            foreach (string alternate in row.AlternateNames)
            {
                Assert.That(ErrorCodes.Find(alternate), Is.SameAs(row), alternate);
            }
        }
    }

    [Test]
    public void UnknownNamesAndValuesAreReported()
    {
        Assert.That(ErrorCodes.TryGetValue("ecNoSuchCode", out _), Is.False);
        Assert.That(ErrorCodes.TryGetName(0x12345678, out _), Is.False);
        Assert.That(ErrorCodes.Describe(0x12345678), Is.EqualTo("0x12345678"));
        Assert.That(ErrorCodes.Describe(ErrorCodes.NotFound), Is.EqualTo("NotFound (0x8004010F)"));
    }

    [Test]
    public void WarningsHaveTheHighBitClear() =>
        Assert.That(
            ErrorCodes.All.Where(row => row.IsWarning && row.Name != nameof(ErrorCodes.IsamWarningNotYetImplemented)).Select(row => row.Value & 0x80000000u),
            Is.All.Zero);
}
