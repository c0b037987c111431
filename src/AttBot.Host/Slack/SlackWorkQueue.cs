using AttBot.BotFramework.Hosting;
using AttBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Slack;

/// <summary>
/// The work Slack requests cause after their acknowledgement: Slack waits 3 seconds for the ack, so the HTTP answer
/// goes at once and the answer to the person follows through response_url or chat.postMessage. Work is kept in order
/// per person (workspace and user), and no person's work waits behind another's (<see cref="OrderedWorkQueue"/>).
/// </summary>
public sealed class SlackWorkQueue(IOptions<SlackOptions> options, ILogger<SlackWorkQueue> logger) : IHostedService
{
    private const int Capacity = 10_000;
    private const int MaxRunning = 256;
    private readonly OrderedWorkQueue _work = new(Capacity, Math.Clamp(options.Value.WaitingPerPerson, 1, Capacity), MaxRunning, logger);

    /// <summary>False when the queue is full: the bot is overloaded.</summary>
    /// <param name="orderingKey">Whose work it is: one person's requests are handled in the order they came.</param>
    public bool TryEnqueue(string orderingKey, string what, Func<CancellationToken, Task> work) =>
        _work.TryEnqueue(orderingKey, async cancellationToken =>
        {
            try
            {
                await work(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Slack work failed: {What}", what);
            }
        });

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _work.StopAsync(cancellationToken);
}
