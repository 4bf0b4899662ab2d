namespace Conformance.Fuzz.Tests.Traffic;

using Conformance.Fuzz.Traffic.ReturnValues;
using Conformance.Protocol.Data;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Rops;

/// <summary>The per-ROP ReturnValue rule of the traffic fuzzer and the two data files behind it.</summary>
public sealed class ReturnValueTests
{
    [TestCase(RopId.RopSeekStream, 0x80030019u, Description = "StreamSeekError: named by [MS-OXCPRPT] 3.2.5.18, though [MS-OXCDATA] 2.4 lacks it")]
    [TestCase(RopId.RopGetStoreState, 0x80040102u, Description = "NotSupported: a common code of [MS-OXCDATA] 2.4")]
    [TestCase(RopId.RopGetPropertiesList, 0x000004B9u, Description = "NullObject: a common code")]
    [TestCase(RopId.RopLogon, 0x00000478u, Description = "WrongServer: a logon code, on RopLogon")]
    [TestCase(RopId.RopCopyTo, 0x00000503u, Description = "NullDestinationObject: [MS-OXCPRPT] 2.2.11.2")]
    [TestCase(RopId.RopGetPropertyIdsFromNames, 0x00040380u, Description = "ErrorsReturned: some names were not mapped")]
    [TestCase(RopId.RopCreateFolder, 0x80040604u, Description = "CollidingNames: a folder of that name exists")]
    public void A_code_the_specifications_allow_for_the_ROP_passes(RopId rop, uint code) =>
        Assert.That(AllowedReturnValues.WhyNot(rop, code), Is.Null);

    [TestCase(RopId.RopGetStoreState, 0x12345678u, "no table of [MS-OXCDATA] 2.4")]
    [TestCase(RopId.RopGetStoreState, 0x80030019u, "no table of [MS-OXCDATA] 2.4")]
    [TestCase(RopId.RopGetPropertiesList, 0x00000478u, "logon")]
    [TestCase(RopId.RopOpenFolder, 0x00000503u, "copy/move")]
    [TestCase(RopId.RopQueryRows, 0x80030070u, "stream")]
    [TestCase(RopId.RopReadStream, 0x00000463u, "receive folder")]
    public void A_code_tied_to_another_feature_or_undefined_is_named_with_the_reason(RopId rop, uint code, string reason) =>
        Assert.That(AllowedReturnValues.WhyNot(rop, code), Does.Contain(reason));

    [Test]
    public void Every_ROP_the_fuzzer_sends_and_that_answers_has_its_table()
    {
        RopId[] answering = [.. RopGenerators.All.Where(c => c.Requests is not null && RopRegistry.Find(c.RopId)?.Response is not null).Select(c => c.RopId)];
        Assert.That(answering, Is.Not.Empty);
        Assert.That(answering.Where(r => !ReturnValueTables.RopTables.ContainsKey(r)), Is.Empty);
    }

    [Test]
    public void Every_named_code_is_the_MS_OXCDATA_code_of_that_name_or_says_it_is_not_one()
    {
        foreach ((RopId rop, IReadOnlyList<RopErrorCode> codes) in ReturnValueTables.RopTables)
        {
            foreach (RopErrorCode code in codes)
            {
                bool known = ErrorCodes.TryGetValue(code.Name, out uint value) && value == code.Code;
                Assert.That(known, Is.EqualTo(code.InOxcdata), $"{rop}: {code.Name} {code.Value}");
                Assert.That(code.Section, Does.StartWith("MS-"), $"{rop}: {code.Name} cites its section");
            }
        }
    }

    [Test]
    public void Every_feature_code_is_an_MS_OXCDATA_code_with_its_ROPs_and_reason()
    {
        Assert.That(ReturnValueTables.FeatureCodes, Is.Not.Empty);
        foreach (FeatureCode code in ReturnValueTables.FeatureCodes)
        {
            Assert.That(ErrorCodes.TryGetValue(code.Name, out uint value) && value == code.Code, Is.True, $"{code.Name} {code.Value}");
            Assert.That(code.Rops, Is.Not.Empty.And.All.Matches<string>(r => Enum.TryParse<RopId>(r, out _)), code.Name);
            Assert.That(code.Basis, Does.Contain("MS-"), code.Name);
        }
    }
}
