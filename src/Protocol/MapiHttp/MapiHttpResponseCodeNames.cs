namespace Conformance.Protocol.MapiHttp;

using System.Globalization;

/// <summary>The names the specification gives each X-ResponseCode value ([MS-OXCMAPIHTTP] 2.2.3.3.3), for messages.</summary>
public static class MapiHttpResponseCodeNames
{
    public static string Name(MapiHttpResponseCode code) => code switch
    {
        MapiHttpResponseCode.Success => "Success",
        MapiHttpResponseCode.UnknownFailure => "Unknown Failure",
        MapiHttpResponseCode.InvalidVerb => "Invalid Verb",
        MapiHttpResponseCode.InvalidPath => "Invalid Path",
        MapiHttpResponseCode.InvalidHeader => "Invalid Header",
        MapiHttpResponseCode.InvalidRequestType => "Invalid Request Type",
        MapiHttpResponseCode.InvalidContextCookie => "Invalid Context Cookie",
        MapiHttpResponseCode.MissingHeader => "Missing Header",
        MapiHttpResponseCode.AnonymousNotAllowed => "Anonymous Not Allowed",
        MapiHttpResponseCode.TooLarge => "Too Large",
        MapiHttpResponseCode.ContextNotFound => "Context Not Found",
        MapiHttpResponseCode.NoPrivilege => "No Privilege",
        MapiHttpResponseCode.InvalidRequestBody => "Invalid Request Body",
        MapiHttpResponseCode.MissingCookie => "Missing Cookie",
        MapiHttpResponseCode.Reserved => "Reserved",
        MapiHttpResponseCode.InvalidSequence => "Invalid Sequence",
        MapiHttpResponseCode.EndpointDisabled => "Endpoint Disabled",
        MapiHttpResponseCode.InvalidResponse => "Invalid Response",
        MapiHttpResponseCode.EndpointShuttingDown => "Endpoint Shutting Down",
        _ => "Unknown code " + ((uint)code).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Parses the header's decimal text; false for anything that is not a plain unsigned decimal.</summary>
    public static bool TryParse(string? text, out MapiHttpResponseCode code)
    {
        bool ok = uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out uint value);
        code = (MapiHttpResponseCode)value;
        return ok;
    }
}
