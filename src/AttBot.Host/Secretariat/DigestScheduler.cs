using Microsoft.Extensions.Options;

namespace AttBot.Host.Secretariat;

/// <summary>
/// Looks at the schedule every minute: queues the weekly digest and the findings reminders when they are due. The pause
/// between looks is measured on the bot's clock (<see cref="TimeProvider"/>), the one the schedule itself is read from.
/// </summary>
public sealed class DigestScheduler(DigestDesk digests, Outreach.OutboxSignal outbox, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (digests.SendDueDigest() | digests.SendDueReminders() > 0)
                    outbox.Notify();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The digest schedule could not be checked; trying again at the next tick");
            }
            try
            {
                await Task.Delay(options.Value.CheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
