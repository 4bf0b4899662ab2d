namespace Conformance.Harness.Traceability;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// A Normative Adapter entry that the codec enforces while decoding: the decoder reads exactly as many
/// items as a count says, or picks the fields from the ReturnValue, so a decoded response of
/// <see cref="Rop"/> shows the rule held, and a violation can only appear as a decoding failure inside
/// that ROP's response (its structure, or one of <see cref="Fields"/>).
/// </summary>
/// <param name="Applies">Which decoded responses of the ROP the entry speaks about (for example only NullDestinationObject ones).</param>
public sealed record CodecEnforcedRule(string Id, RopId Rop, string Description, IReadOnlyList<string> Fields, Func<RopResponse, bool> Applies)
{
    /// <summary>Whether a decoding failure stopped inside a response of this rule's ROP.</summary>
    public bool FailedBy(ProtocolException failure, IEnumerable<RopId> requested) =>
        requested.Contains(Rop)
        && (string.Equals(failure.Structure, Rop.ToString(), StringComparison.Ordinal) || Fields.Contains(failure.Field, StringComparer.Ordinal));
}
