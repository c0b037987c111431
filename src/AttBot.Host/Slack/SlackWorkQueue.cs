using System.Threading.Channels;

namespace AttBot.Host.Slack;

/// <summary>
/// The work Slack requests cause after their acknowledgement: Slack waits 3 seconds for the ack, so the HTTP answer
/// goes at once and the answer to the person follows through response_url or chat.postMessage.
/// </summary>
public sealed class SlackWorkQueue(ILogger<SlackWorkQueue> logger) : BackgroundService
{
    private const int Capacity = 10_000;
    private const int Workers = 16;
    private readonly Channel<(string What, Func<CancellationToken, Task> Work)> _queue =
        Channel.CreateBounded<(string, Func<CancellationToken, Task>)>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full: the bot is overloaded.</summary>
    public bool TryEnqueue(string what, Func<CancellationToken, Task> work) => _queue.Writer.TryWrite((what, work));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (what, work) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await work(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Slack work failed: {What}", what);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
