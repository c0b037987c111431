using System.Text;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Slack.Listeners;
using AttBot.Slack.Payloads;
using AttBot.Slack.WebApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Slack;

/// <summary>
/// The Slack side of the durable inbox: a slash command that changes data (<see cref="CommandEffects"/>) is journaled,
/// keyed by its trigger id, before Slack gets its ack, and marked finished after its work; at start, what a crash left
/// unfinished is run again through its listener. (Modal submissions are stored before their ack already; typed messages
/// and buttons are not journaled yet, see the README.)
/// </summary>
public sealed class SlackInbox(InboxStore inbox, SlackListeners listeners, SlackWorkQueue queue, IOptions<SlackOptions> options, ILogger<SlackInbox> logger) : IHostedService
{
    private const string CommandPrefix = "slack|command|";

    /// <summary>The key to journal this command under; null when it changes nothing (or cannot be keyed).</summary>
    public static string? KeyFor(SlashCommand command) =>
        command.TriggerId is { Length: > 0 } trigger && CommandParser.Parse(command.Text).ChangesData() ? CommandPrefix + trigger : null;

    /// <summary>Journals the command's request body; completes once it is stored.</summary>
    public Task RecordAsync(string key, string personKey, byte[] body) =>
        inbox.RecordAsync(InboxStore.Slack, key, personKey, Encoding.UTF8.GetString(body));

    /// <summary>Nothing is left to do for it (the person was asked to slow down).</summary>
    public Task FinishAsync(string key) => inbox.FinishAsync(key);

    /// <summary>It was refused after all (the bot said it was too busy): the person sends it again.</summary>
    public Task ForgetAsync(string key) => inbox.ForgetAsync(key);

    /// <summary>The work, then the mark that it is done; a shutdown in the middle leaves it for the next start.</summary>
    public Func<CancellationToken, Task> Finishing(string key, Func<CancellationToken, Task> work) => async cancellationToken =>
    {
        await work(cancellationToken);
        if (!cancellationToken.IsCancellationRequested)
            await inbox.FinishAsync(key);
    };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
            return Task.CompletedTask;
        foreach (var entry in inbox.Unfinished(InboxStore.Slack))
        {
            var command = entry.SourceKey.StartsWith(CommandPrefix, StringComparison.Ordinal)
                ? SlashCommand.FromForm(QueryHelpers.ParseQuery(entry.Payload)) : null;
            var listener = command is null ? null : listeners.FindCommand(command.Command);
            if (command is null || listener is null || listener(command).Later is not { } later)
            {
                logger.LogError("Journaled Slack request {Key} cannot be run again and is skipped", entry.SourceKey);
                _ = inbox.FinishAsync(entry.SourceKey);
                continue;
            }
            logger.LogWarning("Resuming the Slack command {Key} that a restart interrupted", entry.SourceKey);
            if (!queue.TryEnqueue(entry.OrderingKey, $"resumed {entry.SourceKey}", Finishing(entry.SourceKey, later)))
                logger.LogError("Journaled Slack request {Key} could not be queued; it is tried at the next start", entry.SourceKey);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
