using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The Connector is slow, throttled or down: the channel is still answered at once, replies are retried within bounds.</summary>
public sealed class ConnectorFailureTests : IAsyncLifetime
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
    public async Task A_429_with_retry_after_is_retried_after_the_wait_and_the_reply_arrives()
    {
        _connector.Script((HttpStatusCode.TooManyRequests, "1"));
        var started = DateTime.UtcNow;
        var response = await _client.PostActivityAsync(Activities.Message(_connector.ServiceUrl, "status Malaysia"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var calls = await _connector.WaitForCallsAsync(2);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the bot retried before Retry-After elapsed");
        Assert.Equal(calls[0].Path, calls[1].Path);
        Assert.Contains("Malaysia", calls[1].CardJson);
    }

    [Fact]
    public async Task Server_errors_are_retried_a_bounded_number_of_times()
    {
        _connector.Script(Enumerable.Repeat((HttpStatusCode.ServiceUnavailable, (string?)null), 10).ToArray());
        var response = await _client.PostActivityAsync(Activities.Message(_connector.ServiceUrl, "status Malaysia"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await _connector.WaitForCallsAsync(4);
        await _connector.AssertNoMoreCallsAsync(4, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_client_error_from_the_connector_is_not_retried()
    {
        _connector.Script((HttpStatusCode.Forbidden, null));
        await _client.PostActivityAsync(Activities.Message(_connector.ServiceUrl, "status Malaysia"));

        await _connector.WaitForCallsAsync(1);
        await _connector.AssertNoMoreCallsAsync(1);
    }

    [Fact]
    public async Task A_connector_that_is_down_does_not_hold_the_channel()
    {
        var response = await _client.PostActivityAsync(Activities.Message("http://127.0.0.1:9/_connector/", "status Malaysia"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The bot is still well afterwards.
        await _client.PostActivityAsync(Activities.Message(_connector.ServiceUrl, "status Ecuador"));
        Assert.Contains("Ecuador", (await _connector.WaitForOneAsync()).CardJson);
    }
}
