using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// Two real bot processes (AttBot.Host.dll) on one PostgreSQL database, as behind a load balancer: a status set
/// through one is answered by the other within a second.
/// </summary>
public sealed class TwoProcessTests : InstancesOnPostgreSql
{
    private BotProcess Start(string instance) => Start(instance, "--Logging:LogLevel:AttBot.Host.Composition.StoreChangeListener=Information");

    private async Task<string> Say(BotProcess bot, string userId, string name, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await Http.PostAsJsonAsync($"{bot.BaseAddress}/api/messages", (JsonNode)Activities.MessageFrom(Connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id, TimeSpan.FromSeconds(10));
        return call.Card is null ? call.Text ?? "" : call.CardJson;
    }

    [Fact]
    public async Task A_status_set_on_one_process_is_answered_by_the_other_within_a_second()
    {
        using var one = Start("one");
        await one.WaitReadyAsync(Http, TimeSpan.FromSeconds(60));
        using var two = Start("two");
        await two.WaitReadyAsync(Http, TimeSpan.FromSeconds(60));
        await Eventually.Holds(() => one.Output.Contains("Listening for the store's changes") && two.Output.Contains("Listening for the store's changes"), seconds: 30);

        Assert.DoesNotContain("State Party", await Say(two, "29:ana", "Ana Ruiz", "status Tonga")); // now in the second process's memory
        Assert.Contains("Tonga", await Say(one, Secretariat, "Sam Secretariat", "set status Tonga party 2026-03-02"));

        // Asked again and again, bounded by the second under test: each answer is a full turn through the other process.
        var clock = Stopwatch.StartNew();
        var answer = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(1) && !answer.Contains("State Party"))
            answer = await Say(two, "29:ana", "Ana Ruiz", "status Tonga");
        Assert.True(answer.Contains("State Party"), $"The other process still answered the old status after {clock.Elapsed.TotalMilliseconds:F0} ms.\n{two.Output}");
    }
}
