using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Hosting;

public sealed class TurnQueueOptions
{
    /// <summary>Turns waiting or running, all conversations together, before the bot answers 429. Bounded so a flood cannot exhaust memory.</summary>
    public int Capacity { get; set; } = 10_000;
    /// <summary>Turns waiting in one conversation before the bot answers 429 for it.</summary>
    public int CapacityPerConversation { get; set; } = 1_000;
    /// <summary>
    /// Turns running at once, across conversations. Turns mostly wait on the Connector, so many more than the core count
    /// pays; a conversation runs one turn at a time, so a hanging one holds a single slot.
    /// </summary>
    public int Workers { get; set; } = 256;
}

/// <summary>
/// The background queue that runs non-invoke turns after the channel has been answered. Turns of one conversation run
/// one after another in the order they arrived (an uninstall never overtakes the install before it); different
/// conversations never wait behind each other (<see cref="OrderedWorkQueue"/>): a Connector hanging for one
/// conversation delays only that conversation.
/// </summary>
public sealed class TurnQueue(IOptions<TurnQueueOptions> options, ILogger<TurnQueue> logger) : IHostedService
{
    private readonly OrderedWorkQueue _work = new(options.Value.Capacity, options.Value.CapacityPerConversation, options.Value.Workers, logger);

    /// <summary>Queues a turn behind earlier turns with the same key (the conversation); false when the queue or that conversation is full.</summary>
    public bool TryEnqueue(string orderingKey, Func<CancellationToken, Task> work) => _work.TryEnqueue(orderingKey, work);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _work.StopAsync(cancellationToken);
}
