using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

public sealed partial class WorkflowRunner
{
    // A line in the history for something the system decided about the instance without moving it
    // (a lawyer assigned by a rule): done by the system, with its reason in both languages, in the
    // caller's unit of work. It takes a sequence number like a step, so it conflicts with a concurrent one.
    public WorkflowHistoryEntry Remark(DbContext db, WorkflowInstance instance, string trigger, LocalizedText reason) =>
        Remark(db, instance, Actor.System, trigger, reason);

    // The same, done by a person (a lawyer reminding the requester): the history names them.
    public WorkflowHistoryEntry Remark(DbContext db, WorkflowInstance instance, Actor by, string trigger, LocalizedText reason)
    {
        var now = time.GetUtcNow();
        instance.Touch(now);
        var entry = new WorkflowHistoryEntry(instance, by, trigger, instance.State, reason.En, null, now, reason);
        db.Add(entry);
        return entry;
    }
}
