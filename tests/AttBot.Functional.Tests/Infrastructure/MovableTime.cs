using System.Collections.Concurrent;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>
/// The real clock, shifted by however far the test has moved it: time passes, and the test can jump ahead. It also counts
/// the waits the bot starts on it, by length: a loop that pauses on the bot's clock between rounds (the digest schedule)
/// shows that it finished a round each time it starts its pause.
/// </summary>
public sealed class MovableTime : TimeProvider
{
    private long _offsetTicks;
    private readonly ConcurrentDictionary<TimeSpan, int> _waits = new();

    public void MoveTo(DateTimeOffset when) => Interlocked.Exchange(ref _offsetTicks, (when - System.GetUtcNow()).Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>How many waits of <paramref name="length"/> the bot has started on this clock.</summary>
    public int WaitsOf(TimeSpan length) => _waits.GetValueOrDefault(length);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waits.AddOrUpdate(dueTime, 1, (_, n) => n + 1);
        return timer;
    }
}
