namespace Conformance.Protocol.MapiHttp;

/// <summary>Values of the X-ResponseCode header ([MS-OXCMAPIHTTP] 2.2.3.3.3); zero is success at the transport level.</summary>
public enum MapiHttpResponseCode : uint
{
    Success = 0,
    UnknownFailure = 1,
    InvalidVerb = 2,
    InvalidPath = 3,
    InvalidHeader = 4,
    InvalidRequestType = 5,
    InvalidContextCookie = 6,
    MissingHeader = 7,
    AnonymousNotAllowed = 8,
    TooLarge = 9,
    ContextNotFound = 10,
    NoPrivilege = 11,
    InvalidRequestBody = 12,
    MissingCookie = 13,
    Reserved = 14,
    InvalidSequence = 15,
    EndpointDisabled = 16,
    InvalidResponse = 17,
    EndpointShuttingDown = 18,
}
