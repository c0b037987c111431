using AttBot.Data.Store;
using AttBot.Host.Memory;

namespace AttBot.Host.Outreach;

/// <summary>
/// Who each person is, as the channels last showed them, and whom they act for: kept at hand so that a message or a
/// registration costs no profile round trip.
/// </summary>
public sealed class PeopleDesk(ProfileStore profiles)
{
    /// <summary>People whose name and organization are kept at hand: beyond it, the least recent are read or written again.</summary>
    public const int RememberedPeople = 50_000;

    // Per process: what each person was last seen as, and who they act for, as last read or written.
    private readonly RecentMemory<(string, string), (string Name, string? Personal, string? Locale)> _seen = new(RememberedPeople);
    private readonly RecentMemory<(string, string), string?> _organizations = new(RememberedPeople);

    public string? OrganizationOf(Person person)
    {
        var key = (person.ChannelId, person.UserId);
        if (_organizations.TryGetValue(key, out var organization))
            return organization;
        organization = profiles.Find(person.ChannelId, person.UserId)?.Organization;
        _organizations.Set(key, organization);
        return organization;
    }

    /// <summary>Remembers who the person is and, when they write 1:1, where to send them heads-ups.</summary>
    public void Seen(Person person, string? personalConversationId)
    {
        var key = (person.ChannelId, person.UserId);
        var locale = string.IsNullOrWhiteSpace(person.Locale) ? null : person.Locale.Trim();
        if (_seen.TryGetValue(key, out var known) && known.Name == person.DisplayName && (personalConversationId is null || known.Personal == personalConversationId)
            && (locale is null || known.Locale == locale))
            return;
        var remembered = (person.DisplayName, personalConversationId ?? known.Personal, locale ?? known.Locale);
        _seen.Set(key, remembered);
        // Not awaited: nothing in this turn reads it back outside the store writer, which commits it before any
        // registration queued after it. When the write fails, the next message writes it again.
        profiles.SeenAsync(person.ChannelId, person.UserId, person.DisplayName, personalConversationId, locale)
            .ContinueWith(_ => _seen.Forget(key, remembered), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    public void SetOrganization(Person person, string organization)
    {
        organization = organization.Trim();
        if (OrganizationOf(person) == organization)
            return;
        profiles.SetOrganization(person.ChannelId, person.UserId, person.DisplayName, organization);
        _organizations.Set((person.ChannelId, person.UserId), organization);
    }

    /// <param name="sourceKey">The channel's id of the activity that asked: the same activity never registers twice.</param>
    /// <param name="language">The language the asker reads the rules' problems in.</param>

    /// <summary>
    /// A profile changed, maybe on another instance (or, with no person, changes may have been missed): its organization
    /// is read again. What a person was last seen as stays: it only spares a write, and forgetting it on this instance's
    /// own notifications would make every message write the profile again.
    /// </summary>
    public void ProfileChanged((string ChannelId, string UserId)? person)
    {
        if (person is { } key)
            _organizations.Forget(key);
        else
            _organizations.Clear();
    }
}
