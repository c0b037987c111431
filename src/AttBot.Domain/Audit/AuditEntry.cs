namespace AttBot.Domain.Audit;

/// <summary>Who did something: the person and the channel they did it through.</summary>
public sealed record AuditActor(string ChannelId, string UserId, string Name);

/// <summary>One line of the audit trail: who, when, what, to which record, and the values before and after (JSON).</summary>
public sealed record AuditEntry(
    DateTimeOffset At, AuditActor Actor, string Action, string SubjectKind, string SubjectId, string? Country, string? Before, string? After);
