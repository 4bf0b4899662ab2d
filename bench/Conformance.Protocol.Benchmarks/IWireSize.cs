namespace Conformance.Protocol.Benchmarks;

/// <summary>A benchmark class that can say how many wire bytes each of its methods handles per operation.</summary>
public interface IWireSize
{
    void Setup();

    double BytesPerOperation(string method);
}
