namespace Conformance.Protocol.Tests.Fuzz;

using Conformance.Fuzz.Afl;
using Conformance.Fuzz.Afl.Targets;

/// <summary>
/// The persistent fork server loop against pipes standing in for AFL++'s descriptors 198/199: a 4-byte hello, then
/// per request our pid and the wait status: 0 for a clean run, 6 (death by SIGABRT, a crash to AFL++) for a finding.
/// </summary>
public sealed unsafe class ForkServerProtocolTests
{
    [Test]
    public void AnswersEachRequestWithThePidAndTheRunsWaitStatus()
    {
        int* control = stackalloc int[2];
        int* status = stackalloc int[2];
        Assert.That(LibC.pipe(control) + LibC.pipe(status), Is.Zero, "pipes");
        string input = Path.GetTempFileName();
        try
        {
            var channel = new ForkServerChannel(control[0], status[1]);
            int readFrom = status[0], writeTo = control[1];
            Task<bool> server = Task.Run(() => AflHost.Serve(FuzzTargets.Find("planted")!, new AflInput(input), channel));
            int hello = Read(readFrom);
            var answers = new List<(int Pid, int Status)>();
            foreach (byte[] bytes in new[] { "OXC!"u8.ToArray(), [0x09, 0x00, 0x01] })
            {
                File.WriteAllBytes(input, bytes);
                Write(writeTo, 0);
                answers.Add((Read(readFrom), Read(readFrom)));
            }

            LibC.close(writeTo);
            Assert.Multiple(() =>
            {
                Assert.That(server.Wait(TimeSpan.FromSeconds(10)) && server.Result, Is.True, "the loop ends when AFL++ closes the control pipe");
                Assert.That(hello & unchecked((int)0x80000001), Is.Zero, "no FS_OPT_ENABLED options");
                Assert.That(answers, Is.EqualTo(new[] { (Environment.ProcessId, 6), (Environment.ProcessId, 0) }));
            });
        }
        finally
        {
            LibC.close(control[0]);
            LibC.close(status[0]);
            LibC.close(status[1]);
            File.Delete(input);
        }
    }

    [Test]
    public void WithTheSharedTestcaseItAsksForItAndReadsEachInputFromMemory()
    {
        int* control = stackalloc int[2];
        int* status = stackalloc int[2];
        Assert.That(LibC.pipe(control) + LibC.pipe(status), Is.Zero, "pipes");
        byte* testcase = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(4 + 64);
        try
        {
            var channel = new ForkServerChannel(control[0], status[1]);
            int readFrom = status[0], writeTo = control[1];
            Task<bool> server = Task.Run(() => AflHost.Serve(FuzzTargets.Find("planted")!, new AflInput(testcase), channel));
            int hello = Read(readFrom);
            Write(writeTo, ForkServerChannel.SharedTestcaseHello);
            var answers = new List<int>();
            foreach (byte[] bytes in new[] { "OXC!"u8.ToArray(), [0x09, 0x00, 0x01] })
            {
                *(uint*)testcase = (uint)bytes.Length;
                bytes.CopyTo(new Span<byte>(testcase + 4, bytes.Length));
                Write(writeTo, 0);
                Read(readFrom);
                answers.Add(Read(readFrom));
            }

            LibC.close(writeTo);
            Assert.Multiple(() =>
            {
                Assert.That(server.Wait(TimeSpan.FromSeconds(10)) && server.Result, Is.True);
                Assert.That(hello, Is.EqualTo(unchecked((int)0x81000001)), "FS_OPT_ENABLED | FS_OPT_SHDMEM_FUZZ");
                Assert.That(answers, Is.EqualTo(new[] { 6, 0 }), "the planted crash on OXC!, a clean run after");
            });
        }
        finally
        {
            System.Runtime.InteropServices.NativeMemory.Free(testcase);
            LibC.close(control[0]);
            LibC.close(status[0]);
            LibC.close(status[1]);
        }
    }

    private static int Read(int fd)
    {
        int value;
        Assert.That(LibC.read(fd, (byte*)&value, 4), Is.EqualTo((nint)4));
        return value;
    }

    private static void Write(int fd, int value) => LibC.write(fd, (byte*)&value, 4);
}
