namespace Crm.Ingest.Handover;

public enum HandoverRefusal
{
    UnknownAgent,
    AlreadyLeft,
    UnknownTarget,
    TargetIsLeaver,
    TargetNotActive,
    EffectiveInFuture,
    EffectiveBeforeHistory,
    NoColleague,
}
