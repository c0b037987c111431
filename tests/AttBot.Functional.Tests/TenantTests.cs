using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>Bot:AllowedTenants: other organizations are refused politely and nothing of theirs is stored.</summary>
public sealed class TenantTests() : BotTestBase(new() { ["Bot:AllowedTenants:0"] = "tenant-1" })
{

    [Fact]
    public async Task A_listed_tenant_is_served()
    {
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Malaysia"));
        Assert.Contains("Malaysia", (await Connector.WaitForOneAsync()).CardJson);
    }

    [Fact]
    public async Task Another_tenant_is_refused_politely_and_nothing_is_stored()
    {
        var activity = Activities.Message(Connector.ServiceUrl, $"register bilateral Tonga {OutreachRegistrationTests.Day(30)} as Mexico");
        activity["conversation"]!["tenantId"] = "tenant-of-someone-else";
        var response = await Client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.WaitForOneAsync();
        Assert.Contains("not available to your organization", reply.Text);
        Assert.Equal(0, CountRows("conversations"));
        Assert.Equal(0, CountRows("user_profiles"));
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task An_install_from_another_tenant_gets_no_welcome_and_is_not_remembered()
    {
        var install = Activities.InstallationUpdate(Connector.ServiceUrl, "a:elsewhere", "add");
        install["conversation"]!["tenantId"] = "tenant-of-someone-else";
        await Client.PostActivityAsync(install);

        // The marker, from the same tenant in the same conversation, is answered with the refusal.
        await Connector.AssertNoMoreCallsAsync(0, id =>
        {
            var marker = Activities.Message(Connector.ServiceUrl, "help", "a:elsewhere", id);
            marker["conversation"]!["tenantId"] = "tenant-of-someone-else";
            return Client.PostActivityAsync(marker);
        });
        Assert.Equal(0, CountRows("conversations"));
    }
}
