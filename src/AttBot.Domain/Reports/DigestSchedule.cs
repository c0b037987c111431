using System.Globalization;

namespace AttBot.Domain.Reports;

/// <summary>
/// When the weekly digest goes out: a day of the week and a time of day, in UTC. A digest covers the week before its
/// send time and is keyed by that time's date, so that whoever sends it first (another instance, the same one after a
/// restart) claims the key and nobody sends it again.
/// </summary>
public sealed record DigestSchedule(DayOfWeek Day, TimeOnly Time)
{
    /// <summary>The latest scheduled send time at or before <paramref name="now"/>.</summary>
    public DateTimeOffset LatestDue(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var today = DateOnly.FromDateTime(utc.UtcDateTime);
        var daysBack = ((int)today.DayOfWeek - (int)Day + 7) % 7;
        var candidate = new DateTimeOffset(today.AddDays(-daysBack).ToDateTime(Time), TimeSpan.Zero);
        return candidate <= utc ? candidate : candidate.AddDays(-7);
    }

    /// <summary>The next scheduled send time after <paramref name="now"/>.</summary>
    public DateTimeOffset NextDue(DateTimeOffset now) => LatestDue(now).AddDays(7);

    /// <summary>"digest 2026-11-23": the key a send claims.</summary>
    public static string PeriodKey(DateTimeOffset due) => "digest " + due.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads "Monday 08:00" style settings; null with the reason when they are not a day and a time.</summary>
    public static (DigestSchedule? Schedule, string? Problem) Parse(string day, string time)
    {
        if (!Enum.TryParse<DayOfWeek>(day.Trim(), ignoreCase: true, out var dayOfWeek) || !Enum.IsDefined(dayOfWeek) || day.Trim().All(char.IsDigit))
            return (null, $"“{day}” is not a day of the week (Monday … Sunday).");
        if (!TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return (null, $"“{time}” is not a time of day (HH:mm, UTC).");
        return (new DigestSchedule(dayOfWeek, at), null);
    }
}
