namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>Waiting for what the bot does in the background (outbox deliveries, Slack answers), with a deadline.</summary>
public static class Eventually
{
    /// <summary>Waits until the condition holds; fails the test when it still does not after <paramref name="seconds"/>.</summary>
    public static async Task Holds(Func<bool> condition, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(50); // wait-ok: the poll interval of a bounded wait on the condition, not a wait standing in for it
        Assert.True(condition(), $"The expected condition did not hold within {seconds} s.");
    }

    /// <summary>
    /// The first recorded call that matches, waiting for new ones as <paramref name="arrived"/> signals them; a
    /// <see cref="TimeoutException"/> listing every call when none matches in time.
    /// </summary>
    public static async Task<T> FirstAsync<T>(Func<IReadOnlyList<T>> calls, Func<T, bool> match, SemaphoreSlim arrived, TimeSpan? timeout,
        string what, Func<T, string> describe)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (calls().FirstOrDefault(match) is { } call)
                return call;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"No matching {what} among: {string.Join("; ", calls().Select(describe))}");
            await arrived.WaitAsync(left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100));
        }
    }
}
