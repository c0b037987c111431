using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>Activities shaped like the ones Teams and the Agents Playground send.</summary>
public static class Activities
{
    public const string BotId = "28:attbot-app-id";
    public const string BotName = "AttBot";

    public static JsonObject Message(string serviceUrl, string text, string conversationId = "a:personal-1", string? id = null,
        string conversationType = "personal") => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Alex Wilber", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    /// <summary>A message from a given person in their own 1:1 conversation with the bot.</summary>
    public static JsonObject MessageFrom(string serviceUrl, string text, string userId, string name, string? id = null)
    {
        var activity = Message(serviceUrl, text, conversationId: $"a:personal-{userId}", id: id);
        activity["from"] = From(userId, name);
        return activity;
    }

    /// <summary>A Teams sender as Teams sends one: the channel user id and, beside it, the person's Entra object id.</summary>
    public static JsonObject From(string userId, string name) => new() { ["id"] = userId, ["name"] = name, ["aadObjectId"] = AadOf(userId) };

    /// <summary>The Entra object id the tests give the Teams user "29:sam": "aad-sam".</summary>
    public static string AadOf(string userId) => "aad-" + Regex.Replace(userId.StartsWith("29:", StringComparison.Ordinal) ? userId[3..] : userId, "[^A-Za-z0-9]", "-");

    /// <summary>The Roles:Secretariat entry for a Teams test user: bound to msteams and to the object id, never to "29:…".</summary>
    public static string SecretariatEntry(string userId) => $"msteams:{AadOf(userId)}";

    public static JsonObject ChannelMention(string serviceUrl, string textAfterMention)
    {
        var activity = Message(serviceUrl, $"<at>{BotName}</at> {textAfterMention}", "19:channel@thread.tacv2;messageid=1", conversationType: "channel");
        activity["conversation"]!["isGroup"] = true;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        return activity;
    }

    public static JsonObject MembersAdded(string serviceUrl, string conversationId, params string[] memberIds)
    {
        var activity = Message(serviceUrl, "", conversationId);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray());
        return activity;
    }

    public static JsonObject InstallationUpdate(string serviceUrl, string conversationId, string action)
    {
        var activity = Message(serviceUrl, "", conversationId);
        activity["type"] = "installationUpdate";
        activity.Remove("text");
        activity["action"] = action;
        return activity;
    }

    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject data)
    {
        var activity = Message(serviceUrl, "");
        activity["type"] = "invoke";
        activity.Remove("text");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity) =>
        client.PostAsJsonAsync("/api/messages", activity);
}
