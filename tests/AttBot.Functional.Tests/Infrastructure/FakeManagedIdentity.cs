using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>The Azure instance metadata token endpoint on loopback: hands out a token and records what was asked.</summary>
public sealed class FakeManagedIdentity : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Query, string? Metadata)> _requests = new();

    private FakeManagedIdentity(WebApplication app) => _app = app;

    public const string Token = "token-from-managed-identity";
    public string TokenEndpoint { get; private set; } = "";
    public IReadOnlyList<(string Query, string? Metadata)> Requests => _requests.ToArray();

    public static async Task<FakeManagedIdentity> StartAsync()
    {
        var app = LoopbackServer.Create();
        var fake = new FakeManagedIdentity(app);
        app.MapGet("/metadata/identity/oauth2/token", (HttpContext http) =>
        {
            fake._requests.Enqueue((http.Request.QueryString.Value ?? "", http.Request.Headers["Metadata"].ToString() is { Length: > 0 } m ? m : null));
            // Without "Metadata: true" the real endpoint refuses: a guard against server-side request forgery.
            return http.Request.Headers["Metadata"] == "true"
                ? Results.Json(new { access_token = Token, expires_in = "86399", token_type = "Bearer", resource = "https://api.botframework.com" })
                : Results.BadRequest();
        });
        await app.StartAsync();
        fake.TokenEndpoint = $"{LoopbackServer.AddressOf(app)}/metadata/identity/oauth2/token";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
