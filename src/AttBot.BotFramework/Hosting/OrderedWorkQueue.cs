using Microsoft.Extensions.Logging;

namespace AttBot.BotFramework.Hosting;

/// <summary>
/// Work kept in order per key (a conversation, a Slack user), with no key ever waiting behind another. Each key with
/// work has its own chain: one piece at a time, in arrival order; a chain exists only while it has work. Chains share
/// nothing but two bounds: how much may wait in all (memory), and how many pieces run at once (a semaphore that a
/// chain holds only while one of its pieces runs, so a hanging conversation holds one slot, never a lane of others).
/// </summary>
public sealed class OrderedWorkQueue(int capacity, int capacityPerKey, int maxRunning, ILogger logger)
{
    private readonly Dictionary<string, Queue<Func<CancellationToken, Task>>> _chains = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _running = new(Math.Max(1, maxRunning));
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pending;
    private bool _stopped;

    /// <summary>Queued and running pieces, all keys together.</summary>
    public int Pending
    {
        get { lock (_gate) return _pending; }
    }

    /// <summary>Queues <paramref name="work"/> behind earlier work with the same key; false when the queue or that key's chain is full.</summary>
    public bool TryEnqueue(string key, Func<CancellationToken, Task> work)
    {
        Queue<Func<CancellationToken, Task>> chain;
        bool startChain;
        lock (_gate)
        {
            if (_stopped || _pending >= Math.Max(1, capacity))
                return false;
            startChain = !_chains.TryGetValue(key, out chain!);
            if (startChain)
                _chains[key] = chain = new Queue<Func<CancellationToken, Task>>();
            else if (chain.Count >= Math.Max(1, capacityPerKey))
                return false;
            chain.Enqueue(work);
            _pending++;
        }
        if (startChain)
            _ = Task.Run(() => RunChainAsync(key, chain));
        return true;
    }

    private async Task RunChainAsync(string key, Queue<Func<CancellationToken, Task>> chain)
    {
        while (true)
        {
            Func<CancellationToken, Task> work;
            lock (_gate)
            {
                if (!chain.TryDequeue(out work!))
                {
                    // Empty: the chain ends here; work for this key that arrives later starts a new one.
                    _chains.Remove(key);
                    return;
                }
            }
            try
            {
                await _running.WaitAsync(_stopping.Token);
                try
                {
                    await work(_stopping.Token);
                }
                finally
                {
                    _running.Release();
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Queued work failed");
            }
            finally
            {
                lock (_gate)
                {
                    if (--_pending == 0 && _stopped)
                        _drained.TrySetResult();
                }
            }
        }
    }

    /// <summary>Takes nothing new, cancels what runs, and waits (at most until <paramref name="cancellationToken"/>) for it to end.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _stopped = true;
            if (_pending == 0)
                _drained.TrySetResult();
        }
        await _stopping.CancelAsync();
        await _drained.Task.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
