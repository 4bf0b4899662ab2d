namespace Conformance.Protocol.Benchmarks;

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

/// <summary>MB/s of a benchmark whose class declares how many bytes one operation handles.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of wire data handled per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        object instance = Activator.CreateInstance(benchmarkCase.Descriptor.Type)!;
        if (meanNanoseconds is not > 0 || instance is not IWireSize sized)
        {
            return "-";
        }

        sized.Setup();
        double bytes = sized.BytesPerOperation(benchmarkCase.Descriptor.WorkloadMethod.Name);
        return (bytes / meanNanoseconds.Value * 1e3).ToString("F1", CultureInfo.InvariantCulture);
    }
}
