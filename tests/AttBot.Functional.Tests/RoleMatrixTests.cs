using System.Text;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>
/// Every command × every role, through the real pipeline, with a restricted registration for Tonga, Tonga's tier and a
/// declared intention present: who is allowed, who is refused with the reason (and then nothing stored changes), and
/// that nobody outside the organizer, the Secretariat and the champions of Oceania ever reads the restricted
/// registration's organizer, organization, partners or notes, nor anybody but the Secretariat and those champions
/// Tonga's tier or intentions. RoleMatrixTests.Leaks.cs follows the same data into files, region cards and priorities.
/// </summary>
public sealed partial class RoleMatrixTests() : ChatTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry("29:sam"),
    // The Secretariat sets the scene and then asks several things in one test: more than the default burst.
    ["Bot:RateLimit:Burst"] = "40",
})
{
    public enum Who { Stakeholder, ChampionOfOceania, ChampionOfCaribbean, Secretariat, Organizer }

    private enum Allowed { Everyone, OrganizerAndSecretariat, Secretariat, SecretariatAndChampionsOfOceania, SecretariatAndChampions }

    /// <summary>A command as typed (or a card button: its verb and data), who may use it, and a piece of the answer that shows it was done.</summary>
    private sealed record Case(string Text, Allowed Allowed, string Done, JsonObject? ButtonData = null);

    private static readonly Dictionary<Who, (string Id, string Name)> People = new()
    {
        [Who.Stakeholder] = ("29:stan", "Stan Holder"),
        [Who.ChampionOfOceania] = ("29:chloe", "Chloe Champion"),
        [Who.ChampionOfCaribbean] = ("29:carl", "Carl Caribbean"),
        [Who.Secretariat] = ("29:sam", "Sam Secretariat"),
        [Who.Organizer] = ("29:olga", "Olga Organizer"),
    };

    /// <summary>What only the entitled may read of OR-0001, the restricted registration.</summary>
    private static readonly string[] RestrictedDetail = ["Olga Organizer", "Secret Partner State", "UNRCPD", "confidential-note-text"];

    /// <summary>What only the Secretariat and Oceania's champions may read of Tonga's priority: its tier and its declared intention.</summary>
    private static readonly string[] PriorityDetail = ["Tier 3 ·", "Secret Venue", "pacific-intention-text"];

    /// <summary>The depositary's table as the Secretariat pastes it: Cuba acceded.</summary>
    private const string StatusCsv = """
        Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"
        Cuba,,2 Mar 2026 a
        """;

    private static readonly Dictionary<string, Case> Commands = new()
    {
        ["status"] = new("status Tonga", Allowed.Everyone, "Tonga"),
        ["outreach"] = new("outreach Tonga", Allowed.Everyone, "Outreach for Tonga"),
        ["mine"] = new("mine", Allowed.Everyone, "Your registrations"),
        ["register"] = new($"register call Tonga {Day(31)} as Someone Else's Office", Allowed.Everyone, "Registered OR-0003"),
        ["cancel"] = new("cancel OR-0001", Allowed.OrganizerAndSecretariat, "OR-0001 cancelled"),
        ["move"] = new($"move OR-0001 {Day(33)}", Allowed.OrganizerAndSecretariat, "OR-0001 moved"),
        ["done"] = new("done OR-0001 met the minister", Allowed.OrganizerAndSecretariat, "OR-0001 recorded as done"),
        ["subscribe"] = new("subscribe alerts", Allowed.Secretariat, "Alerts on"),
        ["history of a registration"] = new("history OR-0001", Allowed.Secretariat, "History of OR-0001"),
        ["history of a state"] = new("history Tonga", Allowed.Secretariat, "History of Tonga"),
        ["grant"] = new("grant champion Polynesia <@29:nina|Nina New>", Allowed.Secretariat, "Done: **Nina New** is now regional champion"),
        ["revoke"] = new("revoke champion Oceania <@29:chloe|Chloe Champion>", Allowed.Secretariat, "Done: **Chloe Champion** is no longer"),
        ["roles"] = new("roles", Allowed.Secretariat, "**Regional champions**"),
        ["settle (card button)"] = new("conflict.coordinated", Allowed.Secretariat, "Marked coordinated", new() { ["conflictId"] = 1 }),
        ["region"] = new("region Oceania", Allowed.Everyone, "2 registrations reaching 1 state"),
        ["region (world)"] = new("region", Allowed.Everyone, "118 of 196 states"),
        ["set status"] = new($"set status Tonga party {Day(-30)}", Allowed.Secretariat, "Tonga updated"),
        ["import status"] = new("import status\n" + StatusCsv, Allowed.Secretariat, "Status import #2: preview"),
        ["apply import"] = new("apply import 1", Allowed.Secretariat, "Status import #1: applied"),
        ["discard import"] = new("discard import 1", Allowed.Secretariat, "Status import #1: discarded"),
        ["apply import (card button)"] = new("status.import.apply", Allowed.Secretariat, "Status import #1: applied", new() { ["importId"] = 1 }),
        ["discard import (card button)"] = new("status.import.discard", Allowed.Secretariat, "Status import #1: discarded", new() { ["importId"] = 1 }),
        ["export csv"] = new("export csv region Oceania", Allowed.Secretariat, "Export ready: CSV"),
        ["export ics"] = new("export ics", Allowed.Secretariat, "Export ready: calendar"),
        ["calendar feed"] = new("calendar feed", Allowed.Everyone, "Subscribe to this calendar"),
        ["summary"] = new($"summary {Day(0)}..{Day(60)}", Allowed.Secretariat, "2 (0 done, 2 planned)"),
        ["priority of a state"] = new("priority Tonga", Allowed.SecretariatAndChampionsOfOceania, "Tonga: priorities"),
        ["priority tier"] = new("priority Tonga 4", Allowed.Secretariat, "Tonga is now in tier 4"),
        ["priorities"] = new("priorities", Allowed.SecretariatAndChampions, "Priorities: "),
        ["priorities of a region"] = new("priorities Oceania", Allowed.SecretariatAndChampionsOfOceania, "Priorities: Oceania"),
        ["intention"] = new($"intention Tonga {Day(-1)} at Apia meeting: open to joining", Allowed.SecretariatAndChampionsOfOceania, "Recorded: Tonga"),
        ["gaps"] = new("gaps", Allowed.SecretariatAndChampions, "Gaps: "),
        ["gaps of a region"] = new("gaps Oceania 60", Allowed.SecretariatAndChampionsOfOceania, "Gaps: Oceania"),
    };

    /// <summary>Tables a refused command must leave exactly as they were.</summary>
    private static readonly string[] Guarded =
    [
        "audit_log", "countries", "status_data_info", "status_imports", "country_priorities", "declared_intentions", "exports",
        "outreach", "outreach_targets", "conflicts", "roles", "alert_subscriptions",
    ];

    public static TheoryData<string, Who> EveryCommandByEveryRole()
    {
        var data = new TheoryData<string, Who>();
        foreach (var command in Commands.Keys)
            foreach (var who in Enum.GetValues<Who>())
                data.Add(command, who);
        return data;
    }

    private static bool MaySee(Who who) => who is Who.Organizer or Who.Secretariat or Who.ChampionOfOceania;

    private static bool MaySeePriorities(Who who) => who is Who.Secretariat or Who.ChampionOfOceania;

    private static bool MayUse(Allowed allowed, Who who) => allowed switch
    {
        Allowed.Everyone => true,
        Allowed.OrganizerAndSecretariat => who is Who.Organizer or Who.Secretariat,
        Allowed.SecretariatAndChampionsOfOceania => MaySeePriorities(who),
        Allowed.SecretariatAndChampions => who is Who.Secretariat or Who.ChampionOfOceania or Who.ChampionOfCaribbean,
        _ => who == Who.Secretariat,
    };

    /// <summary>The reason a refused person reads.</summary>
    private static string Refusal(Allowed allowed, Who who) => allowed switch
    {
        Allowed.OrganizerAndSecretariat => "Only the organizer of OR-0001 or the ATT Secretariat",
        Allowed.Secretariat => "Only members of the ATT Secretariat",
        _ when who == Who.ChampionOfCaribbean => "outside the regions you champion",
        _ => "for the ATT Secretariat and regional champions only",
    };

    /// <summary>
    /// Two champions; OR-0001 restricted by Olga, OR-0002 shared by Otto overlapping it (conflict 1); Tonga in tier 3 with
    /// an intention Chloe recorded, Haiti (Caribbean) in tier 2; a status import #1 waiting for the Secretariat's decision.
    /// </summary>
    private async Task Setting()
    {
        var (samId, samName) = People[Who.Secretariat];
        Assert.Contains("Done", Shown(await Say(samId, samName, "grant champion Oceania <@29:chloe|Chloe Champion>")));
        Assert.Contains("Done", Shown(await Say(samId, samName, "grant champion Caribbean <@29:carl|Carl Caribbean>")));
        Assert.Contains("Registered OR-0001", Shown(await Say("29:olga", "Olga Organizer",
            $"register visit Tonga {Day(30)} with UNRCPD restricted as Secret Partner State note confidential-note-text")));
        Assert.Contains("Registered OR-0002", Shown(await Say("29:otto", "Otto Other", $"register call Tonga {Day(30)} as Open Office")));
        Assert.Contains("now in tier 3", Shown(await Say(samId, samName, "priority Tonga 3")));
        Assert.Contains("now in tier 2", Shown(await Say(samId, samName, "priority Haiti 2")));
        Assert.Contains("Recorded: Tonga", Shown(await Say("29:chloe", "Chloe Champion", $"intention Tonga {Day(-10)} at Secret Venue: pacific-intention-text")));
        Assert.Contains("Status import #1: preview", Shown(await Say(samId, samName, "import status\n" + StatusCsv)));
        await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:olga") + "/activities")); // Olga's heads-up
    }

    private async Task<string> Run(string command, Who who)
    {
        var (id, name) = People[who];
        var (text, _, _, buttonData) = Commands[command];
        return buttonData is not null
            ? await Click(id, name, text, (JsonObject)buttonData.DeepClone())
            : Shown(await Say(id, name, text));
    }

    /// <summary>Everything stored in the guarded tables, read straight from the file, one line per row.</summary>
    private string Stored()
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        var rows = new List<string>();
        foreach (var table in Guarded)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new StringBuilder(table);
                for (var i = 0; i < reader.FieldCount; i++)
                    row.Append('|').Append(reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) : reader.GetValue(i));
                rows.Add(row.ToString());
            }
        }
        rows.Sort(StringComparer.Ordinal);
        return string.Join('\n', rows);
    }

    [Theory]
    [MemberData(nameof(EveryCommandByEveryRole))]
    public async Task Each_command_is_allowed_or_refused_by_role_and_restricted_detail_stays_with_the_entitled(string command, Who who)
    {
        await Setting();
        var before = Stored();

        var reply = await Run(command, who);

        var (_, allowed, done, _) = Commands[command];
        if (MayUse(allowed, who))
        {
            Assert.Contains(done, reply);
            Assert.DoesNotContain("Only ", reply);
            Assert.DoesNotContain("outside the regions you champion", reply);
        }
        else
        {
            Assert.Contains(Refusal(allowed, who), reply);
            Assert.Equal(before, Stored());
        }
        if (!MaySee(who))
            foreach (var detail in RestrictedDetail)
                Assert.DoesNotContain(detail, reply);
        if (!MaySeePriorities(who))
            foreach (var detail in PriorityDetail)
                Assert.DoesNotContain(detail, reply);
    }

    [Theory]
    [InlineData(Who.Stakeholder)]
    [InlineData(Who.ChampionOfOceania)]
    [InlineData(Who.ChampionOfCaribbean)]
    [InlineData(Who.Secretariat)]
    [InlineData(Who.Organizer)]
    public async Task Lists_and_conflict_warnings_show_the_restricted_registration_exactly_to_the_entitled(Who who)
    {
        await Setting();

        foreach (var command in new[] { "outreach", "register" })
        {
            var reply = await Run(command, who);
            foreach (var detail in new[] { "Olga Organizer", "Secret Partner State" })
                Assert.Equal(MaySee(who), reply.Contains(detail, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_heads_up_names_a_later_restricted_registration_to_the_regions_champion_and_not_to_a_stakeholder()
    {
        await Setting();
        // Far enough from OR-0001 and OR-0002, and from each other, that only Olga's new registration overlaps them.
        await Say("29:stan", "Stan Holder", $"register call Tonga {Day(80)} as Stan's Office");
        await Say("29:chloe", "Chloe Champion", $"register call Fiji {Day(80)} as Chloe's Office");
        await Say("29:olga", "Olga Organizer", $"register visit Tonga, Fiji {Day(81)} with UNRCPD restricted as Secret Partner State note confidential-note-text");

        // Chloe, champion of Oceania, also gets a note about each new registration there: the heads-up is the one to read.
        var toStan = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:stan") + "/activities") && c.CardJson.Contains("Heads-up"));
        var toChloe = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:chloe") + "/activities") && c.CardJson.Contains("Heads-up"));
        Assert.Contains("Ask the Secretariat to put you in touch.", toStan.CardJson);
        foreach (var detail in RestrictedDetail.Take(2))
        {
            Assert.DoesNotContain(detail, toStan.CardJson);
            Assert.Contains(detail, toChloe.CardJson);
        }
    }
}
