using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The welcome card: once per conversation, however many install events arrive.</summary>
public sealed class WelcomeTests() : BotTestBase()
{

    [Fact]
    public async Task Adding_the_bot_sends_the_welcome_card_once_even_with_an_installation_update_and_a_redelivery()
    {
        var added = Activities.MembersAdded(Connector.ServiceUrl, "a:new-chat", Activities.BotId, "29:user-1");
        await Client.PostActivityAsync(added);
        var welcome = await Connector.WaitForOneAsync();
        Assert.Equal("/_connector/v3/conversations/a%3Anew-chat/activities", welcome.Path);
        Assert.Contains("Welcome to AttBot", welcome.CardJson);

        await Client.PostActivityAsync(Activities.InstallationUpdate(Connector.ServiceUrl, "a:new-chat", "add"));
        await Client.PostActivityAsync(added);
        await AssertNoMoreCallsAsync(1, "a:new-chat");
    }

    [Fact]
    public async Task Another_member_joining_does_not_trigger_a_welcome()
    {
        await Client.PostActivityAsync(Activities.MembersAdded(Connector.ServiceUrl, "19:team@thread.tacv2", "29:someone-else"));
        await AssertNoMoreCallsAsync(0, "19:team@thread.tacv2");
    }

    [Fact]
    public async Task An_installation_update_alone_welcomes_and_a_reinstall_welcomes_again()
    {
        await Client.PostActivityAsync(Activities.InstallationUpdate(Connector.ServiceUrl, "a:chat-2", "add"));
        await Connector.WaitForCallsAsync(1);

        await Client.PostActivityAsync(Activities.InstallationUpdate(Connector.ServiceUrl, "a:chat-2", "remove"));
        await Client.PostActivityAsync(Activities.InstallationUpdate(Connector.ServiceUrl, "a:chat-2", "add"));
        var calls = await Connector.WaitForCallsAsync(2);
        Assert.All(calls, c => Assert.Contains("Welcome to AttBot", c.CardJson));
    }
}
