namespace Conformance.Protocol.Tests.Infrastructure;

using Conformance.Protocol.Encoding;

/// <summary>
/// Runs a decoder on hostile bytes and checks the two promises the codec makes about bad input:
/// the only exception is <see cref="ProtocolException"/>, and allocation stays proportional to the
/// input (no count read from the wire drives an allocation beyond the input's length).
/// </summary>
public static class DecodeOutcome
{
    /// <summary>Allowed allocation: a generous constant factor of the input plus a fixed overhead.</summary>
    public const int BytesPerInputByte = 96;

    public const int FixedAllowance = 64 * 1024;

    /// <returns>The decoded value, or null when decoding raised <see cref="ProtocolException"/>.</returns>
    public static T? Run<T>(byte[] input, Func<byte[], T> decode)
        where T : class
    {
        // Decoding is deterministic; a first, unmeasured run absorbs what the runtime allocates once per
        // process and code path (JIT, the first throw's stack-trace machinery), which the input does not drive.
        try
        {
            decode(input);
        }
        catch (Exception)
        {
            // Judged on the measured run below.
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        T? result = null;
        try
        {
            result = decode(input);
        }
        catch (ProtocolException error)
        {
            Assert.That(error.Offset, Is.InRange(0, input.Length), $"offset named by {error.Message}");
            Assert.That(error.Structure, Is.Not.Empty);
            Assert.That(error.Field, Is.Not.Empty);
        }
        catch (Exception other)
        {
            Assert.Fail($"decoding {Convert.ToHexString(input)} raised {other.GetType().Name}, not ProtocolException: {other}");
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long allowed = (long)input.Length * BytesPerInputByte + FixedAllowance;
        Assert.That(allocated, Is.LessThanOrEqualTo(allowed), $"allocation for a {input.Length}-byte input {Convert.ToHexString(input)}");
        return result;
    }
}
