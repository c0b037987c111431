using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The welcome card: once per conversation, however many install events arrive.</summary>
public sealed class WelcomeTests : IAsyncLifetime
{
    private readonly AttBotApp _app = new();
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

    [Fact]
    public async Task Adding_the_bot_sends_the_welcome_card_once_even_with_an_installation_update_and_a_redelivery()
    {
        var added = Activities.MembersAdded(_connector.ServiceUrl, "a:new-chat", Activities.BotId, "29:user-1");
        await _client.PostActivityAsync(added);
        var welcome = await _connector.WaitForOneAsync();
        Assert.Equal("/_connector/v3/conversations/a%3Anew-chat/activities", welcome.Path);
        Assert.Contains("Welcome to AttBot", welcome.CardJson);

        await _client.PostActivityAsync(Activities.InstallationUpdate(_connector.ServiceUrl, "a:new-chat", "add"));
        await _client.PostActivityAsync(added);
        await _connector.AssertNoMoreCallsAsync(1);
    }

    [Fact]
    public async Task Another_member_joining_does_not_trigger_a_welcome()
    {
        await _client.PostActivityAsync(Activities.MembersAdded(_connector.ServiceUrl, "19:team@thread.tacv2", "29:someone-else"));
        await _connector.AssertNoMoreCallsAsync(0);
    }

    [Fact]
    public async Task An_installation_update_alone_welcomes_and_a_reinstall_welcomes_again()
    {
        await _client.PostActivityAsync(Activities.InstallationUpdate(_connector.ServiceUrl, "a:chat-2", "add"));
        await _connector.WaitForCallsAsync(1);

        await _client.PostActivityAsync(Activities.InstallationUpdate(_connector.ServiceUrl, "a:chat-2", "remove"));
        await _client.PostActivityAsync(Activities.InstallationUpdate(_connector.ServiceUrl, "a:chat-2", "add"));
        var calls = await _connector.WaitForCallsAsync(2);
        Assert.All(calls, c => Assert.Contains("Welcome to AttBot", c.CardJson));
    }
}
