namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>
/// A RopLogon response that carries fields ([MS-OXCROPS] 2.2.3.1.2-2.2.3.1.4): the private mailbox or
/// public folders success response, or the redirect response. Any other failure decodes to
/// <see cref="RopFailureResponse"/>.
/// </summary>
/// <remarks>
/// The success layout follows the Private bit of the LogonFlags byte that starts both success bodies,
/// so the decoder needs no request; a redirect is recognized by its ReturnValue, ecWrongServer.
/// </remarks>
public abstract record RopLogonResponse : RopResponse, IRopResult, IRopResponseDecoder<RopLogonResponse>
{
    /// <summary>ecWrongServer ([MS-OXCSTOR] 3.2.5.1.3): the ReturnValue of the redirect response.</summary>
    public const uint EcWrongServer = 0x00000478;

    public sealed override RopId RopId => RopId.RopLogon;

    public byte OutputHandleIndex { get; init; }

    public abstract uint ReturnValue { get; init; }

    /// <summary>Echoes the request's Private, Undercover and Ghosted bits; other bits are kept as sent.</summary>
    public LogonFlags LogonFlags { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopLogon));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        RopResponse response;
        if (header.ReturnValue == EcWrongServer)
        {
            response = RopLogonRedirectResponse.DecodeFields(ref reader, header.HandleIndex);
        }
        else if (!header.Succeeded)
        {
            response = header.Failure(RopId.RopLogon);
        }
        else
        {
            var flags = (LogonFlags)reader.ReadByte(nameof(LogonFlags));
            response = (flags & LogonFlags.Private) != 0
                ? RopLogonPrivateMailboxResponse.DecodeFields(ref reader, header.HandleIndex, flags)
                : RopLogonPublicFoldersResponse.DecodeFields(ref reader, header.HandleIndex, flags);
        }

        reader.Leave(outer);
        return response;
    }
}
