using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>What a load balancer and an operator see: liveness, readiness, and traces and metrics over OTLP.</summary>
public sealed class OperationsTests : BotTestBase
{
    [Fact]
    public async Task A_started_bot_is_alive_and_ready()
    {
        Assert.Equal("ok", await Client.GetStringAsync("/healthz"));
        var ready = await Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_moved_to_another_schema_version_makes_the_bot_not_ready_and_says_why()
    {
        await Client.GetAsync("/healthz"); // the app is up and migrated
        using (var connection = new SqliteConnection($"Data Source={App.DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'from_a_newer_attbot', '2026-12-02')";
            command.ExecuteNonQuery();
        }

        var ready = await Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("schema version 9999", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode); // alive all the same
    }
}

/// <summary>With an OTLP endpoint configured, traces and the bot's metrics reach the collector, without the people in them.</summary>
public sealed class TelemetryExportTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _received = new();
    private WebApplication _collector = null!;
    private AttBotApp _app = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _collector = LoopbackServer.Create();
        _collector.MapPost("/v1/{signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            _received.Enqueue((http.Request.Path, http.Request.ContentType ?? "", body.ToArray()));
            return Results.Ok();
        });
        await _collector.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _app = new AttBotApp(new()
        {
            ["OpenTelemetry:OtlpEndpoint"] = LoopbackServer.AddressOf(_collector) + "/",
            ["OpenTelemetry:MetricExportInterval"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task Traces_and_metrics_reach_the_collector_and_carry_no_name_a_person_typed()
    {
        var client = _app.CreateClient();
        var response = await client.PostActivityAsync(Activities.MessageFrom(_connector.ServiceUrl, "status Malaysia", "29:ana", "Ana Ruiz", "m1"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == "m1");
        const string secret = "a-download-secret-that-must-stay-out-of-traces";
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/exports/" + secret)).StatusCode);

        await Eventually.Holds(() => Trace("/api/exports/{secret}") && Trace("turn") && Metric("attbot.outbox.depth") && Metric("attbot.turns")
            && Metric("attbot.turn.duration"), seconds: 20);

        Assert.All(_received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        Assert.Contains(_received, r => r.Path == "/v1/traces" && Contains(r.Body, "/api/messages"));
        Assert.DoesNotContain(_received, r => Contains(r.Body, "Ana Ruiz") || Contains(r.Body, "Malaysia") || Contains(r.Body, secret));
    }

    private bool Trace(string text) => _received.Any(r => r.Path == "/v1/traces" && Contains(r.Body, text));

    private bool Metric(string name) => _received.Any(r => r.Path == "/v1/metrics" && Contains(r.Body, name));

    // Protobuf keeps strings as plain UTF-8 bytes: a name is in the payload exactly when its bytes are.
    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
