using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using AttBot.Host.Countries;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>The person behind a message, as the channel identifies them.</summary>
public sealed record Person(string ChannelId, string UserId, string? AadObjectId, string DisplayName)
{
    public Organizer AsOrganizer => new(ChannelId, UserId, DisplayName);
    public AttBot.Domain.Audit.AuditActor AsActor => new(ChannelId, UserId, DisplayName);
}

/// <summary>
/// Decides a person's role: the Secretariat members listed in configuration (<c>Roles:Secretariat</c>, always), plus the
/// Secretariat members and regional champions granted in chat. Everyone else is a stakeholder.
/// </summary>
/// <remarks>
/// Every turn asks, so the grants are held in memory: reloaded when this process grants or revokes, and at most a
/// minute after another instance does.
/// </remarks>
public sealed class RoleDirectory(IOptionsMonitor<RolesOptions> options, RoleStore store, CountryDirectory directory, TimeProvider time)
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);

    private sealed record Held(bool Secretariat, IReadOnlySet<string> ChampionedStates);
    private sealed record Snapshot(IReadOnlyDictionary<(string, string), Held> ByPerson, IReadOnlyList<RoleGrant> Grants, DateTimeOffset LoadedAt, int Version);

    private volatile Snapshot? _snapshot;
    // Raised by every grant or revoke: a load that began before it is stale even if it finishes after.
    private int _version;

    /// <summary>Listed in configuration: Secretariat whatever is granted or revoked in chat.</summary>
    public bool IsConfiguredSecretariat(string userId, string? aadObjectId = null)
    {
        var secretariat = options.CurrentValue.Secretariat;
        return secretariat.Contains(userId, StringComparer.OrdinalIgnoreCase)
            || (aadObjectId is { Length: > 0 } aad && secretariat.Contains(aad, StringComparer.OrdinalIgnoreCase));
    }

    public IReadOnlyList<string> ConfiguredSecretariat => options.CurrentValue.Secretariat;

    public Role RoleOf(Person person) => ViewerOf(person).Role;

    public Viewer ViewerOf(Person person)
    {
        var held = Current().ByPerson.GetValueOrDefault((person.ChannelId, person.UserId));
        var role = IsConfiguredSecretariat(person.UserId, person.AadObjectId) || held?.Secretariat == true ? Role.Secretariat
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
