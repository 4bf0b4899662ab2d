namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>
/// The LogonTime structure of the RopLogon private mailbox response ([MS-OXCROPS] 2.2.3.1.2.1): the
/// server's UTC time, field by field. Values are kept as sent, impossible dates included, so that a
/// conformance check can report them.
/// </summary>
/// <param name="DayOfWeek">0 is Sunday, as in <see cref="System.DayOfWeek"/>; values above 6 are kept.</param>
public readonly record struct LogonTime(byte Seconds, byte Minutes, byte Hour, DayOfWeek DayOfWeek, byte Day, byte Month, ushort Year)
{
    public const int Size = 8;

    public static LogonTime Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(nameof(LogonTime));
        var time = new LogonTime(
            reader.ReadByte(nameof(Seconds)),
            reader.ReadByte(nameof(Minutes)),
            reader.ReadByte(nameof(Hour)),
            (DayOfWeek)reader.ReadByte(nameof(DayOfWeek)),
            reader.ReadByte(nameof(Day)),
            reader.ReadByte(nameof(Month)),
            reader.ReadUInt16(nameof(Year)));
        reader.Leave(outer);
        return time;
    }

    public void Encode(ProtocolWriter writer)
    {
        if ((uint)DayOfWeek > byte.MaxValue)
        {
            throw new InvalidOperationException($"DayOfWeek {(int)DayOfWeek} does not fit its byte");
        }

        writer.WriteByte(Seconds);
        writer.WriteByte(Minutes);
        writer.WriteByte(Hour);
        writer.WriteByte((byte)DayOfWeek);
        writer.WriteByte(Day);
        writer.WriteByte(Month);
        writer.WriteUInt16(Year);
    }

    /// <summary>The time as a UTC <see cref="DateTime"/>, or null when the fields do not form a valid date and time.</summary>
    public DateTime? ToDateTime() =>
        Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month)
            && Hour < 24 && Minutes < 60 && Seconds < 60
            ? new DateTime(Year, Month, Day, Hour, Minutes, Seconds, DateTimeKind.Utc)
            : null;
}
