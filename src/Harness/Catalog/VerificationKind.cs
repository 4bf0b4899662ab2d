namespace Conformance.Harness.Catalog;

using System.Text.Json.Serialization;

/// <summary>How the harness verifies a statement.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerificationKind>))]
public enum VerificationKind
{
    /// <summary>A suite test provokes and checks it.</summary>
    Test,

    /// <summary>The adapter checks it on every response of the ROPs concerned (like a protocol analyzer).</summary>
    Adapter,

    /// <summary>A client obligation, checked on our own client (codec and session API).</summary>
    Client,

    /// <summary>Cannot be tested from a client; the entry says why.</summary>
    NotTestable,
}
