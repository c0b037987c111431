using System.Collections.Concurrent;
using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using AttBot.Host.Countries;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>The person behind a message, as the channel identifies them.</summary>
public sealed record Person(string ChannelId, string UserId, string? AadObjectId, string DisplayName)
{
    /// <summary>Slack: the workspace (T…) the signed request came from; a Secretariat entry names it.</summary>
    public string? Workspace { get; init; }

    /// <summary>The language their client says it shows (Teams: the activity's locale; Slack: users.info), when known.</summary>
    public string? Locale { get; init; }

    public Organizer AsOrganizer => new(ChannelId, UserId, DisplayName);
    public AttBot.Domain.Audit.AuditActor AsActor => new(ChannelId, UserId, DisplayName);
}

/// <summary>
/// Decides a person's role: the Secretariat members listed in configuration (<c>Roles:Secretariat</c>, always), plus the
/// Secretariat members and regional champions granted in chat. Everyone else is a stakeholder.
/// </summary>
/// <remarks>
/// Every turn asks, so the grants are held in memory: reloaded when this process grants or revokes, when another
/// instance does (on PostgreSQL, within a second: <see cref="Composition.StoreChangeListener"/>), and at the latest
/// after a minute, should a notification be lost.
/// </remarks>
public sealed class RoleDirectory(IOptionsMonitor<RolesOptions> options, RoleStore store, CountryDirectory directory, TimeProvider time)
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);

    private sealed record Held(bool Secretariat, IReadOnlySet<string> ChampionedStates);
    private sealed record Snapshot(IReadOnlyDictionary<(string, string), Held> ByPerson, IReadOnlyList<RoleGrant> Grants, DateTimeOffset LoadedAt, int Version);

    private volatile Snapshot? _snapshot;
    // Raised by every grant or revoke: a load that began before it is stale even if it finishes after.
    private int _version;

    private sealed record Configured(List<string> Source, IReadOnlyList<SecretariatEntry> Entries);
    private volatile Configured? _configured;
    // (channel, user id) of people an entry has matched on their own channel: so that a notice addressed to them by
    // user id alone (an alert, a digest) is rendered for the Secretariat member they are.
    private readonly ConcurrentDictionary<(string ChannelId, string UserId), string> _recognized = new();

    /// <summary>The Roles:Secretariat entries, read once per configuration (refused at startup when one cannot be read).</summary>
    public IReadOnlyList<SecretariatEntry> ConfiguredSecretariat
    {
        get
        {
            var source = options.CurrentValue.Secretariat;
            var configured = _configured;
            if (configured is null || !ReferenceEquals(configured.Source, source))
            {
                _recognized.Clear();
                configured = new Configured(source, source.Select(e => SecretariatEntry.Parse(e).Entry).OfType<SecretariatEntry>().ToList());
                _configured = configured;
            }
            return configured.Entries;
        }
    }

    /// <summary>Listed in configuration: Secretariat whatever is granted or revoked in chat, on the entry's channel only.</summary>
    public bool IsConfiguredSecretariat(Person person)
    {
        var entries = ConfiguredSecretariat;
        if (entries.Count == 0)
            return false;
        foreach (var entry in entries)
        {
            if (entry.Matches(person))
            {
                _recognized[(person.ChannelId, person.UserId)] = entry.ToString();
                return true;
            }
        }
        // A person known by user id alone (the recipient of an alert or digest) is the member an entry matched on that
        // channel; a person who brings their own channel identity (an object id, a workspace) is judged by it alone.
        return person.AadObjectId is null && person.Workspace is null && _recognized.ContainsKey((person.ChannelId, person.UserId));
    }

    /// <summary>A person named by channel and user id (a grant's target) whom a configuration entry has matched.</summary>
    public bool IsConfiguredSecretariat(string channelId, string userId) =>
        ConfiguredSecretariat.Count > 0 && (_recognized.ContainsKey((channelId, userId))
            || ConfiguredSecretariat.Any(e => e.ChannelId == SecretariatEntry.Slack && channelId == SecretariatEntry.Slack && e.Id == userId));

    /// <summary>The user id an entry was last matched to, when it has been (to show a name beside the entry).</summary>
    public (string ChannelId, string UserId)? UserOf(SecretariatEntry entry)
    {
        var written = entry.ToString();
        foreach (var (key, value) in _recognized)
        {
            if (value == written)
                return key;
        }
        return entry.ChannelId == SecretariatEntry.Slack ? (entry.ChannelId, entry.Id) : null;
    }

    public Role RoleOf(Person person) => ViewerOf(person).Role;

    public Viewer ViewerOf(Person person)
    {
        var held = Current().ByPerson.GetValueOrDefault((person.ChannelId, person.UserId));
        var role = IsConfiguredSecretariat(person) || held?.Secretariat == true ? Role.Secretariat
            : held is { ChampionedStates.Count: > 0 } ? Role.Champion
            : Role.Stakeholder;
        return held is null
            ? new Viewer(person.ChannelId, person.UserId, role)
            : new Viewer(person.ChannelId, person.UserId, role) { ChampionedStates = held.ChampionedStates };
    }

    /// <summary>The regional champions of any of these states (ISO3), to tell them of a new registration there.</summary>
    public IReadOnlyList<(string ChannelId, string UserId)> ChampionsOf(IReadOnlyCollection<string> states) =>
        Current().ByPerson.Where(p => p.Value.ChampionedStates.Count > 0 && states.Any(p.Value.ChampionedStates.Contains))
            .Select(p => p.Key).ToList();

    /// <summary>The regions (or regional groups) the person was made champion of, in the order granted.</summary>
    public IReadOnlyList<string> ChampionedRegions(Person person) => Current().Grants
        .Where(g => g.Role == Role.Champion && g.Region is not null && g.ChannelId == person.ChannelId && g.UserId == person.UserId)
        .OrderBy(g => g.GrantedAt).Select(g => g.Region!).ToList();

    /// <summary>The roles granted in chat, as last loaded.</summary>
    public IReadOnlyList<RoleGrant> Grants => Current().Grants;

    /// <summary>A grant or revoke was stored: read the roles again before the next question.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    private Snapshot Current()
    {
        var version = Volatile.Read(ref _version);
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.Version == version && time.GetUtcNow() - snapshot.LoadedAt < RefreshAfter)
            return snapshot;
        var grants = store.All();
        var byPerson = grants.GroupBy(g => (g.ChannelId, g.UserId)).ToDictionary(g => g.Key, g => new Held(
            g.Any(r => r.Role == Role.Secretariat),
            g.Where(r => r.Role == Role.Champion && r.Region is not null)
                .SelectMany(r => directory.Regions.Find(r.Region!)?.Countries ?? [])
                .Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal)));
        snapshot = new Snapshot(byPerson, grants, time.GetUtcNow(), version);
        _snapshot = snapshot;
        return snapshot;
    }
}
