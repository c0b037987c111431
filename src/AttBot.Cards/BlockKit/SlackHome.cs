using System.Text.Json.Nodes;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>AttBot's Home tab in Slack: the person's registrations, then the map with its figures.</summary>
public static class SlackHome
{
    /// <summary>Kept to a message's 50 blocks, well inside the Home tab's 100, so the same limits check applies.</summary>
    public static JsonObject View(JsonObject registrations, JsonObject map)
    {
        var blocks = new List<JsonNode>();
        foreach (var part in new[] { registrations, map })
        {
            if (blocks.Count > 0)
                blocks.Add(Divider());
            blocks.AddRange((part["blocks"] as JsonArray ?? []).Select(b => b!.DeepClone()));
        }
        blocks.Add(Context(Mrkdwn.Escape("Type /att help for everything AttBot does: /att register, /att mine, /att map Oceania.")));
        return new JsonObject
        {
            ["type"] = "home",
            ["blocks"] = new JsonArray(blocks.Take(BlockKitLimits.BlocksPerMessage).ToArray()),
        };
    }

    /// <summary>Slack's rules for a Home view, for the fake Web API and the tests.</summary>
    public static IReadOnlyList<string> Check(JsonObject view)
    {
        var problems = new List<string>();
        if (view["type"]?.GetValue<string>() != "home")
            problems.Add("view.type: must be home");
        problems.AddRange(BlockKitLimits.CheckMessage(new JsonObject { ["text"] = "home", ["blocks"] = view["blocks"]?.DeepClone() }));
        return problems;
    }
}
