using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// MicrosoftAppType: a UserAssignedMsi bot gets its Connector token from the managed identity endpoint (no secret), and
/// a SingleTenant bot also accepts channel tokens issued by its own tenant.
/// </summary>
public sealed class AppTypeTests : IAsyncLifetime
{
    private const string AppId = "7c3a1e4e-0000-4000-8000-000000000003";
    private const string TenantId = "11111111-2222-3333-4444-555555555555";
    private FakeOpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private FakeManagedIdentity _identity = null!;
    private RSA _key = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _key = _openId.AddKey("key-1", "msteams");
        _connector = await FakeConnector.StartAsync();
        _identity = await FakeManagedIdentity.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _identity.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private AttBotApp App(string appType, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = _openId.TokenUrl,
            ["ManagedIdentityTokenEndpoint"] = _identity.TokenEndpoint,
        };
        foreach (var (key, value) in more ?? [])
            settings[key] = value;
        return new AttBotApp(settings);
    }

    private async Task<HttpStatusCode> Send(HttpClient client, string text, string issuer = FakeOpenIdServer.Issuer, RSA? key = null, string keyId = "key-1")
    {
        var claims = FakeOpenIdServer.ValidClaims(AppId, _connector.ServiceUrl);
        claims["iss"] = issuer;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Activities.Message(_connector.ServiceUrl, text)) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + FakeOpenIdServer.Token(key ?? _key, keyId, claims));
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task A_managed_identity_bot_replies_with_the_identitys_token_asked_once_for_its_client_id()
    {
        await using var app = App("UserAssignedMsi");
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await Send(client, "status Malaysia"));
        Assert.Equal(HttpStatusCode.OK, await Send(client, "status Ecuador"));

        var replies = await _connector.WaitForCallsAsync(2);
        Assert.All(replies, r => Assert.Equal($"Bearer {FakeManagedIdentity.Token}", r.Authorization));
        var (query, metadata) = Assert.Single(_identity.Requests); // cached: one request for both replies
        Assert.Equal("true", metadata);
        Assert.Contains("api-version=2018-02-01", query);
        Assert.Contains($"client_id={AppId}", query);
        Assert.Contains($"resource={Uri.EscapeDataString("https://api.botframework.com")}&", query);
        Assert.Empty(_openId.TokenRequests); // no client secret flow
    }

    [Theory]
    [InlineData("SingleTenant", $"https://login.microsoftonline.com/{TenantId}/v2.0", HttpStatusCode.OK)]
    [InlineData("SingleTenant", $"https://sts.windows.net/{TenantId}/", HttpStatusCode.OK)]
    [InlineData("SingleTenant", "https://sts.windows.net/99999999-0000-0000-0000-000000000000/", HttpStatusCode.Unauthorized)]
    [InlineData("MultiTenant", $"https://sts.windows.net/{TenantId}/", HttpStatusCode.Unauthorized)]
    public async Task A_single_tenant_bot_accepts_its_own_tenants_issuer_and_no_other(string appType, string issuer, HttpStatusCode expected)
    {
        await using var app = App(appType, new() { ["MicrosoftAppPassword"] = "test-secret" });
        Assert.Equal(expected, await Send(app.CreateClient(), "status Malaysia", issuer));
    }

    [Fact]
    public async Task A_single_tenant_bot_checks_its_tenants_tokens_against_the_tenants_own_keys()
    {
        await using var tenant = await FakeOpenIdServer.StartAsync();
        var tenantKey = tenant.AddKey("tenant-key"); // Entra ID keys carry no channel endorsements
        await using var app = App("SingleTenant", new() { ["MicrosoftAppPassword"] = "test-secret", ["ToBotFromTenantOpenIdMetadataUrl"] = tenant.MetadataUrl });
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await Send(client, "status Malaysia", $"https://login.microsoftonline.com/{TenantId}/v2.0", tenantKey, "tenant-key"));
        // The tenant's keys never stand in for the channel's.
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(client, "status Malaysia", FakeOpenIdServer.Issuer, tenantKey, "tenant-key"));
    }

    [Theory]
    [InlineData("/botframework.com")]                     // the SDK's authority, as botbuilder-dotnet configurations hold it
    [InlineData("/botframework.com/")]
    [InlineData("/botframework.com/oauth2/v2.0/token")]   // a full token endpoint
    public async Task The_login_url_may_be_an_authority_or_a_token_endpoint(string path)
    {
        await using var app = App("MultiTenant", new() { ["MicrosoftAppPassword"] = "test-secret", ["ToChannelFromBotLoginUrl"] = _openId.BaseUrl + path });

        Assert.Equal(HttpStatusCode.OK, await Send(app.CreateClient(), "status Malaysia"));

        var reply = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
        Assert.Equal(AppId, Assert.Single(_openId.TokenRequests)["client_id"]);
    }
}
