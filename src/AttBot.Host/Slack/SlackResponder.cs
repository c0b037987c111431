using System.Text.Json.Nodes;
using AttBot.Slack.Payloads;
using AttBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Slack;

/// <summary>
/// Sends the answer to a command or a click: through its response_url when Slack gave one we trust, else as an
/// ephemeral message. Answers are ephemeral (only the person who asked sees them), as Slack does for slash commands.
/// A click with no channel (on the Home tab, or a global shortcut) is answered in the person's direct messages with
/// the app: chat.postMessage to their user id, which only they read.
/// </summary>
public sealed class SlackResponder(SlackApiClient slack, IOptions<SlackOptions> options)
{
    public Task AnswerAsync(string? responseUrl, string? channelId, string userId, JsonObject message, CancellationToken cancellationToken) =>
        IsTrusted(responseUrl) ? slack.RespondAsync(responseUrl!, With(message, replaceOriginal: false), cancellationToken)
        : channelId is null ? slack.PostMessageAsync(userId, message, threadTs: null, cancellationToken)
        : slack.PostEphemeralAsync(channelId, userId, message, cancellationToken);

    public Task AnswerAsync(SlackInteraction interaction, JsonObject message, CancellationToken cancellationToken) =>
        AnswerAsync(interaction.ResponseUrl, interaction.Channel?.Id, interaction.User!.Id!, message, cancellationToken);

    /// <summary>Replaces the message the button was on (a settled alert), for everyone who sees it.</summary>
    public Task ReplaceAsync(SlackInteraction interaction, JsonObject message, CancellationToken cancellationToken) =>
        IsTrusted(interaction.ResponseUrl)
            ? slack.RespondAsync(interaction.ResponseUrl!, With(message, replaceOriginal: true), cancellationToken)
            : slack.PostMessageAsync(interaction.Channel?.Id ?? interaction.User!.Id!, message, threadTs: null, cancellationToken);

    private static JsonObject With(JsonObject message, bool replaceOriginal)
    {
        var body = (JsonObject)message.DeepClone();
        if (replaceOriginal)
            body["replace_original"] = true;
        else
        {
            body["response_type"] = "ephemeral";
            body["replace_original"] = false;
        }
        return body;
    }

    /// <summary>
    /// Slack's response URLs live on hooks.slack.com (https). The request was signed, but the bot still posts nowhere
    /// else: besides Slack's hooks, only the host of the configured Web API (a Slack test double).
    /// </summary>
    private bool IsTrusted(string? responseUrl)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url))
            return false;
        if (url.Scheme == Uri.UriSchemeHttps && url.Host == "hooks.slack.com" && url.IsDefaultPort)
            return true;
        return Uri.TryCreate(options.Value.ApiBaseUrl, UriKind.Absolute, out var api)
            && url.Scheme == api.Scheme && url.Host == api.Host && url.Port == api.Port && api.Host != "slack.com";
    }
}
