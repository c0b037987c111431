using System.Collections.Concurrent;

namespace AttBot.Host.Memory;

/// <summary>
/// What the process remembers per person or per conversation to spare the store a write or a read (a name last stored,
/// a conversation reference already saved): the most recent entries only. When an organization installs the app,
/// thousands of people write for the first time within minutes; remembering every one of them for the life of the
/// process would grow without end and make every garbage collection slower.
/// </summary>
/// <remarks>
/// Two generations: entries go into the current one; when it holds <c>capacity</c> entries it becomes the previous one
/// and the older previous one is dropped whole. An entry found only in the previous generation moves back to the
/// current one, so whoever keeps writing stays remembered. Between <c>capacity</c> and twice that many are kept, and no
/// operation takes a lock over the whole table (ConcurrentDictionary.Count would). Forgetting costs only a repeated
/// write or read, never a wrong answer: callers use this as a hint, the store stays the truth.
/// </remarks>
public sealed class RecentMemory<TKey, TValue> where TKey : notnull
{
    private readonly int _capacity;
    private readonly object _turnover = new();
    private volatile ConcurrentDictionary<TKey, TValue> _current = new();
    private volatile ConcurrentDictionary<TKey, TValue> _previous = new();
    private int _added;

    public RecentMemory(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_current.TryGetValue(key, out value!))
            return true;
        if (!_previous.TryGetValue(key, out value!))
            return false;
        Set(key, value);
        return true;
    }

    public void Set(TKey key, TValue value)
    {
        var current = _current;
        if (!current.TryAdd(key, value))
        {
            current[key] = value;
            return;
        }
        if (Interlocked.Increment(ref _added) >= _capacity)
            TurnOver(current);
    }

    /// <summary>Forgets the entry if it still holds <paramref name="value"/> (a write that failed: the next turn tries again).</summary>
    public void Forget(TKey key, TValue value)
    {
        var entry = KeyValuePair.Create(key, value);
        _current.TryRemove(entry);
        _previous.TryRemove(entry);
    }

    public void Forget(TKey key)
    {
        _current.TryRemove(key, out _);
        _previous.TryRemove(key, out _);
    }

    /// <summary>Forgets everything (what the store holds changed in ways not known one by one).</summary>
    public void Clear()
    {
        _current.Clear();
        _previous.Clear();
    }

    private void TurnOver(ConcurrentDictionary<TKey, TValue> full)
    {
        lock (_turnover)
        {
            if (!ReferenceEquals(_current, full))
                return;
            _previous = full;
            _current = new ConcurrentDictionary<TKey, TValue>();
            Volatile.Write(ref _added, 0);
        }
    }
}
