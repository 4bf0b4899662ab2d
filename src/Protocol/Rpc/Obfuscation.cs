namespace Conformance.Protocol.Rpc;

using System.Numerics;

/// <summary>The XorMagic obfuscation of extended buffer payloads ([MS-OXCRPC] 3.1.4.1.1.3).</summary>
/// <remarks>XOR with a constant is its own inverse, so one method both obscures and reverts.</remarks>
public static class Obfuscation
{
    /// <summary>The byte every payload byte is XORed with.</summary>
    public const byte XorMagic = 0xA5;

    /// <summary>XORs every byte of <paramref name="data"/> with 0xA5 in place.</summary>
    public static void Apply(Span<byte> data)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && data.Length >= Vector<byte>.Count)
        {
            var key = new Vector<byte>(XorMagic);
            for (; i <= data.Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                Span<byte> block = data.Slice(i, Vector<byte>.Count);
                (new Vector<byte>(block) ^ key).CopyTo(block);
            }
        }

        for (; i < data.Length; i++)
        {
            data[i] ^= XorMagic;
        }
    }
}
