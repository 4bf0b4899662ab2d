// Generated from the tables of [MS-OXCDATA] 2.4 (names, values and alternate names); keep in step with ErrorCodes.Table.cs.
namespace Conformance.Protocol.Data;

/// <summary>
/// The error and warning codes of [MS-OXCDATA] 2.4, each named as the specification names it. The
/// alternate names (ecXxx, MAPI_E_XXX, ...) are in each summary and resolve through
/// <see cref="TryGetValue"/>; <see cref="TryGetName"/> maps a value back to its name.
/// </summary>
public static partial class ErrorCodes
{
    // Error codes ([MS-OXCDATA] 2.4).
    /// <summary>[MS-OXCDATA] 2.4; also S_OK, SUCCESS_SUCCESS, ecNone. ecNone is the spelling the store protocols use ([MS-OXCSTOR] 3.2.5.1.3).</summary>
    public const uint Success = 0x00000000;

    /// <summary>[MS-OXCDATA] 2.4; also E_FAIL, MAPI_E_CALL_FAILED, ecError, SYNC_E_ERROR.</summary>
    public const uint GeneralFailure = 0x80004005;

    /// <summary>[MS-OXCDATA] 2.4; also E_NOMEMORY, MAPI_E_NOT_ENOUGH_MEMORY, ecMAPIOOM, ecPropSize. Listed in 2.4.2 as <see cref="NotEnoughMemory"/>.</summary>
    public const uint OutOfMemory = 0x8007000E;

    /// <summary>[MS-OXCDATA] 2.4; also E_INVALIDARG, MAPI_E_INVALID_PARAMETER, ecInvalidParam, ecInvalidSession, ecBadBuffer, SYNC_E_INVALID_PARAMETER, ecInvalidParameter. ecInvalidParameter is the spelling [MS-OXCSTOR] 3.2.5.1.3 uses.</summary>
    public const uint InvalidParameter = 0x80070057;

    /// <summary>[MS-OXCDATA] 2.4; also E_NOINTERFACE, MAPI_E_INTERFACE_NOT_SUPPORTED, ecInterfaceNotSupported.</summary>
    public const uint NoInterface = 0x80004002;

    /// <summary>[MS-OXCDATA] 2.4; also E_ACCESSDENIED, MAPI_E_NO_ACCESS, ecAccessDenied, ecPropSecurityViolation.</summary>
    public const uint AccessDenied = 0x80070005;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_INVALIDFUNCTION.</summary>
    public const uint StorageInvalidFunction = 0x80030001;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_ACCESSDENIED.</summary>
    public const uint StorageAccessDenied = 0x80030005;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_INSUFFICIENTMEMORY.</summary>
    public const uint StorageInsufficientMemory = 0x80030008;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_INVALIDPOINTER.</summary>
    public const uint StorageInvalidPointer = 0x80030009;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_READFAULT.</summary>
    public const uint StorageReadFault = 0x8003001E;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_LOCKVIOLATION.</summary>
    public const uint StorageLockViolation = 0x80030021;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_INVALIDPARAMETER.</summary>
    public const uint StorageInvalidParameter = 0x80030057;

    /// <summary>[MS-OXCDATA] 2.4; also ecStreamSizeError, STG_E_MEDIUMFULL.</summary>
    public const uint StreamSizeError = 0x80030070;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_INVALIDFLAG.</summary>
    public const uint StorageInvalidFlag = 0x800300FF;

    /// <summary>[MS-OXCDATA] 2.4; also STG_E_CANTSAVE.</summary>
    public const uint StorageCannotSave = 0x80030103;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NO_SUPPORT, ecNotSupported, ecNotImplemented.</summary>
    public const uint NotSupported = 0x80040102;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_BAD_CHARWIDTH, ecBadCharwidth.</summary>
    public const uint InvalidCharacterWidth = 0x80040103;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_STRING_TOO_LONG, ecStringTooLarge.</summary>
    public const uint StringTooLong = 0x80040105;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_UNKNOWN_FLAGS, ecUnknownFlags, SYNC_E_UNKNOWN_FLAGS.</summary>
    public const uint InvalidFlag = 0x80040106;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_INVALID_ENTRYID, ecInvalidEntryId.</summary>
    public const uint InvalidEntryID = 0x80040107;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_INVALID_OBJECT, ecInvalidObject.</summary>
    public const uint InvalidObject = 0x80040108;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_OBJECT_CHANGED, ecObjectModified.</summary>
    public const uint ObjectChanged = 0x80040109;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_OBJECT_DELETED, ecObjectDeleted.</summary>
    public const uint ObjectDeleted = 0x8004010A;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_BUSY, ecBusy. 2.4.1 gives the same name to 0x00000480, kept here as <see cref="AdditionalServerBusy"/>.</summary>
    public const uint ServerBusy = 0x8004010B;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NOT_ENOUGH_DISK, ecDiskFull.</summary>
    public const uint OutOfDisk = 0x8004010D;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NOT_ENOUGH_RESOURCES, ecInsufficientResrc.</summary>
    public const uint OutOfResources = 0x8004010E;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NOT_FOUND, ecNotFound, ecAttachNotFound, ecUnknownRecip, ecPropNotExistent. The same code is listed as NotFound in 2.4.2 (property errors).</summary>
    public const uint NotFound = 0x8004010F;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_VERSION, ecVersionMismatch, ecVersion.</summary>
    public const uint VersionMismatch = 0x80040110;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_LOGON_FAILED, ecLoginFailure.</summary>
    public const uint LogonFailed = 0x80040111;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_SESSION_LIMIT, ecTooManySessions.</summary>
    public const uint TooManySessions = 0x80040112;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_USER_CANCEL, ecUserAbort.</summary>
    public const uint UserCanceled = 0x80040113;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_UNABLE_TO_ABORT, ecUnableToAbort.</summary>
    public const uint AbortFailed = 0x80040114;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NETWORK_ERROR, ecNetwork.</summary>
    public const uint NetworkError = 0x80040115;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_DISK_ERROR, ecWriteFault, ecReadFault.</summary>
    public const uint DiskError = 0x80040116;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_TOO_COMPLEX, ecTooComplex.</summary>
    public const uint TooComplex = 0x80040117;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_BAD_COLUMN.</summary>
    public const uint InvalidColumn = 0x80040118;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_COMPUTED, ecComputed.</summary>
    public const uint ComputedValue = 0x8004011A;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_CORRUPT_DATA, ecCorruptData.</summary>
    public const uint CorruptData = 0x8004011B;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_UNKNOWN_CPID.</summary>
    public const uint InvalidCodepage = 0x8004011E;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_UNKNOWN_LCID.</summary>
    public const uint InvalidLocale = 0x8004011F;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_INVALID_ACCESS_TIME, ecTimeSkew.</summary>
    public const uint TimeSkew = 0x80040123;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_END_OF_SESSION.</summary>
    public const uint EndOfSession = 0x80040200;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_UNKNOWN_ENTRYID.</summary>
    public const uint UnknownEntryId = 0x80040201;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_UNABLE_TO_COMPLETE, ecUnableToComplete.</summary>
    public const uint NotCompleted = 0x80040400;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_TIMEOUT, ecTimeout.</summary>
    public const uint Timeout = 0x80040401;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_TABLE_EMPTY, ecTableEmpty.</summary>
    public const uint EmptyTable = 0x80040402;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_TABLE_TOO_BIG, ecTableTooBig.</summary>
    public const uint TableTooBig = 0x80040403;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_INVALID_BOOKMARK, ecInvalidBookmark.</summary>
    public const uint InvalidBookmark = 0x80040405;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_WAIT, ecWait.</summary>
    public const uint ErrorWait = 0x80040500;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_CANCEL, ecCancel.</summary>
    public const uint ErrorCancel = 0x80040501;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NO_SUPPRESS.</summary>
    public const uint NoSuppress = 0x80040602;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_COLLISION, ecDuplicateName.</summary>
    public const uint CollidingNames = 0x80040604;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NOT_INITIALIZED, ecNotInitialized.</summary>
    public const uint NotInitialized = 0x80040605;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NO_RECIPIENTS.</summary>
    public const uint NoRecipients = 0x80040607;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_SUBMITTED, ecSubmitted.</summary>
    public const uint AlreadySent = 0x80040608;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_HAS_FOLDERS, ecFolderHasChildren.</summary>
    public const uint HasFolders = 0x80040609;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_HAS_MESSAGES, ecFolderHasContents.</summary>
    public const uint HasMessages = 0x8004060A;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_FOLDER_CYCLE, ecRootFolder.</summary>
    public const uint FolderCycle = 0x8004060B;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_LOCKID_LIMIT, ecLockIdLimit.</summary>
    public const uint TooManyLocks = 0x8004060D;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_AMBIGUOUS_RECIP, ecAmbiguousRecip.</summary>
    public const uint AmbiguousRecipient = 0x80040700;

    /// <summary>[MS-OXCDATA] 2.4; also SYNC_E_OBJECT_DELETED.</summary>
    public const uint SyncObjectDeleted = 0x80040800;

    /// <summary>[MS-OXCDATA] 2.4; also SYNC_E_IGNORE.</summary>
    public const uint IgnoreFailure = 0x80040801;

    /// <summary>[MS-OXCDATA] 2.4; also SYNC_E_CONFLICT.</summary>
    public const uint SyncConflict = 0x80040802;

    /// <summary>[MS-OXCDATA] 2.4; also SYNC_E_NO_PARENT.</summary>
    public const uint NoParentFolder = 0x80040803;

    /// <summary>[MS-OXCDATA] 2.4; also SYNC_E_CYCLE.</summary>
    public const uint CycleDetected = 0x80040804;

    /// <summary>[MS-OXCDATA] 2.4; also SYNC_E_UNSYNCHRONIZED.</summary>
    public const uint NotSynchronized = 0x80040805;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NAMED_PROP_QUOTA_EXCEEDED, ecNPQuotaExceeded.</summary>
    public const uint NamedPropertyQuota = 0x80040900;

    /// <summary>[MS-OXCDATA] 2.4; also MAPI_E_NOT_IMPLEMENTED.</summary>
    public const uint NotImplemented = 0x80040FFF;

    // Additional error codes ([MS-OXCDATA] 2.4.1).
    /// <summary>[MS-OXCDATA] 2.4.1; also ecProfileNotConfigured. Returned by RopLogon ([MS-OXCSTOR] 3.2.5.1.3); listed in older revisions of 2.4.1.</summary>
    public const uint ProfileNotConfigured = 0x0000011C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecJetError. One transcription of the table gives 0x000003E4; 0x000003EA (decimal 1002) follows the ec numbering of its neighbours.</summary>
    public const uint IsamError = 0x000003EA;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecUnknownUser.</summary>
    public const uint UnknownUser = 0x000003EB;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExiting.</summary>
    public const uint Exiting = 0x000003ED;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecBadConfig.</summary>
    public const uint BadConfiguration = 0x000003EE;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecUnknownCodePage.</summary>
    public const uint UnknownCodePage = 0x000003EF;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecServerOOM, ecMemory.</summary>
    public const uint ServerMemory = 0x000003F0;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecLoginPerm.</summary>
    public const uint LoginPermission = 0x000003F2;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDatabaseRolledBack.</summary>
    public const uint DatabaseRolledBack = 0x000003F3;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDatabaseCopiedError.</summary>
    public const uint DatabaseCopiedError = 0x000003F4;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecAuditNotAllowed.</summary>
    public const uint AuditNotAllowed = 0x000003F5;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecZombieUser.</summary>
    public const uint ZombieUser = 0x000003F6;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecUnconvertableACL.</summary>
    public const uint UnconvertableACL = 0x000003F7;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoFreeJses.</summary>
    public const uint NoFreeJetSessions = 0x0000044C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDifferentJses.</summary>
    public const uint DifferentJetSession = 0x0000044D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFileRemove.</summary>
    public const uint FileRemove = 0x0000044F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecParameterOverflow.</summary>
    public const uint ParameterOverflow = 0x00000450;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecBadVersion.</summary>
    public const uint BadVersion = 0x00000451;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecTooManyCols.</summary>
    public const uint TooManyColumns = 0x00000452;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecHaveMore.</summary>
    public const uint HaveMore = 0x00000453;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDatabaseError.</summary>
    public const uint DatabaseError = 0x00000454;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecIndexNameTooBig.</summary>
    public const uint IndexNameTooBig = 0x00000455;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecUnsupportedProp.</summary>
    public const uint UnsupportedProperty = 0x00000456;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMsgNotSaved.</summary>
    public const uint MessageNotSaved = 0x00000457;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecUnpubNotif.</summary>
    public const uint UnpublishedNotification = 0x00000459;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDifferentRoot.</summary>
    public const uint DifferentRoot = 0x0000045B;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecBadFolderName.</summary>
    public const uint BadFolderName = 0x0000045C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecAttachOpen.</summary>
    public const uint AttachmentOpen = 0x0000045D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvClpsState.</summary>
    public const uint InvalidCollapseState = 0x0000045E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecSkipMyChildren.</summary>
    public const uint SkipMyChildren = 0x0000045F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecSearchFolder.</summary>
    public const uint SearchFolder = 0x00000460;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotSearchFolder.</summary>
    public const uint NotSearchFolder = 0x00000461;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFolderSetReceive.</summary>
    public const uint FolderSetReceive = 0x00000462;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoReceiveFolder.</summary>
    public const uint NoReceiveFolder = 0x00000463;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoDelSubmitMsg.</summary>
    public const uint DeleteSubmittedMessage = 0x00000465;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvalidRecips.</summary>
    public const uint InvalidRecipients = 0x00000467;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoReplicaHere.</summary>
    public const uint NoReplicaHere = 0x00000468;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoReplicaAvailable.</summary>
    public const uint NoReplicaAvailable = 0x00000469;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecPublicMDB.</summary>
    public const uint PublicDatabase = 0x0000046A;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotPublicMDB.</summary>
    public const uint NotPublicDatabase = 0x0000046B;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRecordNotFound.</summary>
    public const uint RecordNotFound = 0x0000046C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecReplConflict.</summary>
    public const uint ReplicationConflict = 0x0000046D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFXBufferOverrun.</summary>
    public const uint FXBufferOverrun = 0x00000470;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFXBufferEmpty.</summary>
    public const uint FXBufferEmpty = 0x00000471;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFxPartialValue.</summary>
    public const uint FXPartialValue = 0x00000472;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFxNoRoom.</summary>
    public const uint FxNoRoom = 0x00000473;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMaxTimeExpired.</summary>
    public const uint TimeExpired = 0x00000474;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDstError.</summary>
    public const uint DestinationError = 0x00000475;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMDBNotInit.</summary>
    public const uint DatabaseNotInitialized = 0x00000476;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecWrongServer.</summary>
    public const uint WrongServer = 0x00000478;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecBufferTooSmall.</summary>
    public const uint BufferTooSmall = 0x0000047D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRequiresRefResolve.</summary>
    public const uint AttachmentResolutionRequired = 0x0000047E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecServerPaused.</summary>
    public const uint ServerPaused = 0x0000047F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecServerBusy. Named ServerBusy in the specification, which also names 0x8004010B so (<see cref="ServerBusy"/>); renamed to keep constant names unique.</summary>
    public const uint AdditionalServerBusy = 0x00000480;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoSuchLogon.</summary>
    public const uint NoSuchLogon = 0x00000481;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecLoadLibFailed.</summary>
    public const uint LoadLibraryFailed = 0x00000482;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecObjAlreadyConfig.</summary>
    public const uint AlreadyConfigured = 0x00000483;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecObjNotConfig.</summary>
    public const uint NotConfigured = 0x00000484;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDataLoss.</summary>
    public const uint DataLoss = 0x00000485;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMaxSendThreadExceeded.</summary>
    public const uint MaximumSendThreadExceeded = 0x00000488;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFxErrorMarker.</summary>
    public const uint FxErrorMarker = 0x00000489;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoFreeJtabs.</summary>
    public const uint NoFreeJtabs = 0x0000048A;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotPrivateMDB.</summary>
    public const uint NotPrivateDatabase = 0x0000048B;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecIsintegMDB.</summary>
    public const uint IsintegMDB = 0x0000048C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRecoveryMDBMismatch.</summary>
    public const uint RecoveryMismatch = 0x0000048D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecTableMayNotBeDeleted.</summary>
    public const uint TableMayNotBeDeleted = 0x0000048E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecSearchFolderScopeViolation.</summary>
    public const uint SearchFolderScopeViolation = 0x00000490;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcRegisterIf.</summary>
    public const uint RpcRegisterIf = 0x000004B1;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcListen.</summary>
    public const uint RpcListen = 0x000004B2;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcFormat.</summary>
    public const uint RpcFormat = 0x000004B6;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoCopyTo.</summary>
    public const uint NoCopyTo = 0x000004B7;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNullObject.</summary>
    public const uint NullObject = 0x000004B9;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcAuthentication.</summary>
    public const uint RpcAuthentication = 0x000004BC;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcBadAuthenticationLevel.</summary>
    public const uint RpcBadAuthenticationLevel = 0x000004BD;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNullCommentRestriction.</summary>
    public const uint NullCommentRestriction = 0x000004BE;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesLoadError.</summary>
    public const uint RulesLoadError = 0x000004CC;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesDeliverErr.</summary>
    public const uint RulesDeliverErr = 0x000004CD;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesParsingErr.</summary>
    public const uint RulesParsingErr = 0x000004CE;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesCreateDaeErr.</summary>
    public const uint RulesCreateDAE = 0x000004CF;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesCreateDamErr.</summary>
    public const uint RulesCreateDAM = 0x000004D0;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesNoMoveCopyFolder.</summary>
    public const uint RulesNoMoveCopyFolder = 0x000004D1;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesNoFolderRights.</summary>
    public const uint RulesNoFolderRights = 0x000004D2;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMessageTooBig.</summary>
    public const uint MessageTooBig = 0x000004D4;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFormNotValid.</summary>
    public const uint FormNotValid = 0x000004D5;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotAuthorized.</summary>
    public const uint NotAuthorized = 0x000004D6;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDeleteMessage.</summary>
    public const uint DeleteMessage = 0x000004D7;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecBounceMessage.</summary>
    public const uint BounceMessage = 0x000004D8;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecQuotaExceeded.</summary>
    public const uint QuotaExceeded = 0x000004D9;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMaxSubmissionExceeded.</summary>
    public const uint MaxSubmissionExceeded = 0x000004DA;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMaxAttachmentExceeded.</summary>
    public const uint MaxAttachmentExceeded = 0x000004DB;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecSendAsDenied.</summary>
    public const uint SendAsDenied = 0x000004DC;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecShutoffQuotaExceeded.</summary>
    public const uint ShutoffQuotaExceeded = 0x000004DD;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMaxObjsExceeded.</summary>
    public const uint TooManyOpenObjects = 0x000004DE;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecClientVersionDisallowed.</summary>
    public const uint ClientVersionBlocked = 0x000004DF;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcHttpDisallowed.</summary>
    public const uint RpcHttpDisallowed = 0x000004E0;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecCachedModeRequired.</summary>
    public const uint CachedModeRequired = 0x000004E1;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFolderCleanedUp.</summary>
    public const uint FolderNotCleanedUp = 0x000004E3;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFmtError.</summary>
    public const uint FormatError = 0x000004ED;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotExpanded.</summary>
    public const uint NotExpanded = 0x000004F7;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotCollapsed.</summary>
    public const uint NotCollapsed = 0x000004F8;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecLeaf.</summary>
    public const uint NoExpandLeafRow = 0x000004F9;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecUnregisteredNamedProp.</summary>
    public const uint UnregisteredNameProp = 0x000004FA;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFolderDisabled.</summary>
    public const uint FolderDisabled = 0x000004FB;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDomainError.</summary>
    public const uint DomainError = 0x000004FC;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoCreateRight.</summary>
    public const uint NoCreateRight = 0x000004FF;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecPublicRoot.</summary>
    public const uint PublicRoot = 0x00000500;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoReadRight.</summary>
    public const uint NoReadRight = 0x00000501;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoCreateSubfolderRight.</summary>
    public const uint NoCreateSubfolderRight = 0x00000502;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDstNullObject.</summary>
    public const uint NullDestinationObject = 0x00000503;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMsgCycle.</summary>
    public const uint MessageCycle = 0x00000504;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecTooManyRecips.</summary>
    public const uint TooManyRecips = 0x00000505;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecVirusScanInProgress.</summary>
    public const uint VirusScanInProgress = 0x0000050A;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecVirusDetected.</summary>
    public const uint VirusDetected = 0x0000050B;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMailboxInTransit.</summary>
    public const uint MailboxInTransit = 0x0000050C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecBackupInProgress.</summary>
    public const uint BackupInProgress = 0x0000050D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecVirusMessageDeleted.</summary>
    public const uint VirusMessageDeleted = 0x0000050E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvalidBackupSequence.</summary>
    public const uint InvalidBackupSequence = 0x0000050F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvalidBackupType.</summary>
    public const uint InvalidBackupType = 0x00000510;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecTooManyBackupsInProgress.</summary>
    public const uint TooManyBackups = 0x00000511;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRestoreInProgress.</summary>
    public const uint RestoreInProgress = 0x00000512;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDuplicateObject.</summary>
    public const uint DuplicateObject = 0x00000579;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecObjectNotFound.</summary>
    public const uint ObjectNotFound = 0x0000057A;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFixupReplyRule.</summary>
    public const uint FixupReplyRule = 0x0000057B;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecTemplateNotFound.</summary>
    public const uint TemplateNotFound = 0x0000057C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRuleExecution.</summary>
    public const uint RuleExecution = 0x0000057D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDSNoSuchObject.</summary>
    public const uint DSNoSuchObject = 0x0000057E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMessageAlreadyTombstoned.</summary>
    public const uint AlreadyTombstoned = 0x0000057F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRequiresRWTransaction.</summary>
    public const uint ReadOnlyTransaction = 0x00000596;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecPaused.</summary>
    public const uint Paused = 0x0000060E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotPaused.</summary>
    public const uint NotPaused = 0x0000060F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecWrongMailbox.</summary>
    public const uint WrongMailbox = 0x00000648;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecChgPassword.</summary>
    public const uint ChangePassword = 0x0000064C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecPwExpired.</summary>
    public const uint PasswordExpired = 0x0000064D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvWkstn.</summary>
    public const uint InvalidWorkstation = 0x0000064E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvLogonHrs.</summary>
    public const uint InvalidLogonHours = 0x0000064F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecAcctDisabled.</summary>
    public const uint AccountDisabled = 0x00000650;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRuleVersion.</summary>
    public const uint RuleVersion = 0x000006A4;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRuleFormat.</summary>
    public const uint RuleFormat = 0x000006A5;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRuleSendAsDenied.</summary>
    public const uint RuleSendAsDenied = 0x000006A6;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNoServerSupport.</summary>
    public const uint NoServerSupport = 0x000006B9;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecLockTimedOut.</summary>
    public const uint LockTimedOut = 0x000006BA;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecObjectLocked.</summary>
    public const uint ObjectLocked = 0x000006BB;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvalidLockNamespace.</summary>
    public const uint InvalidLockNamespace = 0x000006BD;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMessageDeleted.</summary>
    public const uint MessageDeleted = 0x000007D6;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecProtocolDisabled.</summary>
    public const uint ProtocolDisabled = 0x000007D8;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecCleartextLogonDisabled.</summary>
    public const uint CleartextLogonDisabled = 0x000007D9;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRejected.</summary>
    public const uint Rejected = 0x000007EE;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecAmbiguousAlias.</summary>
    public const uint AmbiguousAlias = 0x0000089A;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecUnknownMailbox.</summary>
    public const uint UnknownMailbox = 0x0000089B;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpReserved.</summary>
    public const uint ExpressionReserved = 0x000008FC;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpParseDepth.</summary>
    public const uint ExpressionParseDepth = 0x000008FD;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpFuncArgType.</summary>
    public const uint ExpressionArgumentType = 0x000008FE;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpSyntax.</summary>
    public const uint ExpressionSyntax = 0x000008FF;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpBadStrToken.</summary>
    public const uint ExpressionBadStringToken = 0x00000900;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpBadColToken.</summary>
    public const uint ExpressionBadColToken = 0x00000901;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpTypeMismatch.</summary>
    public const uint ExpressionTypeMismatch = 0x00000902;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpOpNotSupported.</summary>
    public const uint ExpressionOperatorNotSupported = 0x00000903;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpDivByZero.</summary>
    public const uint ExpressionDivideByZero = 0x00000904;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecExpUnaryArgType.</summary>
    public const uint ExpressionUnaryArgument = 0x00000905;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotLocked.</summary>
    public const uint NotLocked = 0x00000960;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecClientEvent.</summary>
    public const uint ClientEvent = 0x00000961;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecCorruptEvent.</summary>
    public const uint CorruptEvent = 0x00000965;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecCorruptWatermark.</summary>
    public const uint CorruptWatermark = 0x00000966;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecEventError.</summary>
    public const uint EventError = 0x00000967;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecWatermarkError.</summary>
    public const uint WatermarkError = 0x00000968;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNonCanonicalACL.</summary>
    public const uint NonCanonicalACL = 0x00000969;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMailboxDisabled.</summary>
    public const uint MailboxDisabled = 0x0000096C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRulesFolderOverQuota.</summary>
    public const uint RulesFolderOverQuota = 0x0000096D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecADUnavailable.</summary>
    public const uint AddressBookUnavailable = 0x0000096E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecADError.</summary>
    public const uint AddressBookError = 0x0000096F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotEncrypted.</summary>
    public const uint NotEncrypted = 0x00000970;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecADNotFound.</summary>
    public const uint AddressBookObjectNotFound = 0x00000971;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecADPropertyError.</summary>
    public const uint AddressBookPropertyError = 0x00000972;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcServerTooBusy.</summary>
    public const uint RpcServerTooBusy = 0x00000973;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcOutOfMemory.</summary>
    public const uint RpcOutOfMemory = 0x00000974;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcServerOutOfMemory.</summary>
    public const uint RpcServerOutOfMemory = 0x00000975;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcOutOfResources.</summary>
    public const uint RpcOutOfResources = 0x00000976;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcServerUnavailable.</summary>
    public const uint RpcServerUnavailable = 0x00000977;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecSecureSubmitError.</summary>
    public const uint SecureSubmitError = 0x0000097A;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecEventsDeleted.</summary>
    public const uint EventsDeleted = 0x0000097C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecSubsystemStopping.</summary>
    public const uint SubsystemStopping = 0x0000097D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecSAUnavailable.</summary>
    public const uint AttendantUnavailable = 0x0000097E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecCiStopping.</summary>
    public const uint CIStopping = 0x00000A28;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFxInvalidState.</summary>
    public const uint FxInvalidState = 0x00000A29;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecFxUnexpectedMarker.</summary>
    public const uint FxUnexpectedMarker = 0x00000A2A;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDuplicateDelivery.</summary>
    public const uint DuplicateDelivery = 0x00000A2B;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecConditionViolation.</summary>
    public const uint ConditionViolation = 0x00000A2C;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMaxPoolExceeded.</summary>
    public const uint MaximumConnectionPoolsExceeded = 0x00000A2D;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecRpcInvalidHandle.</summary>
    public const uint InvalidRpcHandle = 0x00000A2E;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecEventNotFound.</summary>
    public const uint EventNotFound = 0x00000A2F;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecPropNotPromoted.</summary>
    public const uint PropertyNotPromoted = 0x00000A30;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecLowMdbSpace.</summary>
    public const uint LowFreeSpaceForDatabase = 0x00000A31;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecLowMdbLogSpace.</summary>
    public const uint LowFreeSpaceForLogs = 0x00000A32;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMailboxQuarantined.</summary>
    public const uint MailboxIsQuarantined = 0x00000A33;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMountInProgress.</summary>
    public const uint DatabaseMountInProgress = 0x00000A34;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecDismountInProgress.</summary>
    public const uint DatabaseDismountInProgress = 0x00000A35;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecMaxConnectionsExceeded.</summary>
    public const uint ConnectionsOverBudget = 0x00000A36;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecNotFoundInContainer.</summary>
    public const uint NotFoundInContainer = 0x00000A37;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecCannotRemove.</summary>
    public const uint CannotRemove = 0x00000A38;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecInvalidPool.</summary>
    public const uint InvalidConnectionPool = 0x00000A39;

    /// <summary>[MS-OXCDATA] 2.4.1; also ecVirusScannerError.</summary>
    public const uint VirusScanGeneralFailure = 0x00000A3A;

    // Property error codes ([MS-OXCDATA] 2.4.2).
    /// <summary>[MS-OXCDATA] 2.4.2. The property-error name of <see cref="OutOfMemory"/>; its alternate names are looked up there.</summary>
    public const uint NotEnoughMemory = 0x8007000E;

    /// <summary>[MS-OXCDATA] 2.4.2; also MAPI_E_BAD_VALUE, ecPropBadValue.</summary>
    public const uint BadValue = 0x80040301;

    /// <summary>[MS-OXCDATA] 2.4.2; also MAPI_E_INVALID_TYPE, ecInvalidType.</summary>
    public const uint InvalidType = 0x80040302;

    /// <summary>[MS-OXCDATA] 2.4.2; also MAPI_E_TYPE_NO_SUPPORT, ecTypeNotSupported.</summary>
    public const uint UnsupportedType = 0x80040303;

    /// <summary>[MS-OXCDATA] 2.4.2; also MAPI_E_UNEXPECTED_TYPE, ecPropType.</summary>
    public const uint UnexpectedType = 0x80040304;

    /// <summary>[MS-OXCDATA] 2.4.2; also MAPI_E_TOO_BIG, ecTooBig.</summary>
    public const uint TooBig = 0x80040305;

    /// <summary>[MS-OXCDATA] 2.4.2; also MAPI_E_DECLINE_COPY.</summary>
    public const uint DeclineCopy = 0x80040306;

    /// <summary>[MS-OXCDATA] 2.4.2; also MAPI_E_UNEXPECTED_ID.</summary>
    public const uint UnexpectedId = 0x80040307;

    // Warning codes ([MS-OXCDATA] 2.4.3).
    /// <summary>[MS-OXCDATA] 2.4.3; also MAPI_W_ERRORS_RETURNED, ecWarnWithErrors.</summary>
    public const uint ErrorsReturned = 0x00040380;

    /// <summary>[MS-OXCDATA] 2.4.3; also MAPI_W_POSITION_CHANGED, ecWarnPositionChanged.</summary>
    public const uint PositionChanged = 0x00040481;

    /// <summary>[MS-OXCDATA] 2.4.3; also MAPI_W_APPROX_COUNT, ecWarnApproxCount.</summary>
    public const uint ApproximateCount = 0x00040482;

    /// <summary>[MS-OXCDATA] 2.4.3; also MAPI_W_PARTIAL_COMPLETION, ecPartialCompletion.</summary>
    public const uint PartiallyComplete = 0x00040680;

    /// <summary>[MS-OXCDATA] 2.4.3; also SYNC_W_PROGRESS.</summary>
    public const uint SyncProgress = 0x00040820;

    /// <summary>[MS-OXCDATA] 2.4.3; also SYNC_W_CLIENT_CHANGE_NEWER.</summary>
    public const uint NewerClientChange = 0x00040821;

    /// <summary>[MS-OXCDATA] 2.4.3.</summary>
    public const uint UnbindSuccess = 0x00000001;

    /// <summary>[MS-OXCDATA] 2.4.3.</summary>
    public const uint UnbindFailure = 0x00000002;
}
