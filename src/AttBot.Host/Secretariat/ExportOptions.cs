namespace AttBot.Host.Secretariat;

/// <summary>Configuration section "Exports": where download links point and how long they work.</summary>
public sealed class ExportOptions
{
    /// <summary>The bot's address as chat clients reach it (the host of /api/messages); download links start with it.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>How long a download link works. Short: the files hold restricted registrations.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The most registrations in one file; more asks for a narrower filter.</summary>
    public int MaxRows { get; set; } = 20_000;

    /// <summary>How often expired files are deleted from the store (they hold restricted registrations).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
