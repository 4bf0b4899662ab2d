namespace Conformance.Protocol.Tests.Generators;

using Conformance.Protocol.Rops;
using FsCheck;
using FsCheck.Fluent;

public static partial class RopGenerators
{
    private static RopCase[] StoreCases =>
    [
    ];
}
