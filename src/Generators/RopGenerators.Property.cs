namespace Conformance.Protocol.Generators;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using FsCheck;
using FsCheck.Fluent;

public static partial class RopGenerators
{
    private static RopCase[] PropertyCases =>
    [
        new(RopId.RopGetPropertiesSpecific, GetPropertiesSpecificRequests.Select(r => (RopRequest)r), GetPropertiesSpecificResponses),
        new(
            RopId.RopGetPropertiesAll,
            from logon in LogonId
            from input in HandleIndex
            from limit in DataGenerators.UInt16
            from unicode in DataGenerators.Boolean
            select (RopRequest)new RopGetPropertiesAllRequest { LogonId = logon, InputHandleIndex = input, PropertySizeLimit = limit, WantUnicode = unicode },
            Gen.OneOf(
                Failure(RopId.RopGetPropertiesAll),
                from input in HandleIndex
                from values in TaggedValues
                select Sample(new RopGetPropertiesAllResponse { InputHandleIndex = input, PropertyValues = values }))),
        new(
            RopId.RopGetPropertiesList,
            Gen.Zip(LogonId, HandleIndex).Select(t => (RopRequest)new RopGetPropertiesListRequest { LogonId = t.Item1, InputHandleIndex = t.Item2 }),
            Gen.OneOf(
                Failure(RopId.RopGetPropertiesList),
                from input in HandleIndex
                from tags in AnyTags
                select Sample(new RopGetPropertiesListResponse { InputHandleIndex = input, PropertyTags = tags }))),
        new(
            RopId.RopSetProperties,
            from logon in LogonId
            from input in HandleIndex
            from values in TaggedValues
            select (RopRequest)new RopSetPropertiesRequest { LogonId = logon, InputHandleIndex = input, PropertyValues = values },
            Gen.OneOf(
                Failure(RopId.RopSetProperties),
                from input in HandleIndex
                from problems in Problems
                select Sample(new RopSetPropertiesResponse { InputHandleIndex = input, PropertyProblems = problems }))),
        new(
            RopId.RopSetPropertiesNoReplicate,
            from logon in LogonId
            from input in HandleIndex
            from values in TaggedValues
            select (RopRequest)new RopSetPropertiesNoReplicateRequest { LogonId = logon, InputHandleIndex = input, PropertyValues = values },
            Gen.OneOf(
                Failure(RopId.RopSetPropertiesNoReplicate),
                from input in HandleIndex
                from problems in Problems
                select Sample(new RopSetPropertiesNoReplicateResponse { InputHandleIndex = input, PropertyProblems = problems }))),
        new(
            RopId.RopDeleteProperties,
            from logon in LogonId
            from input in HandleIndex
            from tags in AnyTags
            select (RopRequest)new RopDeletePropertiesRequest { LogonId = logon, InputHandleIndex = input, PropertyTags = tags },
            Gen.OneOf(
                Failure(RopId.RopDeleteProperties),
                from input in HandleIndex
                from problems in Problems
                select Sample(new RopDeletePropertiesResponse { InputHandleIndex = input, PropertyProblems = problems }))),
        new(
            RopId.RopDeletePropertiesNoReplicate,
            from logon in LogonId
            from input in HandleIndex
            from tags in AnyTags
            select (RopRequest)new RopDeletePropertiesNoReplicateRequest { LogonId = logon, InputHandleIndex = input, PropertyTags = tags },
            Gen.OneOf(
                Failure(RopId.RopDeletePropertiesNoReplicate),
                from input in HandleIndex
                from problems in Problems
                select Sample(new RopDeletePropertiesNoReplicateResponse { InputHandleIndex = input, PropertyProblems = problems }))),
        new(
            RopId.RopQueryNamedProperties,
            from logon in LogonId
            from input in HandleIndex
            from flags in DataGenerators.Byte
            from guid in Gen.OneOf(Gen.Constant<Guid?>(null), DataGenerators.Guid.Select(g => (Guid?)g))
            select (RopRequest)new RopQueryNamedPropertiesRequest
            {
                LogonId = logon,
                InputHandleIndex = input,
                QueryFlags = (QueryFlags)flags,
                HasGuid = guid.HasValue,
                PropertyGuid = guid,
            },
            Gen.OneOf(
                FailureOtherThan(RopId.RopQueryNamedProperties, PropertyReturnValues.ErrorsReturned),
                from input in HandleIndex
                from returnValue in SuccessOrErrorsReturned
                from count in Gen.Choose(0, 4)
                from ids in Gen.ArrayOf(DataGenerators.UInt16, count)
                from names in Gen.ArrayOf(DataGenerators.PropertyName, count)
                select Sample(new RopQueryNamedPropertiesResponse { InputHandleIndex = input, ReturnValue = returnValue, PropertyIds = ids, PropertyNames = names }))),
        new(
            RopId.RopCopyProperties,
            from logon in LogonId
            from source in HandleIndex
            from destination in HandleIndex
            from asynchronous in DataGenerators.Boolean
            from flags in DataGenerators.Byte
            from tags in AnyTags
            select (RopRequest)new RopCopyPropertiesRequest
            {
                LogonId = logon,
                SourceHandleIndex = source,
                DestHandleIndex = destination,
                WantAsynchronous = asynchronous,
                CopyFlags = (CopyFlags)flags,
                PropertyTags = tags,
            },
            Gen.OneOf(
                FailureOtherThan(RopId.RopCopyProperties, PropertyReturnValues.NullDestinationObject),
                from source in HandleIndex
                from destination in DataGenerators.UInt32
                select Sample(new RopCopyPropertiesNullDestinationResponse { SourceHandleIndex = source, DestHandleIndex = destination }),
                from source in HandleIndex
                from problems in Problems
                select Sample(new RopCopyPropertiesResponse { SourceHandleIndex = source, PropertyProblems = problems }))),
        new(
            RopId.RopCopyTo,
            from logon in LogonId
            from source in HandleIndex
            from destination in HandleIndex
            from asynchronous in DataGenerators.Boolean
            from subObjects in DataGenerators.Boolean
            from flags in DataGenerators.Byte
            from tags in AnyTags
            select (RopRequest)new RopCopyToRequest
            {
                LogonId = logon,
                SourceHandleIndex = source,
                DestHandleIndex = destination,
                WantAsynchronous = asynchronous,
                WantSubObjects = subObjects,
                CopyFlags = (CopyFlags)flags,
                ExcludedTags = tags,
            },
            Gen.OneOf(
                FailureOtherThan(RopId.RopCopyTo, PropertyReturnValues.NullDestinationObject),
                from source in HandleIndex
                from destination in DataGenerators.UInt32
                select Sample(new RopCopyToNullDestinationResponse { SourceHandleIndex = source, DestHandleIndex = destination }),
                from source in HandleIndex
                from problems in Problems
                select Sample(new RopCopyToResponse { SourceHandleIndex = source, PropertyProblems = problems }))),
        new(
            RopId.RopGetPropertyIdsFromNames,
            from logon in LogonId
            from input in HandleIndex
            from flags in Gen.Elements(GetPropertyIdsFromNamesFlags.None, GetPropertyIdsFromNamesFlags.Create)
            from names in DataGenerators.ArrayOf(DataGenerators.PropertyName, 4)
            select (RopRequest)new RopGetPropertyIdsFromNamesRequest { LogonId = logon, InputHandleIndex = input, Flags = flags, PropertyNames = names },
            Gen.OneOf(
                FailureOtherThan(RopId.RopGetPropertyIdsFromNames, PropertyReturnValues.ErrorsReturned),
                from input in HandleIndex
                from returnValue in SuccessOrErrorsReturned
                from ids in DataGenerators.ArrayOf(DataGenerators.UInt16)
                select Sample(new RopGetPropertyIdsFromNamesResponse { InputHandleIndex = input, ReturnValue = returnValue, PropertyIds = ids }))),
        new(
            RopId.RopGetNamesFromPropertyIds,
            from logon in LogonId
            from input in HandleIndex
            from ids in DataGenerators.ArrayOf(DataGenerators.UInt16)
            select (RopRequest)new RopGetNamesFromPropertyIdsRequest { LogonId = logon, InputHandleIndex = input, PropertyIds = ids },
            Gen.OneOf(
                Failure(RopId.RopGetNamesFromPropertyIds),
                from input in HandleIndex
                from names in DataGenerators.ArrayOf(DataGenerators.PropertyName, 4)
                select Sample(new RopGetNamesFromPropertyIdsResponse { InputHandleIndex = input, PropertyNames = names }))),
    ];

    private static Gen<RopGetPropertiesSpecificRequest> GetPropertiesSpecificRequests =>
        from logon in LogonId
        from input in HandleIndex
        from limit in DataGenerators.UInt16
        from unicode in DataGenerators.Boolean
        from tags in DataGenerators.Columns
        select new RopGetPropertiesSpecificRequest { LogonId = logon, InputHandleIndex = input, PropertySizeLimit = limit, WantUnicode = unicode, PropertyTags = tags };

    /// <summary>Rows follow the tags of the request they answer, so each sample carries that request as its context.</summary>
    private static Gen<ResponseSample> GetPropertiesSpecificResponses =>
        Gen.OneOf(
            Failure(RopId.RopGetPropertiesSpecific),
            from request in GetPropertiesSpecificRequests
            from row in DataGenerators.PropertyRow(request.PropertyTags)
            select new ResponseSample(
                new RopGetPropertiesSpecificResponse { InputHandleIndex = request.InputHandleIndex, Columns = request.PropertyTags, RowData = row },
                new RopResponseContext(request)));

    /// <summary>Any 32-bit tag: requests and tag lists do not interpret the type.</summary>
    private static Gen<ValueArray<PropertyTag>> AnyTags =>
        DataGenerators.ArrayOf(DataGenerators.UInt32.Select(v => new PropertyTag(v))).Select(tags => new ValueArray<PropertyTag>(tags));

    private static Gen<ValueArray<TaggedPropertyValue>> TaggedValues =>
        DataGenerators.ArrayOf(DataGenerators.TaggedPropertyValue, 4).Select(values => new ValueArray<TaggedPropertyValue>(values));

    private static Gen<ValueArray<PropertyProblem>> Problems =>
        DataGenerators.ArrayOf(DataGenerators.PropertyProblem, 4).Select(problems => new ValueArray<PropertyProblem>(problems));

    private static Gen<uint> SuccessOrErrorsReturned => Gen.Elements(0u, PropertyReturnValues.ErrorsReturned);

    private static ResponseSample Sample(RopResponse response) => new(response, RopResponseContext.None);

    /// <summary>A generic failure whose ReturnValue is neither 0 nor a value that selects another layout for this ROP.</summary>
    private static Gen<ResponseSample> FailureOtherThan(RopId ropId, uint special) =>
        from handle in HandleIndex
        from value in DataGenerators.UInt32.Where(v => v != 0 && v != special)
        select new ResponseSample(new RopFailureResponse(ropId, handle, value), RopResponseContext.None);
}
