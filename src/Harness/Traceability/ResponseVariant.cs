namespace Conformance.Harness.Traceability;

/// <summary>Which of a ROP's response layouts a "Response Buffer" section describes, read from its title.</summary>
public enum ResponseVariant
{
    /// <summary>"ROP Response Buffer" or "ROP Success Response Buffer": any response that is not the generic failure.</summary>
    Success,

    /// <summary>"ROP Failure Response Buffer".</summary>
    Failure,

    /// <summary>RopLogon "Redirect Response Buffer" ([MS-OXCSTOR] 2.2.1.1.2).</summary>
    Redirect,

    /// <summary>RopLogon "Success Response Buffer for Private Mailbox" ([MS-OXCSTOR] 2.2.1.1.3).</summary>
    PrivateMailbox,

    /// <summary>RopLogon "Success Response Buffer for Public Folders" ([MS-OXCSTOR] 2.2.1.1.4).</summary>
    PublicFolders,
}
