using System.Diagnostics;
using AttBot.Data.Schema;
using AttBot.Data.Store;
using AttBot.Host.Outreach;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Inbox;

/// <summary>
/// A conversation's changes happen in the order they came in, also when a load balancer spreads its requests over
/// several instances: a journaled request waits until the same conversation's earlier ones (by their place in the
/// inbox) are finished, wherever they run. Read-only requests are not journaled and do not wait: they change nothing.
/// </summary>
/// <remarks>
/// One process on a SQLite file needs none of it: its one queue per conversation runs them in order already, and the
/// check is skipped. The wait is bounded (<see cref="OutreachOptions.InboxOrderWait"/>): an earlier request held by a
/// dead instance is taken over only after the inbox lease, and the later one does not hold its conversation that long.
/// </remarks>
public sealed class InboxOrder(InboxStore inbox, StoreConnections connections, IOptions<OutreachOptions> options, ILogger<InboxOrder> logger)
{
    // Short against a person's typing, long against the query it repeats.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    public async Task WaitForEarlierAsync(string sourceKey, CancellationToken cancellationToken)
    {
        if (!connections.SharedByInstances)
            return;
        var waited = Stopwatch.StartNew();
        while (inbox.EarlierUnfinished(sourceKey))
        {
            if (waited.Elapsed >= options.Value.InboxOrderWait)
            {
                logger.LogWarning("Request {SourceKey} runs before an earlier change of its conversation that another instance has not finished", sourceKey);
                return;
            }
            await Task.Delay(Pause, cancellationToken);
        }
    }
}
