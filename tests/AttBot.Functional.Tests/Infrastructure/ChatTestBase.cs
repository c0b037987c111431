using System.Net;
using System.Text.Json.Nodes;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>A bot test that talks as several people: each message waits for the bot's own reply to it.</summary>
public abstract class ChatTestBase(Dictionary<string, string?>? settings = null) : BotTestBase(settings)
{
    /// <summary>Sends a message as the person (Teams-shaped, 1:1) and returns the bot's reply to it.</summary>
    protected async Task<ConnectorCall> Say(string userId, string name, string text, Action<JsonObject>? shape = null)
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = Activities.MessageFrom(Connector.ServiceUrl, text, userId, name, id);
        shape?.Invoke(activity);
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    /// <summary>What the person saw: the card's JSON, or the text.</summary>
    protected static string Shown(ConnectorCall call) => call.Card is null ? call.Text ?? "" : call.CardJson;

    /// <summary>Clicks an Action.Execute button as the person; returns the invoke response body as JSON text.</summary>
    protected async Task<string> Click(string userId, string name, string verb, JsonObject data)
    {
        var click = Activities.CardAction(Connector.ServiceUrl, verb, data);
        click["from"] = Activities.From(userId, name);
        var response = await Client.PostActivityAsync(click);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string Day(int daysFromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
