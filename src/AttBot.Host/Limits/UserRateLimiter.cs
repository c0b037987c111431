using System.Collections.Concurrent;
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
/// <remarks>
/// Every turn passes through here, so it is kept cheap: one small bucket per person, refilled from the clock when it is
/// looked at (no timers), locked only for that person. System.Threading.RateLimiting's partitioned limiter took a
/// global lock and allocated a lease per turn: a fifth of the status benchmark's throughput (bench/README.md).
/// </remarks>
public sealed class UserRateLimiter
{
    // Buckets of people not heard from for this long are full again anyway: dropped when the table grows large.
    private const int PruneAbove = 10_000;

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string, string), Bucket> _buckets = new();
    private long _lastPrune;
    private readonly double _tokensPerSecond;
    private readonly double _capacity;
    private readonly TimeProvider _time;

    public UserRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
    {
        _time = time;
        _tokensPerSecond = options.Value.MessagesPerMinute / 60.0;
        _capacity = Math.Max(1, options.Value.Burst);
    }

    public enum Verdict { Allowed, TellOnce, Ignore }

    /// <summary>Takes one turn from the person's allowance.</summary>
    public Verdict Check(string channelId, string userId)
    {
        if (_tokensPerSecond <= 0)
            return Verdict.Allowed;
        var now = _time.GetTimestamp();
        var bucket = _buckets.GetOrAdd((channelId, userId), _ => new Bucket(_capacity, now));
        Verdict verdict;
        lock (bucket)
        {
            var seconds = _time.GetElapsedTime(bucket.Stamp, now).TotalSeconds;
            if (seconds > 0)
            {
                bucket.Tokens = Math.Min(_capacity, bucket.Tokens + seconds * _tokensPerSecond);
                bucket.Stamp = now;
            }
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                bucket.Told = false;
                verdict = Verdict.Allowed;
            }
            else
            {
                verdict = bucket.Told ? Verdict.Ignore : Verdict.TellOnce;
                bucket.Told = true;
            }
        }
        // The clock first: ConcurrentDictionary.Count takes every lock of the table, so it is asked once a minute, not per turn.
        var lastPrune = Interlocked.Read(ref _lastPrune);
        if (_time.GetElapsedTime(lastPrune, now) > PruneEvery && Interlocked.CompareExchange(ref _lastPrune, now, lastPrune) == lastPrune
            && _buckets.Count > PruneAbove)
            Prune(now);
        return verdict;
    }

    /// <summary>Forgets people whose bucket has refilled: they start full again, which is what they would have.</summary>
    private void Prune(long now)
    {
        var refill = TimeSpan.FromSeconds(_capacity / _tokensPerSecond);
        foreach (var (key, bucket) in _buckets)
            if (_time.GetElapsedTime(bucket.Stamp, now) > refill)
                _buckets.TryRemove(key, out _);
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        public double Tokens = tokens;
        public long Stamp = stamp;
        public bool Told;
    }
}
