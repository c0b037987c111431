using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Hosting;

public sealed class TurnQueueOptions
{
    /// <summary>Turns waiting per worker before the bot answers 429. Bounded so a flood cannot exhaust memory.</summary>
    public int CapacityPerWorker { get; set; } = 1_000;
    /// <summary>Turns running at once. Turns mostly wait on the Connector, so more than the core count pays.</summary>
    public int Workers { get; set; } = 32;
}

/// <summary>
/// The background queue that runs non-invoke turns after the channel has been answered. Turns of one conversation
/// always go to the same worker, so they run in the order they arrived (an uninstall never overtakes the install
/// before it); different conversations run in parallel.
/// </summary>
public sealed class TurnQueue : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>>[] _workers;
    private readonly ILogger<TurnQueue> _logger;

    public TurnQueue(IOptions<TurnQueueOptions> options, ILogger<TurnQueue> logger)
    {
        _logger = logger;
        _workers = Enumerable.Range(0, Math.Max(1, options.Value.Workers))
            .Select(_ => Channel.CreateBounded<Func<CancellationToken, Task>>(new BoundedChannelOptions(Math.Max(1, options.Value.CapacityPerWorker))
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            }))
            .ToArray();
    }

    /// <summary>Queues a turn behind earlier turns with the same key (the conversation); false when that lane is full.</summary>
    public bool TryEnqueue(string orderingKey, Func<CancellationToken, Task> work)
    {
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(orderingKey) % (uint)_workers.Length);
        return _workers[lane].Writer.TryWrite(work);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_workers.Select(w => Task.Run(() => WorkAsync(w.Reader, stoppingToken), stoppingToken)));

    private async Task WorkAsync(ChannelReader<Func<CancellationToken, Task>> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await work(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    _logger.LogError(ex, "A queued turn failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
