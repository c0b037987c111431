using AttBot.Domain.Outreach;

namespace AttBot.Host.Outreach;

/// <summary>The "Outreach" configuration section.</summary>
public sealed class OutreachOptions
{
    /// <summary>Registrations for the same state within this many days of each other conflict (work plan default: 30).</summary>
    public int ConflictWindowDays { get; set; } = ConflictRule.DefaultWindowDays;
    /// <summary>How far ahead the status card counts planned outreach.</summary>
    public int StatusLookaheadDays { get; set; } = 90;
    /// <summary>How far back "outreach &lt;state&gt;" shows recent (done or past) activity.</summary>
    public int RecentDays { get; set; } = 90;
    /// <summary>First wait before an undelivered heads-up or alert is tried again; doubled each time, up to 10 minutes.</summary>
    public TimeSpan OutboxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How often the outbox is checked when nothing signals new messages.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>
    /// How long a claimed message is this instance's to send. A crashed instance gives its claims back when it starts
    /// again; another instance waits out the lease of a dead one. Longer than a delivery takes, short enough to recover.
    /// </summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// With several instances on one store: how long a request another instance took in (durable inbox) may stay
    /// unfinished before this one takes it over. Longer than a turn takes, short enough that a crash delays, never loses.
    /// </summary>
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// With several instances on one store: how long a change waits for the same conversation's earlier changes
    /// running on another instance, before it runs anyway (and says so in the log).
    /// </summary>
    public TimeSpan InboxOrderWait { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>This instance's name on its outbox claims and inbox entries; empty: the machine's name. Give each instance on one machine its own.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>The name this instance claims outbox messages and takes inbox entries under.</summary>
    public string ClaimantId => InstanceId is { Length: > 0 } id ? id : Environment.MachineName;
}

/// <summary>The "Roles" configuration section: who belongs to the Secretariat (until roles are managed in chat).</summary>
public sealed class RolesOptions
{
    /// <summary>ATT Secretariat members, each bound to its channel: "msteams:&lt;Entra object id&gt;" or "slack:&lt;workspace&gt;/&lt;user&gt;" (<see cref="SecretariatEntry"/>).</summary>
    public List<string> Secretariat { get; set; } = [];
}
