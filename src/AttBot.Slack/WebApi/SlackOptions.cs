namespace AttBot.Slack.WebApi;

/// <summary>The "Slack" configuration section.</summary>
public sealed class SlackOptions
{
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>The app's signing secret (Basic Information → App Credentials). Empty = Slack is off.</summary>
    public string SigningSecret { get; set; } = "";
    /// <summary>The bot user OAuth token, xoxb-…, sent as a bearer token to the Web API.</summary>
    public string BotToken { get; set; } = "";
    /// <summary>Where the Web API lives; changed only for tests.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The Slack workspaces (team ids, T…) the bot serves. Empty = every workspace that installed the app.</summary>
    public List<string> AllowedTeams { get; set; } = [];

    /// <summary>
    /// Requests one person may have waiting behind the one being answered; beyond it their next request is refused (a
    /// command or click with an apology, an event with a 503 so that Slack delivers it again).
    /// </summary>
    public int WaitingPerPerson { get; set; } = 1_000;

    public bool Serves(string? teamId) => AllowedTeams.Count == 0 || (teamId is not null && AllowedTeams.Contains(teamId, StringComparer.Ordinal));

    public bool IsEnabled => !string.IsNullOrEmpty(SigningSecret);
}
