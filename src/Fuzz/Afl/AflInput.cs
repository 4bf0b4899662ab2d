namespace Conformance.Fuzz.Afl;

/// <summary>
/// Reads the current input: AFL++ rewrites its .cur_input file and points our standard input at it, rewinding after
/// each write, so a positional read from offset 0 sees the whole input without seeking; with @@ it is a file path.
/// </summary>
internal sealed unsafe class AflInput(string? path)
{
    private byte[] buffer = new byte[1 << 16];

    public ReadOnlySpan<byte> Read()
    {
        if (path is not null)
        {
            return File.ReadAllBytes(path);
        }

        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            nint count;
            fixed (byte* at = &buffer[length])
            {
                count = LibC.pread(0, at, buffer.Length - length, length);
            }

            if (count <= 0)
            {
                return buffer.AsSpan(0, length);
            }

            length += (int)count;
        }
    }
}
