using AttBot.Host.Limits;
using Microsoft.Extensions.Options;

namespace AttBot.Functional.Tests;

/// <summary>The token bucket itself, on a clock the test turns: burst, refill, told once, per person.</summary>
public sealed class UserRateLimiterTests
{
    private sealed class TurnedClock : TimeProvider
    {
        public long Ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Ticks;
        public void Advance(TimeSpan by) => Ticks += by.Ticks;
    }

    private static (UserRateLimiter Limiter, TurnedClock Clock) Limiter(int perMinute, int burst)
    {
        var clock = new TurnedClock();
        return (new UserRateLimiter(Options.Create(new RateLimitOptions { MessagesPerMinute = perMinute, Burst = burst }), clock), clock);
    }

    [Fact]
    public void A_burst_passes_then_the_person_is_told_once_and_ignored_until_the_bucket_refills()
    {
        var (limiter, clock) = Limiter(perMinute: 6, burst: 2);

        Assert.Equal(UserRateLimiter.Verdict.Allowed, limiter.Check("msteams", "ana"));
        Assert.Equal(UserRateLimiter.Verdict.Allowed, limiter.Check("msteams", "ana"));
        Assert.Equal(UserRateLimiter.Verdict.TellOnce, limiter.Check("msteams", "ana"));
        Assert.Equal(UserRateLimiter.Verdict.Ignore, limiter.Check("msteams", "ana"));
        Assert.Equal(UserRateLimiter.Verdict.Allowed, limiter.Check("slack", "ana")); // another channel's ana is another person

        clock.Advance(TimeSpan.FromSeconds(9)); // 6 a minute: one turn every 10 s
        Assert.Equal(UserRateLimiter.Verdict.Ignore, limiter.Check("msteams", "ana"));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(UserRateLimiter.Verdict.Allowed, limiter.Check("msteams", "ana"));
        Assert.Equal(UserRateLimiter.Verdict.TellOnce, limiter.Check("msteams", "ana")); // told again after an allowed turn
    }

    [Fact]
    public void A_long_pause_refills_no_more_than_the_burst()
    {
        var (limiter, clock) = Limiter(perMinute: 60, burst: 3);
        Assert.Equal(UserRateLimiter.Verdict.Allowed, limiter.Check("msteams", "ben"));
        clock.Advance(TimeSpan.FromHours(1)); // 3,600 turns' worth of time, but the bucket holds 3

        var verdicts = Enumerable.Range(0, 5).Select(_ => limiter.Check("msteams", "ben")).ToList();

        Assert.Equal(3, verdicts.Count(v => v == UserRateLimiter.Verdict.Allowed));
    }

    [Fact]
    public void Zero_a_minute_turns_the_limit_off()
    {
        var (limiter, _) = Limiter(perMinute: 0, burst: 1);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(UserRateLimiter.Verdict.Allowed, limiter.Check("msteams", "cat")));
    }
}
