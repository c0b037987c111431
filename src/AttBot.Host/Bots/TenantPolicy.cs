using System.Text.Json;
using AttBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Bots;

/// <summary>The "Bot:AllowedTenants" setting: the Microsoft 365 tenants the bot serves. Empty = every tenant.</summary>
public sealed class TenantOptions
{
    public List<string> AllowedTenants { get; set; } = [];
}

/// <summary>Decides whether an activity comes from a tenant the bot serves; activities from others are refused and not stored.</summary>
public sealed class TenantPolicy(IOptionsMonitor<TenantOptions> options)
{
    public bool Allows(Activity activity)
    {
        var allowed = options.CurrentValue.AllowedTenants;
        if (allowed.Count == 0)
            return true;
        var tenant = TenantOf(activity);
        return tenant is not null && allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Teams puts the tenant in conversation.tenantId and in channelData.tenant.id.</summary>
    public static string? TenantOf(Activity activity)
    {
        if (activity.Conversation?.TenantId is { Length: > 0 } tenant)
            return tenant;
        return activity.ChannelData?["tenant"]?["id"] is { } id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null;
    }
}
