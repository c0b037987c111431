using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Authentication;

public sealed class OpenIdKeyCacheOptions
{
    /// <summary>The shortest time between two fetches of the keys, however many unknown key ids arrive.</summary>
    public TimeSpan MinRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>A signing key from the channel's JWKS, with the channels it is endorsed for (Bot Framework's extra "endorsements").</summary>
public sealed record EndorsedKey(string KeyId, RSAParameters Parameters, IReadOnlyList<string> Endorsements);

/// <summary>
/// The signing keys behind an OpenID metadata URL: fetched once, cached, refreshed every day and whenever a token names
/// a key the cache does not hold (new keys appear without notice), but at most once every few minutes so a flood of
/// forged tokens with made-up key ids cannot turn the bot into a load generator.
/// </summary>
public sealed class OpenIdKeyCache(IHttpClientFactory httpClients, TimeProvider time, IOptions<OpenIdKeyCacheOptions> options, ILogger<OpenIdKeyCache> logger)
{
    public const string HttpClientName = "BotFrameworkOpenId";
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private TimeSpan MinRefreshInterval => options.Value.MinRefreshInterval;

    private readonly ConcurrentDictionary<string, Entry> _byMetadataUrl = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshing = new(1, 1);

    private sealed record Entry(IReadOnlyDictionary<string, EndorsedKey> Keys, DateTimeOffset FetchedAt);

    public async Task<EndorsedKey?> FindKeyAsync(string metadataUrl, string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_byMetadataUrl.TryGetValue(metadataUrl, out var entry) && now - entry.FetchedAt < MaxAge && entry.Keys.TryGetValue(keyId, out var key))
            return key;
        if (entry is not null && now - entry.FetchedAt < MinRefreshInterval)
            return entry.Keys.GetValueOrDefault(keyId);

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (!_byMetadataUrl.TryGetValue(metadataUrl, out entry) || time.GetUtcNow() - entry.FetchedAt >= MinRefreshInterval)
            {
                entry = new Entry(await FetchKeysAsync(metadataUrl, cancellationToken), time.GetUtcNow());
                _byMetadataUrl[metadataUrl] = entry;
            }
            return entry.Keys.GetValueOrDefault(keyId);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not fetch the signing keys from {MetadataUrl}", metadataUrl);
            return entry?.Keys.GetValueOrDefault(keyId);
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task<Dictionary<string, EndorsedKey>> FetchKeysAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var metadata = await http.GetFromJsonAsync<OpenIdMetadata>(metadataUrl, cancellationToken)
            ?? throw new JsonException("Empty OpenID metadata.");
        if (string.IsNullOrEmpty(metadata.JwksUri))
            throw new JsonException("The OpenID metadata has no jwks_uri.");
        var jwks = await http.GetFromJsonAsync<JsonWebKeySet>(metadata.JwksUri, cancellationToken)
            ?? throw new JsonException("Empty key set.");
        var keys = new Dictionary<string, EndorsedKey>(StringComparer.Ordinal);
        foreach (var jwk in jwks.Keys ?? [])
        {
            if (jwk.Kty != "RSA" || jwk.Kid is null || jwk.N is null || jwk.E is null)
                continue;
            keys[jwk.Kid] = new EndorsedKey(jwk.Kid,
                new RSAParameters { Modulus = Base64Url.Decode(jwk.N), Exponent = Base64Url.Decode(jwk.E) },
                jwk.Endorsements ?? []);
        }
        logger.LogInformation("Loaded {Count} signing keys from {JwksUri}", keys.Count, metadata.JwksUri);
        return keys;
    }

    private sealed class OpenIdMetadata
    {
        [JsonPropertyName("jwks_uri")] public string? JwksUri { get; set; }
    }

    private sealed class JsonWebKeySet
    {
        [JsonPropertyName("keys")] public List<JsonWebKey>? Keys { get; set; }
    }

    private sealed class JsonWebKey
    {
        [JsonPropertyName("kty")] public string? Kty { get; set; }
        [JsonPropertyName("kid")] public string? Kid { get; set; }
        [JsonPropertyName("n")] public string? N { get; set; }
        [JsonPropertyName("e")] public string? E { get; set; }
        [JsonPropertyName("endorsements")] public List<string>? Endorsements { get; set; }
    }
}

internal static class Base64Url
{
    public static byte[] Decode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
        return Convert.FromBase64String(s);
    }
}
