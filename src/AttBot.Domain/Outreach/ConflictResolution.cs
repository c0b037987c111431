namespace AttBot.Domain.Outreach;

/// <summary>How the Secretariat settled a conflict.</summary>
public enum ConflictResolution { Coordinated, NotAConflict }

/// <summary>A conflict as recorded: its id, and once settled, how, by whom and when.</summary>
public sealed record RecordedConflict(long Id, Conflict Conflict, ConflictResolution? Resolution, string? ResolvedBy, DateTimeOffset? ResolvedAt)
{
    /// <summary>When a move took the two plans apart: no longer a possible duplication, settled or not.</summary>
    public DateTimeOffset? EndedAt { get; init; }
}
