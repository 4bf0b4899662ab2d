namespace Conformance.Fuzz.Afl;

using System.Buffers.Binary;
using Conformance.Fuzz.Afl.Targets;
using Conformance.Fuzz.Runtime;

/// <summary>
/// The supervised worker: reads inputs framed as a 4-byte little-endian length and the bytes on standard input,
/// answers one byte each on standard output (0 no finding, 1 finding). It dies on a stack overflow or when AFL++
/// kills it on a hang; <see cref="AflSupervisor"/> then reports that and starts another.
/// </summary>
public static class AflWorker
{
    public static int Run(IFuzzTarget target)
    {
        AflWarmUp.Run(target, TextWriter.Null);
        if (AflSharedMemory.Present)
        {
            AflSharedMemory.Attach();
        }

        using Stream requests = Console.OpenStandardInput();
        using Stream answers = Console.OpenStandardOutput();

        // Nothing else may write to the answer channel.
        Console.SetOut(TextWriter.Null);
        answers.WriteByte(0xA5);
        answers.Flush();
        Span<byte> header = stackalloc byte[4];
        byte[] buffer = new byte[1 << 16];
        while (requests.ReadAtLeast(header, 4, throwOnEndOfStream: false) == 4)
        {
            int length = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (buffer.Length < length)
            {
                buffer = new byte[length];
            }

            requests.ReadExactly(buffer, 0, length);
            EdgeMap.Reset();
            Exception? finding = FuzzTargets.Execute(target, buffer.AsSpan(0, length));
            if (finding is not null)
            {
                Console.Error.WriteLine($"finding: {finding}");
            }

            answers.WriteByte(finding is null ? (byte)0 : (byte)1);
            answers.Flush();
        }

        return 0;
    }
}
