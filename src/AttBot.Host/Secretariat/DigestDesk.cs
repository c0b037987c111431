using System.Globalization;
using AttBot.Data.Store;
using AttBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Secretariat;

/// <summary>
/// The weekly digest and the findings reminders: when they are due, claiming them once (whatever the number of
/// instances or restarts: the store's unique keys decide), and what a digest says when it is delivered.
/// </summary>
public sealed class DigestDesk(ReportStore reports, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestDesk> logger)
{
    private const string Prefix = "digest ";

    public DigestSchedule Schedule { get; } = DigestSchedule.Parse(options.Value.Day, options.Value.Time) is { Schedule: { } s }
        ? s
        : throw new InvalidOperationException($"Digest:Day and Digest:Time must be a day of the week and HH:mm: {DigestSchedule.Parse(options.Value.Day, options.Value.Time).Problem}");

    /// <summary>Claims and queues this week's digest if its time has come and nobody has yet; true when it did.</summary>
    public bool SendDueDigest()
    {
        var due = Schedule.LatestDue(time.GetUtcNow());
        var period = Period(due);
        if (!reports.ClaimDigest(period))
            return false;
        logger.LogInformation("Weekly digest {Period} queued for the subscribed conversations", period);
        return true;
    }

    /// <summary>Queues reminders for plans that ended <see cref="DigestOptions.ReminderDaysAfter"/> days ago or a little more.</summary>
    public int SendDueReminders()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var latestEnd = today.AddDays(-options.Value.ReminderDaysAfter);
        var queued = reports.ClaimReminders(latestEnd.AddDays(-options.Value.ReminderLookbackDays), latestEnd, limit: 500);
        if (queued > 0)
            logger.LogInformation("{Count} findings reminders queued", queued);
        return queued;
    }

    /// <summary>The digest of a claimed period, as of now (it is built when delivered, so a late delivery is current).</summary>
    public Digest? ContentOf(string period)
    {
        if (!DateOnly.TryParseExact(period, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return null;
        var week = new Domain.Outreach.DateWindow(day.AddDays(-7), day.AddDays(-1));
        return reports.Digest(week, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), options.Value.ReminderDaysAfter);
    }

    /// <summary>"2026-11-23": the outbox subject and claim key of the digest sent at <paramref name="due"/>.</summary>
    private static string Period(DateTimeOffset due) => DigestSchedule.PeriodKey(due)[Prefix.Length..];
}
