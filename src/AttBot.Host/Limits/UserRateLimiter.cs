using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Limits;

/// <summary>The "Bot:RateLimit" configuration section.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Messages and card clicks one person may send per minute, on average. 0 turns the limit off.</summary>
    public int MessagesPerMinute { get; set; } = 30;
    /// <summary>How many may come at once before the average applies: a person pasting a few commands is not throttled.</summary>
    public int Burst { get; set; } = 10;
}

/// <summary>
/// Per-person rate limit, keyed by channel and user id so every channel shares it: a token bucket per person. A person
/// over the limit is told once, then ignored until a turn is allowed again, so a flood never becomes a flood of replies.
/// </summary>
public sealed class UserRateLimiter : IDisposable
{
    public const string Notice = "You're sending messages faster than I can answer them. Please wait a few seconds and try again.";

    private readonly PartitionedRateLimiter<(string, string)>? _limiter;
    // People told about the limit since their last allowed turn.
    private readonly ConcurrentDictionary<(string, string), byte> _told = new();

    public UserRateLimiter(IOptions<RateLimitOptions> options)
    {
        var (perMinute, burst) = (options.Value.MessagesPerMinute, Math.Max(1, options.Value.Burst));
        if (perMinute <= 0)
            return;
        // Whole tokens each period: below one a second, one token per 60/perMinute seconds; above, per second.
        var (tokens, period) = perMinute >= 60
            ? (perMinute / 60, TimeSpan.FromSeconds(1))
            : (1, TimeSpan.FromSeconds(60.0 / perMinute));
        _limiter = PartitionedRateLimiter.Create<(string, string), (string, string)>(key => RateLimitPartition.GetTokenBucketLimiter(key,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(burst, tokens),
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public enum Verdict { Allowed, TellOnce, Ignore }

    /// <summary>Takes one turn from the person's allowance.</summary>
    public Verdict Check(string channelId, string userId)
    {
        if (_limiter is null)
            return Verdict.Allowed;
        using var lease = _limiter.AttemptAcquire((channelId, userId));
        if (lease.IsAcquired)
        {
            _told.TryRemove((channelId, userId), out _);
            return Verdict.Allowed;
        }
        return _told.TryAdd((channelId, userId), 0) ? Verdict.TellOnce : Verdict.Ignore;
    }

    public void Dispose() => _limiter?.Dispose();
}
