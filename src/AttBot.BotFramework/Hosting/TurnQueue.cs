using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Hosting;

public sealed class TurnQueueOptions
{
    /// <summary>Turns waiting in all lanes together before the bot answers 429. Bounded so a flood cannot exhaust memory.</summary>
    public int Capacity { get; set; } = 10_000;
    /// <summary>Turns waiting in one lane (one busy conversation) before the bot answers 429.</summary>
    public int CapacityPerWorker { get; set; } = 1_000;
    /// <summary>
    /// Turns running at once, one lane each. Turns mostly wait on the Connector, so many more than the core count pays,
    /// and with many lanes two busy conversations rarely share one (measured: 256 lanes cut p99 by half against 32).
    /// </summary>
    public int Workers { get; set; } = 256;
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
    private readonly int _capacity;
    private int _waiting;

    public TurnQueue(IOptions<TurnQueueOptions> options, ILogger<TurnQueue> logger)
    {
        _logger = logger;
        _capacity = Math.Max(1, options.Value.Capacity);
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
        if (Interlocked.Increment(ref _waiting) > _capacity)
        {
            Interlocked.Decrement(ref _waiting);
            return false;
        }
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(orderingKey) % (uint)_workers.Length);
        if (_workers[lane].Writer.TryWrite(work))
            return true;
        Interlocked.Decrement(ref _waiting);
        return false;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_workers.Select(w => Task.Run(() => WorkAsync(w.Reader, stoppingToken), stoppingToken)));

    private async Task WorkAsync(ChannelReader<Func<CancellationToken, Task>> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in reader.ReadAllAsync(stoppingToken))
            {
                Interlocked.Decrement(ref _waiting);
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
