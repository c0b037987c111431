using AttBot.Data.Store;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Secretariat;

/// <summary>
/// Deletes expired export files on a timer (Exports:SweepInterval): a file holds restricted registrations, so it
/// leaves the database soon after its link stops working, not whenever the next export happens to be made.
/// </summary>
public sealed class ExportSweeper(ReportStore reports, IOptions<ExportOptions> options, ILogger<ExportSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval > TimeSpan.Zero ? options.Value.SweepInterval : TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (reports.DeleteExpiredExports() is > 0 and var deleted)
                    logger.LogInformation("Deleted {Count} expired export file(s)", deleted);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Expired export files could not be deleted; trying again at the next tick");
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
