using System.Net;
using System.Text.Json;
using AttBot.BotFramework.Builder;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Hosting;
using AttBot.BotFramework.Schema;
using AttBot.Data.Store;
using AttBot.Host.Outreach;

namespace AttBot.Host.Bots;

/// <summary>
/// Answers meant for the asker alone, asked where others read along (a group chat, a team channel): sent to the
/// asker's 1:1 chat with the bot, and the shared place is told so in one short line.
/// </summary>
public sealed class OneToOne(ProfileStore profiles, ConversationStore conversations, CloudAdapter adapter)
{
    /// <summary>Sends the answer privately and says so where it was asked; or asks the person to write to the bot directly.</summary>
    /// <param name="language">The asker's language: the line is said to them.</param>
    public async Task AnswerAsync(TurnContext turn, Person asker, Activity answer, Domain.Language.Language language, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(asker, answer, cancellationToken);
        var line = Domain.Commands.CommandSentences.ForYouAlone(sent, language);
        if (turn.Activity.Type == ActivityTypes.Invoke)
            turn.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Message(line));
        else
            await turn.SendActivityAsync(Conversations.AdaptiveCardRenderer.Text(line), cancellationToken);
    }

    /// <summary>Sends to the asker's 1:1 chat when the bot knows it; false when it does not, or the chat is gone.</summary>
    public async Task<bool> SendAsync(Person asker, Activity answer, CancellationToken cancellationToken)
    {
        if ((await profiles.FindLatestAsync(asker.ChannelId, asker.UserId))?.PersonalConversationId is not { } personal
            || conversations.Find(asker.ChannelId, personal) is not { } stored)
            return false;
        var reference = JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, BotJson.Options)!;
        try
        {
            await adapter.ContinueConversationAsync(reference, stored.ServiceUrlTrusted, (turn, ct) => turn.SendActivityAsync(answer, ct), cancellationToken);
            return true;
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return false; // the 1:1 chat was closed or the bot removed from it
        }
    }
}
