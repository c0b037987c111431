namespace AttBot.Host.Secretariat;

/// <summary>Configuration section "Digest": the weekly digest to subscribed Secretariat conversations, and findings reminders.</summary>
public sealed class DigestOptions
{
    /// <summary>Off: no digest and no reminders (the benchmark turns them off; it measures registrations).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Day of the week the digest goes out (UTC).</summary>
    public string Day { get; set; } = "Monday";

    /// <summary>Time of day the digest goes out, HH:mm UTC.</summary>
    public string Time { get; set; } = "08:00";

    /// <summary>Organizers are reminded to record findings this many days after their window ends.</summary>
    public int ReminderDaysAfter { get; set; } = Domain.Reports.Reminders.DefaultDaysAfter;

    /// <summary>Windows that ended longer ago than this (before the reminder day) get no reminder: no flood after a long outage or an import.</summary>
    public int ReminderLookbackDays { get; set; } = 14;

    /// <summary>How often the schedule is looked at.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
