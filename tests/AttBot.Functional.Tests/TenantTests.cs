using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>Bot:AllowedTenants: other organizations are refused politely and nothing of theirs is stored.</summary>
public sealed class TenantTests : IAsyncLifetime
{
    private readonly AttBotApp _app = new(new() { ["Bot:AllowedTenants:0"] = "tenant-1" });
    private FakeConnector _connector = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_listed_tenant_is_served()
    {
        await _client.PostActivityAsync(Activities.Message(_connector.ServiceUrl, "status Malaysia"));
        Assert.Contains("Malaysia", (await _connector.WaitForOneAsync()).CardJson);
    }

    [Fact]
    public async Task Another_tenant_is_refused_politely_and_nothing_is_stored()
    {
        var activity = Activities.Message(_connector.ServiceUrl, $"register bilateral Tonga {OutreachRegistrationTests.Day(30)} as Mexico");
        activity["conversation"]!["tenantId"] = "tenant-of-someone-else";
        var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _connector.WaitForOneAsync();
        Assert.Contains("not available to your organization", reply.Text);
        Assert.Equal(0, Count("conversations"));
        Assert.Equal(0, Count("user_profiles"));
        Assert.Equal(0, Count("outreach"));
    }

    [Fact]
    public async Task An_install_from_another_tenant_gets_no_welcome_and_is_not_remembered()
    {
        var install = Activities.InstallationUpdate(_connector.ServiceUrl, "a:elsewhere", "add");
        install["conversation"]!["tenantId"] = "tenant-of-someone-else";
        await _client.PostActivityAsync(install);

        await _connector.AssertNoMoreCallsAsync(0);
        Assert.Equal(0, Count("conversations"));
    }
}
