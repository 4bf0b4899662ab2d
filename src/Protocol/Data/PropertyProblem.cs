namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>A property that could not be set or deleted, with the reason ([MS-OXCDATA] 2.7).</summary>
public readonly record struct PropertyProblem(ushort Index, PropertyTag PropertyTag, uint ErrorCode)
{
    public const int Size = 10;

    public static PropertyProblem Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(nameof(PropertyProblem));
        var problem = new PropertyProblem(reader.ReadUInt16("Index"), PropertyTag.Decode(ref reader), reader.ReadUInt32("ErrorCode"));
        reader.Leave(outer);
        return problem;
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt16(Index);
        PropertyTag.Encode(writer);
        writer.WriteUInt32(ErrorCode);
    }

    /// <summary>Reads a 16-bit PropertyProblemCount and that many problems.</summary>
    public static ValueArray<PropertyProblem> DecodeCounted(ref ProtocolReader reader, string countField = "PropertyProblemCount")
    {
        int count = reader.ReadCount16(countField, Size);
        var problems = new PropertyProblem[count];
        for (int i = 0; i < problems.Length; i++)
        {
            problems[i] = Decode(ref reader);
        }

        return problems;
    }

    public static void EncodeCounted(ProtocolWriter writer, ValueArray<PropertyProblem> problems, string countField = "PropertyProblemCount")
    {
        writer.WriteCount16(problems.Count, countField);
        foreach (PropertyProblem problem in problems)
        {
            problem.Encode(writer);
        }
    }
}
