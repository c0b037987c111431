namespace AttBot.Host.Places;

/// <summary>Settings of the audience rule (section <c>Audience</c>).</summary>
public sealed class AudienceOptions
{
    /// <summary>How long a conversation's member list is trusted before it is read again (Teams also says when members change).</summary>
    public TimeSpan RosterCacheTime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A larger conversation is treated as readers of whom nothing is known: it sees no restricted detail.</summary>
    public int MaxRosterMembers { get; set; } = 5000;
}
