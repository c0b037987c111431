using System.Collections.Concurrent;
using System.Security.Cryptography;
using AttBot.Maps;

namespace AttBot.Host.Maps;

/// <summary>
/// The maps the bot has handed out, by the key in their address, each drawn at most once. A public map's key is its
/// content's fingerprint, so a changed status or a new plan gives a new address and a cached picture is never stale.
/// A Secretariat map (filtered by period or kind) gets a random key and a lifetime, since its content is not public.
/// </summary>
public sealed class MapGallery(TimeProvider time)
{
    private const int MaxMaps = 512;
    private static readonly TimeSpan FilteredLifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, Entry> _maps = new(StringComparer.Ordinal);

    private sealed record Entry(MapPicture Picture, DateTimeOffset? Expires, Lazy<byte[]> Png);

    /// <summary>Keeps a public-level map and returns its key (the same key for the same picture).</summary>
    public string Publish(MapPicture picture) => Keep(picture.Fingerprint(), picture, expires: null);

    /// <summary>Keeps a map only its asker may see, under a key nobody can derive from its content.</summary>
    public string PublishPrivate(MapPicture picture) =>
        Keep(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), picture, time.GetUtcNow() + FilteredLifetime);

    /// <summary>The PNG behind a key (drawn on first request, then served as drawn); null when unknown or expired.</summary>
    public (byte[] Png, bool Public)? Find(string key)
    {
        if (!_maps.TryGetValue(key, out var entry))
            return null;
        if (entry.Expires is { } expires && expires <= time.GetUtcNow())
        {
            _maps.TryRemove(key, out _);
            return null;
        }
        return (entry.Png.Value, entry.Expires is null);
    }

    private string Keep(string key, MapPicture picture, DateTimeOffset? expires)
    {
        if (_maps.ContainsKey(key))
            return key;
        // Bounded: the oldest pictures belong to data that has since changed; a forgotten address answers 404.
        if (_maps.Count >= MaxMaps)
            _maps.Clear();
        _maps.TryAdd(key, new Entry(picture, expires, new Lazy<byte[]>(() => MapRenderer.Render(picture).Png, LazyThreadSafetyMode.ExecutionAndPublication)));
        return key;
    }
}
