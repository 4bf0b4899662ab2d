namespace Conformance.Protocol.Data;

/// <summary>The 3-bit Type field of RecipientFlags ([MS-OXCDATA] 2.8.3.1): the kind of address, which decides the fields that follow.</summary>
public enum RecipientRowType : byte
{
    NoType = 0x0,
    X500DN = 0x1,
    MsMail = 0x2,
    Smtp = 0x3,
    Fax = 0x4,
    ProfessionalOfficeSystem = 0x5,
    PersonalDistributionList1 = 0x6,
    PersonalDistributionList2 = 0x7,
}
