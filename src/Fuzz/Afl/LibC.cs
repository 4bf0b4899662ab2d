namespace Conformance.Fuzz.Afl;

using System.Runtime.InteropServices;

/// <summary>The libc calls the AFL++ protocol needs: SysV shared memory and raw reads and writes on inherited descriptors.</summary>
internal static unsafe partial class LibC
{
    [LibraryImport("libc", SetLastError = true)]
    public static partial nint shmat(int shmid, nint shmaddr, int shmflg);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", SetLastError = true)]
    public static partial nint pread(int fd, byte* buffer, nint count, long offset);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int kill(int pid, int signal);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int pipe(int* descriptors);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int close(int fd);
}
