namespace Conformance.Store.Processing;

using Conformance.Protocol.Rops;

/// <summary>
/// The ROPs the store executes, by RopId. Each family lists its handlers in its own partial file
/// (Store, Property, Stream, Support), as the codec's registry does.
/// </summary>
public static partial class RopHandlers
{
    private static readonly RopHandlerEntry?[] Entries = Build();

    public static IEnumerable<RopHandlerEntry> All => Entries.OfType<RopHandlerEntry>();

    public static RopHandlerEntry? Find(RopId ropId) => Entries[(byte)ropId];

    private static RopHandlerEntry?[] Build()
    {
        var table = new RopHandlerEntry?[256];
        foreach (RopHandlerEntry entry in StoreHandlers.Concat(PropertyHandlers).Concat(StreamHandlers).Concat(SupportHandlers))
        {
            if (table[(byte)entry.RopId] is not null)
            {
                throw new InvalidOperationException($"{entry.RopId} has two handlers");
            }

            table[(byte)entry.RopId] = entry;
        }

        return table;
    }
}
