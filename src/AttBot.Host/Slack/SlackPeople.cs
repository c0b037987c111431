using AttBot.Domain.Commands;
using AttBot.Host.Memory;
using AttBot.Host.Outreach;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Slack;

/// <summary>
/// Slack people as the desk knows them: Slack sends only a user id (and a deprecated user name), so the name others
/// see comes from users.info, remembered per process.
/// </summary>
public sealed class SlackPeople(SlackApiClient slack, ILogger<SlackPeople> logger)
{
    private const int Remembered = 10_000;
    private readonly RecentMemory<string, (string? Name, string? Locale)> _names = new(Remembered);
    private readonly RecentMemory<string, string> _workspaces = new(Remembered);

    /// <summary>
    /// The workspace a signed (or journaled) request came from for this user: a Secretariat entry names both
    /// (slack:T…/U…). A request that names no user or no workspace tells nothing.
    /// </summary>
    public void SeenIn(string? userId, string? teamId)
    {
        if (userId is not { Length: > 0 } || teamId is not { Length: > 0 })
            return;
        if (!_workspaces.TryGetValue(userId, out var known) || known != teamId)
            _workspaces.Set(userId, teamId);
    }

    /// <param name="fallbackName">The name in the request, used when users.info cannot answer (in time).</param>
    public async Task<Person> PersonAsync(string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        if (!_names.TryGetValue(userId, out var known))
        {
            try
            {
                known = await slack.UserAsync(userId, cancellationToken);
                if (known.Name is not null)
                    _names.Set(userId, known);
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("users.info for {User} failed, using the name in the request: {Error}", userId, ex.Message);
            }
        }
        return new Person(SlackNoticeChannel.ChannelId, userId, null, FreeText.Clean(known.Name ?? (fallbackName is { Length: > 0 } f ? f : "Slack user")))
        {
            Workspace = _workspaces.TryGetValue(userId, out var workspace) ? workspace : null,
            Locale = known.Locale,
        };
    }

    /// <summary>The locale users.info last gave for the person in this process, without asking Slack: null if never asked.</summary>
    public string? KnownLocale(string userId) => _names.TryGetValue(userId, out var known) ? known.Locale : null;

    /// <summary>The person as far as ids go, for what needs no name (their remembered organization).</summary>
    public static Person ById(string userId) => new(SlackNoticeChannel.ChannelId, userId, null, "Slack user");
}
