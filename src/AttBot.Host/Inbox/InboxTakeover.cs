using AttBot.BotFramework.Hosting;
using AttBot.Data.Schema;
using AttBot.Host.Outreach;
using AttBot.Host.Slack;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Inbox;

/// <summary>
/// With several instances on one store: takes over, every quarter of the inbox lease, the acknowledged requests that
/// a dead instance left unfinished (Teams turns and Slack requests alike), so that they are answered without waiting
/// for that instance to start again. On a SQLite file there is no other instance, and this does nothing.
/// </summary>
public sealed class InboxTakeover(CloudAdapter adapter, SlackInbox slack, StoreConnections connections, IOptions<OutreachOptions> options,
    ILogger<InboxTakeover> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!connections.SharedByInstances)
            return;
        var every = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(250).Ticks, options.Value.InboxLease.Ticks / 4));
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                adapter.ResumeJournaledTurns(atStart: false);
                slack.TakeOverAbandoned();
            }
            catch (Exception ex)
            {
                // The store may be unreachable a moment: the next tick tries again, and nothing is lost meanwhile.
                logger.LogError(ex, "Could not look for requests another instance left unfinished");
            }
        }
    }
}
