namespace AttBot.Domain.Outreach;

/// <summary>Who registered an outreach: a person on a channel (Teams or Slack), with the name others see.</summary>
public sealed record Organizer(string ChannelId, string UserId, string DisplayName)
{
    /// <summary>Their Teams sign-in name (userPrincipalName), when a Teams roster told it: a chat link can then reach them.</summary>
    public string? Upn { get; init; }

    public bool IsSamePerson(Organizer other) => ChannelId == other.ChannelId && UserId == other.UserId;
}

/// <summary>One registered outreach activity.</summary>
public sealed record OutreachPlan
{
    public long Id { get; init; }
    /// <summary>The short id people quote: "OR-0042".</summary>
    public string PublicId => FormatId(Id);
    public required Organizer Organizer { get; init; }
    /// <summary>Who the organizer acts for: a state, a regional organization, an NGO, the Secretariat, the CSP Presidency.</summary>
    public required string Organization { get; init; }
    /// <summary>ISO 3166 alpha-3 codes of the states reached; a region is expanded to its non-parties at registration.</summary>
    public required IReadOnlyList<string> Countries { get; init; }
    /// <summary>The region the countries were expanded from, if the organizer named one.</summary>
    public string? Region { get; init; }
    public required OutreachKind Kind { get; init; }
    public required DateWindow Window { get; init; }
    public IReadOnlyList<OutreachTopic> Topics { get; init; } = [];
    public string? Partners { get; init; }
    public Visibility Visibility { get; init; } = Visibility.Shared;
    public string? Notes { get; init; }
    public OutreachState State { get; init; } = OutreachState.Planned;
    /// <summary>What the organizer found, shared afterwards.</summary>
    public string? Outcome { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsLive => State == OutreachState.Planned;

    public static string FormatId(long id) => $"OR-{id:0000}";

    /// <summary>Reads "OR-0042", "or-42" or "42" back into the numeric id.</summary>
    public static long? ParseId(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("OR-", StringComparison.OrdinalIgnoreCase))
            t = t[3..];
        else if (t.StartsWith("OR", StringComparison.OrdinalIgnoreCase))
            t = t[2..];
        return long.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }
}
