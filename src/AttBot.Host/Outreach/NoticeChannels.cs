using System.Net;
using System.Text.Json;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Hosting;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Data.Store;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Host.Bots;
using AttBot.Domain.Places;

namespace AttBot.Host.Outreach;

/// <summary>How outbox messages reach one channel (Teams, Slack). The outbox and its guarantees are the same for all.</summary>
public interface INoticeChannel
{
    /// <summary>True for the outbox rows whose channel_id this channel delivers.</summary>
    bool Delivers(string channelId);

    /// <summary>Sends the notice; throws <see cref="NoticeUndeliverableException"/> when retrying cannot help.</summary>
    Task SendAsync(OutboxMessage message, Notice notice, CancellationToken cancellationToken);
}

/// <summary>The recipient blocked or removed the bot, or the conversation is gone: the message is given up, not retried.</summary>
public sealed class NoticeUndeliverableException(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>Teams and every other Bot Framework channel: a proactive message through the Connector to the stored conversation reference.</summary>
public sealed class BotFrameworkNoticeChannel(ConversationStore conversations, OutreachDesk desk, CloudAdapter adapter, Places.Readers readers) : INoticeChannel
{
    public bool Delivers(string channelId) => channelId != Slack.SlackNoticeChannel.ChannelId;

    public async Task SendAsync(OutboxMessage message, Notice notice, CancellationToken cancellationToken)
    {
        var stored = conversations.Find(message.ChannelId, message.ConversationId)
            ?? throw new NoticeUndeliverableException("The bot has no reference to that conversation.");
        var reference = JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, BotJson.Options)!;
        var recipient = desk.ViewerOf(new Person(message.ChannelId, message.ViewerUserId ?? "", null, ""));
        try
        {
            await adapter.ContinueConversationAsync(reference, stored.ServiceUrlTrusted, async (turn, ct) =>
            {
                // Alerts, change alerts and digests go to a subscribed conversation: written for whoever is in it now, so a member who
                // joined since the subscription makes them anonymous from then on.
                var readersNow = message.Kind is NoticeKind.Alert or NoticeKind.Digest or NoticeKind.ChangeAlert
                    ? await readers.OfStoredAsync(turn, stored.ConversationType, reference.User?.Id, ct)
                    : recipient;
                var (card, summary) = Render(message, notice, recipient, readersNow);
                await turn.SendActivityAsync(Conversations.AdaptiveCardRenderer.Card(card, summary), ct);
            }, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            throw new NoticeUndeliverableException(ex.Message, ex); // blocked, uninstalled or gone
        }
    }

    private (System.Text.Json.Nodes.JsonObject Card, string Summary) Render(OutboxMessage message, Notice notice, Viewer recipient, Viewer readersNow)
    {
        var language = notice.Language;
        var names = desk.CountryNameIn(language);
        return notice switch
        {
            Notice.OfConflict { Conflict: var conflict } when message.Kind == NoticeKind.Alert =>
                (OutreachCards.ConflictAlert(Audience.Redacted(conflict, readersNow), names, language), AlertWords.Summary(language)),
            Notice.OfConflict { Conflict: var conflict } headsUp =>
                (OutreachCards.ConflictHeadsUp(conflict.Conflict, recipient, names, headsUp.Also, language), NoticeWords.HeadsUpSummary(language)),
            Notice.OfChange { Change: var change } =>
                (OutreachCards.ChangeNotice(change, readersNow, names, language), OutreachCards.ChangeWords(change, readersNow, names, language: language).Heading),
            Notice.ForChampion { Plan: var plan } =>
                (OutreachCards.ChampionNote(plan, recipient, names, language), NoticeWords.InYourRegion(plan.PublicId, language)),
            Notice.WeeklyDigest { Digest: var digest } =>
                (ReportCards.Digest(Audience.Redacted(digest, readersNow), names, language), DigestWords.Title(language)),
            Notice.FindingsReminder { Plan: var plan } =>
                (OutreachCards.FindingsReminder(plan, names, language), NoticeWords.ReminderSummary(plan.PublicId, language)),
            _ => throw new InvalidOperationException("Unknown notice."),
        };
    }
}
