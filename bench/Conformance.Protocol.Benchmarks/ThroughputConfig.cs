namespace Conformance.Protocol.Benchmarks;

using BenchmarkDotNet.Configs;

/// <summary>Adds the MB/s column to the default columns.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
