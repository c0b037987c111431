namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>The real clock, shifted by however far the test has moved it: time passes, and the test can jump ahead.</summary>
public sealed class MovableTime : TimeProvider
{
    private long _offsetTicks;

    public void MoveTo(DateTimeOffset when) => Interlocked.Exchange(ref _offsetTicks, (when - System.GetUtcNow()).Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
}
