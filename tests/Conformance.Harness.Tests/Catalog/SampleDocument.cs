namespace Conformance.Harness.Tests.Catalog;

/// <summary>A small document in the layout of the seeds: title, table of contents, chapters, Appendix A.</summary>
internal static class SampleDocument
{
    public static string[] Lines(string chapterThree = "The server MUST reply with **Success** and SHOULD log it.[<1>](#)") =>
    [
        string.Empty,
        "[MS-OXTEST]: Test Protocol",
        "1\tIntroduction\t5",
        "2.2\tMessage Syntax\t7",
        "1 Introduction",
        "Clients MUST read this: chapter 1 is informative.",
        "1. Client sends a request (a numbered list, not a heading).",
        "2 Messages",
        "2.1 Transport",
        "2.2 Message Syntax",
        "2.2.1 RopTest ROP Request Buffer",
        "Flags (1 byte): The flags of the request. The client MUST NOT set undefined bits.",
        "Size: The size of the Data field.",
        "Name\tValue\tDescription",
        "Public\t0x02\tThis flag MUST be set for public logons.",
        "```",
        "0000: 01 02 03 MUST",
        "```",
        "3 Protocol Details",
        "3.1 Client Details",
        "The client may retry; it MAY also give up.",
        "3.2 Server Details",
        chapterThree,
        "4 Protocol Examples",
        "The server MUST do this in the example.",
        "5 Security",
        "5.1 Security Considerations for Implementers",
        "Implementers SHOULD NOT log secrets.",
        "6 Appendix A: Product Behavior",
        "<1> [Section 3.2](#): Exchange 2010 does not log it.",
    ];
}
