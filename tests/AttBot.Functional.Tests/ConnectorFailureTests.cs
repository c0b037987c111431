using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The Connector is slow, throttled or down: the channel is still answered at once, replies are retried within bounds.</summary>
public sealed class ConnectorFailureTests() : BotTestBase()
{

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait_and_the_reply_arrives()
    {
        Connector.Script((HttpStatusCode.TooManyRequests, "1"));
        var started = DateTime.UtcNow;
        var response = await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Malaysia"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var calls = await Connector.WaitForCallsAsync(2);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the bot retried before Retry-After elapsed");
        Assert.Equal(calls[0].Path, calls[1].Path);
        Assert.Contains("Malaysia", calls[1].CardJson);
    }

    [Fact]
    public async Task Server_errors_are_retried_a_bounded_number_of_times()
    {
        Connector.Script(Enumerable.Repeat((HttpStatusCode.ServiceUnavailable, (string?)null), 10).ToArray());
        var response = await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Malaysia"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Connector.WaitForCallsAsync(4);
        // The marker's reply meets the scripted 503s left over: its attempts are not counted.
        await AssertNoMoreCallsAsync(4);
    }

    [Fact]
    public async Task AClient_error_from_theConnector_is_not_retried()
    {
        Connector.Script((HttpStatusCode.Forbidden, null));
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Malaysia"));

        await Connector.WaitForCallsAsync(1);
        await AssertNoMoreCallsAsync(1);
    }

    [Fact]
    public async Task AConnector_that_is_down_does_not_hold_the_channel()
    {
        var response = await Client.PostActivityAsync(Activities.Message("http://127.0.0.1:9/_connector/", "status Malaysia"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The bot is still well afterwards.
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Ecuador"));
        Assert.Contains("Ecuador", (await Connector.WaitForOneAsync()).CardJson);
    }
}
