using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.RoleMatrix;
using static AttBot.Functional.Tests.Infrastructure.ChatTestBase;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// The weekly digest in Slack channels subscribed to alerts, written for their members when it is sent: whole in a
/// channel of Secretariat members only, without the restricted registration's detail in a channel with anyone else.
/// </summary>
public sealed class SlackDigestAudienceTests : SlackTestBase
{
    private const string Mixed = "C0MIXED";
    private const string SecretariatChannel = "C0SECRETARIAT";
    private readonly MovableTime _time = new();

    protected override TimeProvider? Time => _time;

    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Digest:CheckInterval"] = "00:00:00.100";
        return settings;
    }

    [Fact]
    public async Task The_digest_is_whole_in_a_secretariat_channel_and_anonymous_in_a_mixed_one()
    {
        Slack.Names["U0OLGA"] = "Olga Organizer";
        Slack.Members[Mixed] = [SlackSecretariat, "U0LEA"];
        Slack.Members[SecretariatChannel] = [SlackSecretariat];
        Assert.Contains("Not everyone here", (await Ask("subscribe alerts", SlackSecretariat, Mixed)).Shown);
        Assert.Contains("Everyone here", (await Ask("subscribe alerts", SlackSecretariat, SecretariatChannel)).Shown);
        Assert.Contains("Registered OR-0001", (await Ask(RestrictedRegistration, user: "U0OLGA", channel: "D0OLGA")).Shown);
        Assert.Contains("Registered OR-0002", (await Ask($"register call Tonga {Day(30)} as Open Office", user: "U0OTTO", channel: "D0OTTO")).Shown);

        // The next Monday's digest covers this week, the registrations above among its new ones.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 is var days and > 0 ? days : 7);
        _time.MoveTo(new DateTimeOffset(monday.ToDateTime(new TimeOnly(8, 1)), TimeSpan.Zero));

        var whole = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == SecretariatChannel
            && c.Shown.Contains("Weekly outreach digest") && c.Shown.Contains("Olga Organizer"));
        Assert.Contains("OR-0001", whole.Shown);
        var anonymous = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == Mixed
            && c.Shown.Contains("Weekly outreach digest") && c.Shown.Contains("OR-0001"));
        AssertNothingForbiddenTo(Who.Stakeholder, anonymous.Shown);
        await OutboxEmpty();
        foreach (var digest in Slack.Calls.Where(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == Mixed))
            AssertNothingForbiddenTo(Who.Stakeholder, digest.Shown);
    }
}
