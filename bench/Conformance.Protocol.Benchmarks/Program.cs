using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project bench/Conformance.Protocol.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Conformance.Protocol.Benchmarks.ThroughputColumn).Assembly).Run(args);
