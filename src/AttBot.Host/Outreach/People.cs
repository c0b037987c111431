using AttBot.Domain.Outreach;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>The person behind a message, as the channel identifies them.</summary>
public sealed record Person(string ChannelId, string UserId, string? AadObjectId, string DisplayName)
{
    public Organizer AsOrganizer => new(ChannelId, UserId, DisplayName);
    public AttBot.Domain.Audit.AuditActor AsActor => new(ChannelId, UserId, DisplayName);
}

/// <summary>Decides a person's role. Secretariat members are listed in configuration; everyone else is a stakeholder.</summary>
public sealed class RoleDirectory(IOptionsMonitor<RolesOptions> options)
{
    public Role RoleOf(Person person)
    {
        var secretariat = options.CurrentValue.Secretariat;
        var member = secretariat.Contains(person.UserId, StringComparer.OrdinalIgnoreCase)
            || (person.AadObjectId is { Length: > 0 } aad && secretariat.Contains(aad, StringComparer.OrdinalIgnoreCase));
        return member ? Role.Secretariat : Role.Stakeholder;
    }

    public Viewer ViewerOf(Person person) => new(person.ChannelId, person.UserId, RoleOf(person));
}
