using System.Collections.Concurrent;
using AttBot.BotFramework.Connector;
using AttBot.Domain.Outreach;
using AttBot.Host.Outreach;
using AttBot.Host.Slack;
using AttBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Places;

/// <summary>
/// Who is in a shared conversation, read from the channel's own roster (Bot Connector pagedmembers, Slack
/// conversations.members), kept for <see cref="AudienceOptions.RosterCacheTime"/> and forgotten when Teams says members
/// joined or left. Roles are applied at every question, so a grant or revoke counts at once.
/// A roster that cannot be read is null: the caller then shows no restricted detail.
/// </summary>
public sealed class Rosters(RoleDirectory roles, IOptions<AudienceOptions> options, TimeProvider time, IServiceProvider services, ILogger<Rosters> logger,
    Data.Store.ProfileStore profiles)
{
    private const int PageSize = 500;

    private sealed record Member(string Id, string? AadObjectId);
    private sealed record Entry(IReadOnlyList<Member> Members, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<(string Channel, string Roster), Entry> _cache = new();
    private string? _slackBotUserId;

    /// <summary>The people of a Teams conversation (or team), each with their role.</summary>
    public Task<IReadOnlyList<Viewer>?> TeamsAsync(ConnectorClient connector, string channelId, string rosterId, CancellationToken cancellationToken) =>
        ReadAsync(channelId, rosterId, async ct =>
        {
            var members = new List<Member>();
            string? token = null;
            do
            {
                var page = await connector.GetConversationPagedMembersAsync(rosterId, PageSize, token, ct);
                var read = (page.Members ?? []).Where(m => m?.Id is { Length: > 0 }).ToList();
                members.AddRange(read.Select(m => new Member(m.Id!, m.AadObjectId)));
                if (members.Count > options.Value.MaxRosterMembers)
                    return null;
                RememberSignInNames(channelId, read);
                token = page.ContinuationToken is { Length: > 0 } next ? next : null;
            }
            while (token is not null);
            return members;
        }, cancellationToken);

    /// <summary>The people of a Slack channel, the bot itself left out.</summary>
    public Task<IReadOnlyList<Viewer>?> SlackAsync(string channel, CancellationToken cancellationToken) =>
        ReadAsync(SlackNoticeChannel.ChannelId, channel, async ct =>
        {
            var slack = services.GetRequiredService<SlackApiClient>();
            _slackBotUserId ??= await slack.BotUserIdAsync(ct);
            var ids = await slack.ConversationMembersAsync(channel, options.Value.MaxRosterMembers, ct);
            return ids?.Where(id => id != _slackBotUserId).Select(id => new Member(id, null)).ToList();
        }, cancellationToken);

    /// <summary>
    /// The roster is the one place Teams tells a member's sign-in name (userPrincipalName): kept with their profile, so a
    /// heads-up about their registration can link to a chat with them. Not awaited: an answer never waits on it.
    /// </summary>
    private void RememberSignInNames(string channelId, IEnumerable<BotFramework.Schema.ChannelAccount> members)
    {
        foreach (var member in members)
        {
            if (member.Properties?.TryGetValue("userPrincipalName", out var upn) == true && upn.ValueKind == System.Text.Json.JsonValueKind.String
                && upn.GetString() is { Length: > 0 and <= 256 } name && name.Contains('@'))
                profiles.SignInNameAsync(channelId, member.Id!, member.Name ?? "", name)
                    .ContinueWith(t => logger.LogWarning("A member's sign-in name was not kept: {Error}", t.Exception?.GetBaseException().GetType().Name),
                        CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    /// <summary>Members joined or left: the next question reads the roster again.</summary>
    public void Forget(string channelId, string rosterId) => _cache.TryRemove((channelId, rosterId), out _);

    private async Task<IReadOnlyList<Viewer>?> ReadAsync(string channelId, string rosterId, Func<CancellationToken, Task<List<Member>?>> read, CancellationToken cancellationToken)
    {
        var key = (channelId, rosterId);
        if (!_cache.TryGetValue(key, out var entry) || time.GetUtcNow() - entry.ReadAt >= options.Value.RosterCacheTime)
        {
            List<Member>? members;
            try
            {
                members = await read(cancellationToken);
            }
            catch (Exception ex) when (ex is ConnectorException or SlackApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("The member list of a {Channel} conversation could not be read ({Error}); answering without restricted detail", channelId, ex.GetType().Name);
                return null;
            }
            if (members is null)
                return null;
            entry = new Entry(members, time.GetUtcNow());
            _cache[key] = entry;
        }
        return entry.Members.Select(m => roles.ViewerOf(new Person(channelId, m.Id, m.AadObjectId, ""))).ToList();
    }
}
