using System.Text;
using System.Text.Json;
using AttBot.Cards.BlockKit;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Slack.Listeners;
using AttBot.Slack.Payloads;
using AttBot.Slack.WebApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Slack;

/// <summary>
/// The Slack side of the durable inbox: a slash command, a typed message (direct message or mention) or a button click
/// that changes data is journaled, with its raw request body, before Slack gets its ack, and marked finished after its
/// work; at start, what a crash left unfinished is run again through its listener. What changes data is decided here,
/// from <see cref="CommandEffects"/> for text and from the action id for buttons. (Modal submissions are stored before
/// their ack already.)
/// </summary>
public sealed class SlackInbox(InboxStore inbox, SlackListeners listeners, SlackWorkQueue queue, SlackPeople people, IOptions<SlackOptions> options,
    IOptions<Outreach.OutreachOptions> instance, Inbox.InboxOrder order, ILogger<SlackInbox> logger) : IHostedService
{
    private const string CommandPrefix = "slack|command|";
    private const string EventPrefix = "slack|event|";
    private const string ActionPrefix = "slack|action|";

    /// <summary>The key to journal this command under: its trigger id; null when it changes nothing (or cannot be keyed).</summary>
    public static string? KeyFor(SlashCommand command) =>
        command.TriggerId is { Length: > 0 } trigger && SlackTypedCommand.Of(command).ChangesData() ? CommandPrefix + trigger : null;

    /// <summary>
    /// The key to journal a typed message under: Slack's event_id, which its retries of the same event carry too, so a
    /// retry is recognized as a redelivery. Null when it is no command to the bot, or one that changes nothing.
    /// </summary>
    public static string? KeyFor(SlackEventEnvelope envelope) =>
        envelope.EventId is { Length: > 0 } eventId && SlackTypedCommand.Of(envelope)?.ChangesData() == true ? EventPrefix + eventId : null;

    /// <summary>
    /// The key to journal a button click under; null when the button changes nothing. Interactions have no event_id and
    /// Slack does not retry them; what can arrive twice is the same click sent again, which carries the same person,
    /// action_ts and action_id, so that is the key (the one slack_deliveries uses for clicks). trigger_id would be unique
    /// too, but Slack documents it as a short-lived token for opening a modal, not as the click's identity.
    /// </summary>
    public static string? KeyFor(SlackInteraction interaction, SlackAction action) =>
        interaction.User?.Id is { Length: > 0 } user && action.ActionTs is { Length: > 0 } ts && action.ActionId is { } id && ChangesData(action)
            ? $"{ActionPrefix}{user}|{ts}|{id}" : null;

    /// <summary>
    /// Which buttons change data: settling a conflict, and a command button whose command does (apply or discard an
    /// import). A status button only reads, and the registration button only opens the form, whose submission is stored
    /// before its ack.
    /// </summary>
    public static bool ChangesData(SlackAction action) => SlackListeners.KeyOf(action.ActionId ?? "") switch
    {
        SlackActions.Coordinated or SlackActions.NotAConflict => true,
        SlackActions.Command => SlackTypedCommand.Of(action).ChangesData(),
        _ => false,
    };

    /// <summary>Journals the request body; completes once it is stored. False when it was journaled before: a redelivery.</summary>
    public Task<bool> RecordAsync(string key, string personKey, byte[] body) =>
        inbox.RecordAsync(InboxStore.Slack, key, personKey, Encoding.UTF8.GetString(body), instance.Value.ClaimantId);

    /// <summary>Nothing is left to do for it (the person was asked to slow down).</summary>
    public Task FinishAsync(string key) => inbox.FinishAsync(key);

    /// <summary>It was refused after all (the bot said it was too busy): the person sends it again.</summary>
    public Task ForgetAsync(string key) => inbox.ForgetAsync(key);

    /// <summary>
    /// The work, after the same person's earlier requests (on any instance), then the mark that it is done; a shutdown in
    /// the middle leaves it for the next start.
    /// </summary>
    public Func<CancellationToken, Task> Finishing(string key, Func<CancellationToken, Task> work) => async cancellationToken =>
    {
        await order.WaitForEarlierAsync(key, cancellationToken);
        await work(cancellationToken);
        if (!cancellationToken.IsCancellationRequested)
            await inbox.FinishAsync(key);
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Resume(atStart: true);
        return Task.CompletedTask;
    }

    /// <summary>Runs what another instance took in and left unfinished longer than the inbox lease (it died).</summary>
    public void TakeOverAbandoned() => Resume(atStart: false);

    private void Resume(bool atStart)
    {
        if (!options.Value.IsEnabled)
            return;
        foreach (var entry in inbox.TakeOver(InboxStore.Slack, instance.Value.ClaimantId, instance.Value.InboxLease, atStart))
        {
            if (Resume(entry) is not { } later)
            {
                logger.LogError("Journaled Slack request {Key} cannot be run again and is skipped", entry.SourceKey);
                _ = inbox.FinishAsync(entry.SourceKey);
                continue;
            }
            logger.LogWarning(atStart ? "Resuming the Slack request {Key} that a restart interrupted"
                : "Taking over the Slack request {Key} that another instance left unfinished", entry.SourceKey);
            // Beside the person's queue, not behind it: what waits there waits for this one (see CloudAdapter.TakenOver).
            var orderingKey = atStart ? entry.OrderingKey : entry.OrderingKey + BotFramework.Hosting.CloudAdapter.TakenOver;
            if (!queue.TryEnqueue(orderingKey, $"resumed {entry.SourceKey}", Finishing(entry.SourceKey, later)))
                logger.LogError("Journaled Slack request {Key} could not be queued; it is tried at the next start", entry.SourceKey);
        }
    }

    /// <summary>
    /// The request rebuilt from its journaled body and handed to its listener, marked as resumed (it was let in and taken
    /// in before the crash); the work to do, or null when it cannot be read or run again.
    /// </summary>
    private Func<CancellationToken, Task>? Resume(InboxEntry entry)
    {
        try
        {
            if (entry.SourceKey.StartsWith(CommandPrefix, StringComparison.Ordinal)
                && SlashCommand.FromForm(QueryHelpers.ParseQuery(entry.Payload)) is { } command
                && listeners.FindCommand(command.Command) is { } onCommand)
            {
                // The workspace is remembered per process, and a Secretariat member is named by workspace and user:
                // told again, as the request's arrival told it.
                people.SeenIn(command.UserId, command.TeamId);
                return onCommand(command with { Resumed = true }).Later;
            }
            if (entry.SourceKey.StartsWith(EventPrefix, StringComparison.Ordinal)
                && JsonSerializer.Deserialize<SlackEventEnvelope>(entry.Payload, SlackJson.Options) is { Event: { } e } envelope
                && listeners.FindEvent(e.Type) is { } onEvent)
            {
                people.SeenIn(e.User, envelope.TeamId);
                return onEvent(envelope with { Resumed = true }).Later;
            }
            if (entry.SourceKey.StartsWith(ActionPrefix, StringComparison.Ordinal)
                && SlackInteractionReader.Parse(QueryHelpers.ParseQuery(entry.Payload).GetValueOrDefault("payload").ToString()) is { Actions: [var action, ..] } interaction
                && listeners.FindAction(action.ActionId) is { } onAction)
            {
                people.SeenIn(interaction.User?.Id, interaction.Team?.Id ?? interaction.User?.TeamId);
                return onAction(interaction with { Resumed = true }, action).Later;
            }
        }
        catch (Exception ex)
        {
            // Skipped rather than failing every start on it.
            logger.LogError(ex, "Journaled Slack request {Key} cannot be read or its listener failed", entry.SourceKey);
        }
        return null;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
