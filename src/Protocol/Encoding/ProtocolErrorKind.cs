namespace Conformance.Protocol.Encoding;

/// <summary>Why a buffer could not be decoded.</summary>
public enum ProtocolErrorKind
{
    /// <summary>The buffer ended before the field was complete.</summary>
    Truncated,

    /// <summary>A count or size field asks for more than the buffer (or the format) can hold.</summary>
    CountTooLarge,

    /// <summary>A field holds a value that the specification does not allow.</summary>
    InvalidValue,

    /// <summary>Bytes remain after a structure whose length is fixed by its container.</summary>
    TrailingBytes,

    /// <summary>The value is well formed but this codec does not decode it (the reason is in the message).</summary>
    Unsupported,
}
