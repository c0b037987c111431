using Microsoft.Extensions.Hosting;

namespace AttBot.BotFramework.Hosting;

/// <summary>
/// At start, before the server takes requests, queues every turn that was acknowledged and never finished (a crash,
/// a kill): each is processed once and its answer sent, in its conversation's order ahead of anything new.
/// </summary>
public sealed class JournalReplay(CloudAdapter adapter) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        adapter.ResumeJournaledTurns();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
