namespace AttBot.Data.Tests;

/// <summary>A clock the test moves: what the store stamps as "now".</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
