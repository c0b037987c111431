using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>
/// Plays login.botframework.com on 127.0.0.1: an OpenID configuration and a JWKS with keys generated in the test,
/// each endorsed for the channels given, and mints tokens signed with them.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private readonly WebApplication _app;
    private readonly Dictionary<string, (RSA Key, string[] Endorsements)> _keys = new();

    private FakeOpenIdServer(WebApplication app) => _app = app;

    public string MetadataUrl { get; private set; } = "";
    public int KeySetRequests { get; private set; }
    /// <summary>The form posts to the token endpoint (client credentials), in order.</summary>
    public List<Dictionary<string, string>> TokenRequests { get; } = [];
    public string TokenUrl => $"{BaseUrl}/botframework.com/oauth2/v2.0/token";

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var app = LoopbackServer.Create();
        var server = new FakeOpenIdServer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) =>
            Results.Json(new { issuer = Issuer, jwks_uri = $"{server.BaseUrl}/v1/.well-known/keys", id_token_signing_alg_values_supported = new[] { "RS256" } }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            server.KeySetRequests++;
            return Results.Json(new { keys = server._keys.Select(k => server.Jwk(k.Key, k.Value.Key, k.Value.Endorsements)).ToArray() });
        });
        app.MapPost("/botframework.com/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            server.TokenRequests.Add(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = $"bot-token-{server.TokenRequests.Count}" });
        });
        await app.StartAsync();
        server.BaseUrl = LoopbackServer.AddressOf(app);
        server.MetadataUrl = $"{server.BaseUrl}/v1/.well-known/openidconfiguration";
        return server;
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Publishes a new key; tokens signed with a key that is not published fail as "unknown key".</summary>
    public RSA AddKey(string keyId, params string[] endorsements)
    {
        var key = RSA.Create(2048);
        _keys[keyId] = (key, endorsements);
        return key;
    }

    private JsonObject Jwk(string keyId, RSA key, string[] endorsements)
    {
        var p = key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = keyId,
            ["n"] = Base64Url(p.Modulus!), ["e"] = Base64Url(p.Exponent!),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray()),
        };
    }

    /// <summary>A token as the Bot Connector would send it; every claim can be overridden or removed (null).</summary>
    public static string Token(RSA key, string keyId, Dictionary<string, object?> claims, string alg = "RS256")
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["alg"] = alg, ["kid"] = keyId, ["typ"] = "JWT" });
        var payload = JsonSerializer.SerializeToUtf8Bytes(claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value));
        var signingInput = $"{Base64Url(header)}.{Base64Url(payload)}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    public static Dictionary<string, object?> ValidClaims(string appId, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new()
        {
            ["iss"] = Issuer, ["aud"] = appId, ["serviceurl"] = serviceUrl, ["appid"] = "channel-app",
            ["nbf"] = now - 60, ["exp"] = now + 3600, ["iat"] = now - 60,
        };
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var (key, _) in _keys.Values)
            key.Dispose();
    }
}
