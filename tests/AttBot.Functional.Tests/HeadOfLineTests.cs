using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>A Connector that hangs for some conversations delays those conversations only.</summary>
public sealed class HeadOfLineTests() : ChatTestBase(new()
{
    // Long enough that the hanging replies are still hanging when the test looks: the test never waits on them.
    ["Bot:ReplyTimeout"] = "00:02:00",
    ["Bot:RateLimit:MessagesPerMinute"] = "0",
})
{
    private const int HangingConversations = 40;
    private const int OtherUsers = 20;

    [Fact]
    public async Task Other_users_are_answered_while_the_Connector_hangs_for_forty_conversations()
    {
        for (var i = 0; i < HangingConversations; i++)
            Connector.HangPath($"stuck-{i}/"); // the conversation "a:personal-29:stuck-i", escaped in the path
        // Two turns in each hanging conversation: the second waits behind the first, as order requires.
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < HangingConversations; i++)
            {
                var response = await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, "status Tonga", $"29:stuck-{i}", $"Stuck {i}"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
        await Eventually.Holds(() => Connector.Hanging == HangingConversations);

        // Every other user's answer arrives; none of them may wait for a hanging conversation (no shared lanes).
        var answers = await Task.WhenAll(Enumerable.Range(0, OtherUsers).Select(i => Say($"29:free-{i}", $"Free {i}", "status Tonga")));

        Assert.All(answers, a => Assert.Contains("Tonga", Shown(a)));
        Assert.Equal(HangingConversations, Connector.Hanging); // still hanging: they were answered during the hang
        Assert.Equal(HangingConversations, Connector.Calls.Count(c => c.Path.Contains("stuck-", StringComparison.Ordinal)));
    }
}
