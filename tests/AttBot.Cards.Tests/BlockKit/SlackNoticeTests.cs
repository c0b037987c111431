using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;

namespace AttBot.Cards.Tests.BlockKit;

/// <summary>The outbox's other messages on Slack fit Slack's limits and tell a champion only what they may see.</summary>
public sealed class SlackNoticeTests
{
    private static string Name(string iso3) => EveryCard.ByIso3(iso3).Name;

    private static readonly OutreachPlan Restricted = new()
    {
        Id = 7, Organizer = new("msteams", "29:ana", "Ana Ruiz"), Organization = "Mexico", Countries = ["TON"], Kind = OutreachKind.Bilateral,
        Window = new DateWindow(new DateOnly(2027, 3, 10)), Visibility = Visibility.Restricted, Notes = "<!channel> meet the MFA",
    };

    private static IEnumerable<(string Name, JsonObject Message)> Samples()
    {
        var champion = new Viewer("slack", "U1", Role.Champion) { ChampionedStates = new HashSet<string> { "TON" } };
        yield return ("champion note", SlackNotices.ChampionNote(Restricted, champion, Name));
        yield return ("reminder", SlackNotices.FindingsReminder(Restricted, Name));
        foreach (var (name, change, reader) in OutreachSamples.Changes())
            yield return ($"change, {name}", SlackNotices.ChangeNotice(change, reader, Name));
        var many = Enumerable.Range(1, 10).Select(i => Restricted with { Id = i, Countries = EveryCard.Countries.Take(20).Select(c => c.Iso3).ToList() }).ToList();
        var conflicts = many.Select((p, i) => new RecordedConflict(i, new Conflict(p, p with { Id = p.Id + 100 }, ["TON"], ConflictKind.PossibleDuplication), null, null, null)).ToList();
        var week = new DateWindow(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 10));
        yield return ("digest, busy", SlackNotices.Digest(new Digest(week, many, 300, conflicts, 40, many, 12, many, 99), Name));
        yield return ("digest, quiet", SlackNotices.Digest(new Digest(week, [], 0, [], 0, [], 0, [], 0), Name));
    }

    public static TheoryData<string> Names() => [.. Samples().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_notice_fits_Block_Kit_limits(string name) =>
        Assert.Empty(BlockKitLimits.CheckMessage(Samples().Single(s => s.Name == name).Message));

    [Fact]
    public void A_change_notice_says_the_same_sentences_as_the_Teams_card()
    {
        var (name, change, reader) = OutreachSamples.Changes().First();
        var (_, lines) = ChangeNoticeLines.For(change, reader, Name);
        var slack = SlackNotices.ChangeNotice(change, reader, Name).ToJsonString();
        var teams = OutreachCards.ChangeNotice(change, reader, Name).ToJsonString();
        foreach (var line in lines)
        {
            Assert.Contains(System.Text.Json.JsonSerializer.Serialize(line)[1..^1], teams, StringComparison.Ordinal);
            Assert.Contains(System.Text.Json.JsonSerializer.Serialize(Mrkdwn.Escape(line))[1..^1], slack, StringComparison.Ordinal);
        }
        Assert.NotEmpty(name);
    }

    [Fact]
    public void A_champion_of_the_region_reads_a_restricted_plan_and_someone_no_longer_champion_does_not()
    {
        var champion = new Viewer("slack", "U1", Role.Champion) { ChampionedStates = new HashSet<string> { "TON" } };

        var seen = SlackNotices.ChampionNote(Restricted, champion, Name).ToJsonString();
        var hidden = SlackNotices.ChampionNote(Restricted, new Viewer("slack", "U1", Role.Stakeholder), Name).ToJsonString();

        Assert.Contains("Ana Ruiz", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", seen, StringComparison.Ordinal); // typed text cannot ping a channel
        Assert.DoesNotContain("Ana Ruiz", hidden, StringComparison.Ordinal);
        Assert.Contains("Another stakeholder", hidden, StringComparison.Ordinal);
    }
}
