using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AttBot.Host.Bots;
using AttBot.Host.Conversations;
using AttBot.Slack.Listeners;
using Microsoft.Extensions.DependencyInjection;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// manifests/slack/manifest.yml describes the app the bot really is: its URLs are the ones the host maps (they answer
/// 401 to an unsigned request, not 404), its slash command and events have listeners, its scopes cover the calls made.
/// Read line by line: the manifest is flat enough, and no YAML package is needed for it.
/// </summary>
public sealed partial class SlackManifestTests : SlackTestBase
{
    private static readonly string[] Lines = File.ReadAllLines(RepoFile("manifests", "slack", "manifest.yml"));

    private static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AttBot.sln")))
            dir = dir.Parent;
        return Path.Combine([dir!.FullName, .. parts]);
    }

    /// <summary>The values of "key: value" lines (also as list items, "- key: value").</summary>
    private static List<string> Values(string key) => Lines.Select(l => KeyValue().Match(l))
        .Where(m => m.Success && m.Groups["key"].Value == key).Select(m => m.Groups["value"].Value.Trim('"')).ToList();

    /// <summary>The "- item" lines listed under "key:".</summary>
    private static List<string> ListUnder(string key)
    {
        var start = Array.FindIndex(Lines, l => l.Trim() == $"{key}:");
        Assert.True(start >= 0, $"no '{key}:' in the manifest");
        return Lines.Skip(start + 1).TakeWhile(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)).Select(l => l.Trim()[2..].Trim()).ToList();
    }

    [Fact]
    public async Task Every_url_in_the_manifest_is_an_endpoint_that_verifies_Slack_requests()
    {
        var urls = Values("url").Concat(Values("request_url")).ToList();
        Assert.Equal(3, urls.Count);
        Assert.Equal(["/api/slack/commands", "/api/slack/events", "/api/slack/interactions"], urls.Select(u => new Uri(u).AbsolutePath).Order());
        foreach (var url in urls)
        {
            Assert.Equal("https", new Uri(url).Scheme);
            var response = await Client.PostAsync(new Uri(url).AbsolutePath, new StringContent("{}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public void The_slash_command_and_every_event_have_a_listener()
    {
        var listeners = App.Services.GetRequiredService<SlackListeners>();
        Assert.Equal([BlockKitRenderer.SlashCommand], Values("command"));
        Assert.NotNull(listeners.FindCommand(Values("command")[0]));
        Assert.Equal(["app_mention", "message.im", "app_home_opened"], ListUnder("bot_events"));
        Assert.NotNull(listeners.FindEvent("app_home_opened"));
        Assert.Equal([SlackBot.RegisterShortcut], Values("callback_id"));
        Assert.NotNull(listeners.FindShortcut(Values("callback_id")[0]));
        Assert.NotNull(listeners.FindEvent("app_mention"));
        Assert.NotNull(listeners.FindEvent("message"));
    }

    [Fact]
    public void The_scopes_cover_every_Web_API_call_and_event_the_bot_uses()
    {
        // chat.postMessage/postEphemeral: chat:write (+ chat:write.public for alert channels it was not invited to);
        // users.info: users:read; /att: commands; app_mention: app_mentions:read; message.im: im:history;
        // conversations.members (who reads a channel's alerts): channels:read, groups:read, im:read, mpim:read.
        Assert.Equal(["app_mentions:read", "channels:read", "chat:write", "chat:write.public", "commands", "groups:read", "im:history", "im:read", "mpim:read", "users:read"],
            ListUnder("bot").Order(StringComparer.Ordinal));
        Assert.Equal(["true"], Values("is_enabled"));
        Assert.Equal(["AttBot"], Values("display_name"));
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[a-z_]+):\s+(?<value>\S.*)$")]
    private static partial Regex KeyValue();
}
