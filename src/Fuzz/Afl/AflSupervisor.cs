namespace Conformance.Fuzz.Afl;

using System.Buffers.Binary;
using System.Diagnostics;

/// <summary>
/// Speaks the fork server protocol to AFL++ and runs the target in a worker child process, reporting the worker's
/// real pid: when AFL++ kills it on a hang, or it dies of a stack overflow, the supervisor reports the death
/// (a crash unless AFL++ already counted the hang) and starts a new worker, so an overnight run survives both.
/// </summary>
public sealed class AflSupervisor(ProcessStartInfo worker, string? inputPath, TextWriter log) : IDisposable
{
    private Process? process;

    public int Run()
    {
        AflInput input = AflInput.UnderAfl(inputPath);
        Start();
        if (!ForkServerChannel.Afl.TryHello(input.IsShared))
        {
            log.WriteLine("--supervise needs AFL++'s fork server descriptors 198/199");
            return 2;
        }

        byte[] header = new byte[4];
        while (ForkServerChannel.Afl.WaitForRequest())
        {
            if (process is null || process.HasExited)
            {
                Start();
            }

            ForkServerChannel.Afl.ReportPid(process!.Id);
            ReadOnlySpan<byte> bytes = input.Read();
            int answer;
            try
            {
                BinaryPrimitives.WriteInt32LittleEndian(header, bytes.Length);
                Stream toWorker = process.StandardInput.BaseStream;
                toWorker.Write(header);
                toWorker.Write(bytes);
                toWorker.Flush();
                answer = process.StandardOutput.BaseStream.ReadByte();
            }
            catch (IOException)
            {
                answer = -1;
            }

            if (answer < 0)
            {
                process.WaitForExit();
                ForkServerChannel.Afl.ReportStatus(WaitStatus.OfDeadWorker(process.ExitCode));
                process.Dispose();
                process = null;
                continue;
            }

            ForkServerChannel.Afl.ReportStatus(answer == 0 ? WaitStatus.Exited : WaitStatus.Abort);
        }

        return 0;
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
        }

        process?.Dispose();
    }

    private void Start()
    {
        process?.Dispose();
        worker.RedirectStandardInput = true;
        worker.RedirectStandardOutput = true;
        worker.UseShellExecute = false;
        process = Process.Start(worker) ?? throw new InvalidOperationException("cannot start the fuzz worker");

        // The worker says it is ready (warmed up) with one byte, so its start-up is not charged to an input.
        if (process.StandardOutput.BaseStream.ReadByte() != 0xA5)
        {
            throw new InvalidOperationException("the fuzz worker did not start");
        }
    }
}
