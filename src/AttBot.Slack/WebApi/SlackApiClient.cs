using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.Slack.Payloads;
using Microsoft.Extensions.Options;

namespace AttBot.Slack.WebApi;

/// <summary>
/// The few Slack Web API methods AttBot calls, as JSON POSTs with the bot token. Slack reports most errors as HTTP 200
/// with <c>{"ok": false, "error": "…"}</c>: every answer is checked and a refusal throws <see cref="SlackApiException"/>.
/// A singleton: each call takes a client from the factory, so handlers are recycled and DNS changes are seen.
/// </summary>
public sealed class SlackApiClient(IHttpClientFactory httpClients, IOptions<SlackOptions> options)
{
    public const string HttpClientName = "slack";

    /// <summary>Posts a message; a user id as <paramref name="channel"/> posts in the app's direct message with that person.</summary>
    public Task<JsonObject> PostMessageAsync(string channel, JsonObject message, string? threadTs, CancellationToken cancellationToken)
    {
        var body = (JsonObject)message.DeepClone();
        body["channel"] = channel;
        if (threadTs is not null)
            body["thread_ts"] = threadTs;
        return CallAsync("chat.postMessage", body, cancellationToken);
    }

    /// <summary>A message only <paramref name="user"/> sees, in <paramref name="channel"/>.</summary>
    public Task<JsonObject> PostEphemeralAsync(string channel, string user, JsonObject message, CancellationToken cancellationToken)
    {
        var body = (JsonObject)message.DeepClone();
        body["channel"] = channel;
        body["user"] = user;
        return CallAsync("chat.postEphemeral", body, cancellationToken);
    }

    /// <summary>Opens a modal. The trigger id is valid for 3 seconds after the person's click or command, and once only.</summary>
    public Task<JsonObject> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    /// <summary>The name Slack shows for the person: display name, else real name, else the user name.</summary>
    /// <summary>views.publish: the person's Home tab (a view of type "home", at most 100 blocks).</summary>
    public Task<JsonObject> PublishHomeAsync(string user, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.publish", new JsonObject { ["user_id"] = user, ["view"] = view }, cancellationToken);

    /// <summary>users.info: the name others see, and the locale the person's Slack shows (include_locale, e.g. "fr-FR").</summary>
    public async Task<(string? Name, string? Locale)> UserAsync(string user, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("users.info", new JsonObject { ["user"] = user, ["include_locale"] = "true" }, cancellationToken, form: true);
        var profile = answer["user"]?["profile"];
        return (Text(profile?["display_name"]) ?? Text(profile?["real_name"]) ?? Text(answer["user"]?["real_name"]) ?? Text(answer["user"]?["name"]),
            Text(answer["user"]?["locale"]));
    }

    /// <summary>
    /// conversations.members: the user ids of everyone in a channel, page by page (at most <paramref name="maxMembers"/>;
    /// null when there are more, which callers treat as a roster they cannot know).
    /// </summary>
    public async Task<IReadOnlyList<string>?> ConversationMembersAsync(string channel, int maxMembers, CancellationToken cancellationToken)
    {
        var members = new List<string>();
        string? cursor = null;
        do
        {
            var query = new JsonObject { ["channel"] = channel, ["limit"] = 200 };
            if (cursor is not null)
                query["cursor"] = cursor;
            var answer = await CallAsync("conversations.members", query, cancellationToken, form: true);
            members.AddRange((answer["members"] as JsonArray ?? []).Select(Text).OfType<string>());
            if (members.Count > maxMembers)
                return null;
            cursor = Text(answer["response_metadata"]?["next_cursor"]);
        }
        while (cursor is not null);
        return members;
    }

    /// <summary>auth.test: the bot's own user id in the workspace (a member of every channel it posts in, and no reader).</summary>
    public async Task<string?> BotUserIdAsync(CancellationToken cancellationToken) =>
        Text((await CallAsync("auth.test", new JsonObject(), cancellationToken, form: true))["user_id"]);

    /// <summary>
    /// Answers through a response_url (slash commands and buttons; valid 30 minutes, 5 times). Not a Web API method:
    /// no token is sent, and Slack answers "ok" as text or JSON.
    /// </summary>
    public async Task RespondAsync(string responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = new StringContent(message.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json"),
        };
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}", response.StatusCode, text);
        if (text.TrimStart().StartsWith('{') && JsonNode.Parse(text) is JsonObject json && json["ok"]?.GetValueKind() == JsonValueKind.False)
            throw new SlackApiException("response_url", Text(json["error"]) ?? "unknown_error", response.StatusCode, text);
    }

    private async Task<JsonObject> CallAsync(string method, JsonObject body, CancellationToken cancellationToken, bool form = false)
    {
        var settings = options.Value;
        // users.info and conversations.members are read methods: Slack takes their arguments form-encoded, not as JSON.
        HttpContent content = form
            ? new FormUrlEncodedContent(body.Select(p => new KeyValuePair<string, string>(p.Key, p.Value!.ToString())))
            : new StringContent(body.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/"), method)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);

        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException(method, response.StatusCode == System.Net.HttpStatusCode.TooManyRequests ? "ratelimited" : $"http_{(int)response.StatusCode}", response.StatusCode, text);
        JsonObject? answer;
        try
        {
            answer = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            answer = null;
        }
        if (answer is null)
            throw new SlackApiException(method, "invalid_response", response.StatusCode, text);
        if (answer["ok"]?.GetValueKind() != JsonValueKind.True)
            throw new SlackApiException(method, Text(answer["error"]) ?? "unknown_error", response.StatusCode, text);
        return answer;
    }

    private static string? Text(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.String && node.GetValue<string>() is { Length: > 0 } s ? s : null;
}
