using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API for one serviceUrl: the calls a bot makes to talk back to a channel.
/// Named after botbuilder's ConnectorClient / Conversations operations.
/// </summary>
public sealed class ConnectorClient(HttpClient http, Uri serviceUrl)
{
    public Uri ServiceUrl { get; } = serviceUrl;

    /// <summary>POST v3/conversations/{conversationId}/activities</summary>
    public Task<ResourceResponse?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, ActivitiesPath(activity, activityId: null), activity, cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities/{replyToId}</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, ActivitiesPath(activity, activity.ReplyToId ?? throw new ArgumentException("A reply needs replyToId.", nameof(activity))), activity, cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}</summary>
    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, ActivitiesPath(activity, activity.Id ?? throw new ArgumentException("An update needs the activity id.", nameof(activity))), activity, cancellationToken);

    /// <summary>
    /// GET v3/conversations/{conversationId}/pagedmembers: one page of the people in a conversation (a team's members for
    /// its channels). Pass the previous page's continuation token for the next one.
    /// </summary>
    public async Task<PagedMembersResult> GetConversationPagedMembersAsync(string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken = default)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/pagedmembers?pageSize={pageSize}"
            + (continuationToken is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuationToken)}");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, path));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new ConnectorException(response.StatusCode, HttpMethod.Get, request.RequestUri!, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return await response.Content.ReadFromJsonAsync<PagedMembersResult>(BotJson.Options, cancellationToken).ConfigureAwait(false) ?? new PagedMembersResult();
    }

    // Keep the serviceUrl's own path ("/_connector", "/amer/") and append ours to it.
    private Uri BaseUri => ServiceUrl.AbsoluteUri.EndsWith('/') ? ServiceUrl : new Uri(ServiceUrl.AbsoluteUri + "/");

    private static string ActivitiesPath(Activity activity, string? activityId)
    {
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
            throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return activityId is null ? path : $"{path}/{Uri.EscapeDataString(activityId)}";
    }

    private async Task<ResourceResponse?> SendAsync(HttpMethod method, string path, Activity activity, CancellationToken cancellationToken)
    {
        // Serialized once into an array of its exact size: the retry handler can send the same body again, and a turn
        // allocates no growing buffer for its reply.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
        using var request = new HttpRequestMessage(method, new Uri(BaseUri, path)) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new ConnectorException(response.StatusCode, method, request.RequestUri!, body);
        }
        if (response.Content.Headers.ContentLength == 0)
            return null;
        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // Some channels answer 200 with an empty or non-JSON body; the send still succeeded.
        }
    }
}
