namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;

public static partial class RopHandlers
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    // The handlers are in Processing/Property/RopHandlers.Property.*.cs.
    private static RopHandlerEntry[] PropertyHandlers =>
    [
        RopHandlerEntry.Reader<RopGetPropertiesSpecificRequest>(RopId.RopGetPropertiesSpecific, GetPropertiesSpecific),
        RopHandlerEntry.Reader<RopGetPropertiesAllRequest>(RopId.RopGetPropertiesAll, GetPropertiesAll),
        RopHandlerEntry.Reader<RopGetPropertiesListRequest>(RopId.RopGetPropertiesList, GetPropertiesList),
        RopHandlerEntry.Writer<RopSetPropertiesRequest>(RopId.RopSetProperties, SetProperties, request => ProblemsResponseSize(request.PropertyValues.Count)),
        RopHandlerEntry.Writer<RopSetPropertiesNoReplicateRequest>(RopId.RopSetPropertiesNoReplicate, SetPropertiesNoReplicate, request => ProblemsResponseSize(request.PropertyValues.Count)),
        RopHandlerEntry.Writer<RopDeletePropertiesRequest>(RopId.RopDeleteProperties, DeleteProperties, request => ProblemsResponseSize(request.PropertyTags.Count)),
        RopHandlerEntry.Writer<RopDeletePropertiesNoReplicateRequest>(RopId.RopDeletePropertiesNoReplicate, DeletePropertiesNoReplicate, request => ProblemsResponseSize(request.PropertyTags.Count)),
        RopHandlerEntry.Reader<RopQueryNamedPropertiesRequest>(RopId.RopQueryNamedProperties, QueryNamedProperties),

        // Registering names changes the store, but only in a way a re-run cannot tell apart: the same
        // names get the same IDs. So a response that does not fit may simply be re-run ([MS-OXCPRPT] 3.2.5.10).
        // With the Create flag it registers names, so it runs only when its response (2 bytes per name) is sure to fit.
        RopHandlerEntry.Writer<RopGetPropertyIdsFromNamesRequest>(RopId.RopGetPropertyIdsFromNames, GetPropertyIdsFromNames, request => GetPropertyIdsFromNamesHeadSize + (2 * request.PropertyNames.Count)),
        RopHandlerEntry.Reader<RopGetNamesFromPropertyIdsRequest>(RopId.RopGetNamesFromPropertyIds, GetNamesFromPropertyIds),
        RopHandlerEntry.Writer<RopCopyPropertiesRequest>(RopId.RopCopyProperties, CopyProperties, request => Math.Max(ProblemsResponseSize(request.PropertyTags.Count), ProgressResponseSize)),
        RopHandlerEntry.Writer<RopCopyToRequest>(RopId.RopCopyTo, CopyTo, _ => ProgressResponseSize),

        // RopProgress reports on and completes the asynchronous copies above ([MS-OXCPRPT] 3.2.5.20); an
        // asynchronous copy's final response is kept within the default bound.
        RopHandlerEntry.Writer<RopProgressRequest>(RopId.RopProgress, Progress),
    ];

    /// <summary>RopId, handle index, ReturnValue, PropertyProblemCount, then 10 bytes per problem ([MS-OXCDATA] 2.7).</summary>
    private static int ProblemsResponseSize(int problems) => 8 + (problems * PropertyProblem.Size);

    /// <summary>RopProgress response: RopId, InputHandleIndex, ReturnValue, LogonId, two counts ([MS-OXCROPS] 2.2.8.13.2).</summary>
    private const int ProgressResponseSize = 15;
}
