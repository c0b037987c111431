using System.Collections.Concurrent;
using AttBot.Domain.Commands;
using AttBot.Host.Outreach;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Slack;

/// <summary>
/// Slack people as the desk knows them: Slack sends only a user id (and a deprecated user name), so the name others
/// see comes from users.info, remembered per process.
/// </summary>
public sealed class SlackPeople(SlackApiClient slack, ILogger<SlackPeople> logger)
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _workspaces = new(StringComparer.Ordinal);

    /// <summary>The workspace a signed request came from for this user: a Secretariat entry names both (slack:T…/U…).</summary>
    public void SeenIn(string userId, string teamId)
    {
        if (_workspaces.Count < MaxRemembered || _workspaces.ContainsKey(userId))
            _workspaces[userId] = teamId;
    }

    /// <param name="fallbackName">The name in the request, used when users.info cannot answer (in time).</param>
    public async Task<Person> PersonAsync(string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        if (!_names.TryGetValue(userId, out var name))
        {
            try
            {
                name = await slack.DisplayNameAsync(userId, cancellationToken);
                if (name is not null && _names.Count < MaxRemembered)
                    _names[userId] = name;
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("users.info for {User} failed, using the name in the request: {Error}", userId, ex.Message);
            }
        }
        return new Person(SlackNoticeChannel.ChannelId, userId, null, FreeText.Clean(name ?? (fallbackName is { Length: > 0 } f ? f : "Slack user")))
        {
            Workspace = _workspaces.GetValueOrDefault(userId),
        };
    }

    /// <summary>The person as far as ids go, for what needs no name (their remembered organization).</summary>
    public static Person ById(string userId) => new(SlackNoticeChannel.ChannelId, userId, null, "Slack user");
}
