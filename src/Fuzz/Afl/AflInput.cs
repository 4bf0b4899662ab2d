namespace Conformance.Fuzz.Afl;

/// <summary>
/// Reads the current input, from one of three places: AFL++'s shared-memory test case (<see cref="AflTestcaseMemory"/>:
/// a 4-byte length, then the bytes); its .cur_input file on our standard input, which it rewrites and rewinds after
/// each write, so a positional read from offset 0 sees the whole input without seeking; or a file path (@@).
/// </summary>
internal sealed unsafe class AflInput
{
    private readonly string? path;
    private readonly byte* shared;
    private byte[] buffer = new byte[1 << 16];

    public AflInput(string? path) => this.path = path;

    /// <param name="sharedTestcase">The attached test case segment.</param>
    public AflInput(byte* sharedTestcase) => shared = sharedTestcase;

    /// <summary>Under AFL++: its shared-memory test case when it offers one and no @@ path is given; otherwise the file.</summary>
    public static AflInput UnderAfl(string? inputPath) =>
        inputPath is null && AflTestcaseMemory.Present ? new AflInput(AflTestcaseMemory.Attach()) : new AflInput(inputPath);

    /// <summary>Whether inputs come from the shared-memory test case (the fork server hello then asks for it).</summary>
    public bool IsShared => shared is not null;

    public ReadOnlySpan<byte> Read()
    {
        if (shared is not null)
        {
            uint length = *(uint*)shared;
            return new ReadOnlySpan<byte>(shared + sizeof(uint), (int)Math.Min(length, AflTestcaseMemory.MaximumLength));
        }

        if (path is not null)
        {
            return File.ReadAllBytes(path);
        }

        int read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            nint count;
            fixed (byte* at = &buffer[read])
            {
                count = LibC.pread(0, at, buffer.Length - read, read);
            }

            if (count <= 0)
            {
                return buffer.AsSpan(0, read);
            }

            read += (int)count;
        }
    }
}
