using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using static AttBot.Functional.Tests.Infrastructure.ChatTestBase;

namespace AttBot.Functional.Tests;

/// <summary>
/// The role × command matrix both channels run (RoleMatrixTests on Teams, Slack/SlackRoleMatrixTests on Slack): one
/// list of commands, who may use each, what shows it was done, and what only the entitled may read. Each channel's
/// tests are the driver: they set the same scene, type the command (or click the button) and collect what was sent.
/// </summary>
/// <remarks>
/// A command's text names people as "{Nina}" and "{Chloe}" (see <see cref="Typed"/>): each channel writes a mention its
/// own way (Teams "&lt;@29:nina|Nina New&gt;", Slack "&lt;@U0NINA&gt;").
/// </remarks>
public static class RoleMatrix
{
    public enum Who { Stakeholder, ChampionOfOceania, ChampionOfCaribbean, Secretariat, Organizer }

    public enum Allowed { Everyone, OrganizerAndSecretariat, Secretariat, SecretariatAndChampionsOfOceania, SecretariatAndChampions }

    /// <summary>
    /// A command as typed (or a card button: its verb and data), who may use it, and a piece of the answer that shows it
    /// was done. <paramref name="ByOrganizer"/>: what the organizer types instead, where the same words would be hers twice.
    /// </summary>
    public sealed record Case(string Text, Allowed Allowed, string Done, JsonObject? ButtonData = null, string? ByOrganizer = null)
    {
        public string TextFor(Who who) => who == Who.Organizer && ByOrganizer is { } own ? own : Text;
    }

    /// <summary>What only the entitled may read of OR-0001, the restricted registration.</summary>
    public static readonly string[] RestrictedDetail = ["Olga Organizer", "Secret Partner State", "UNRCPD", "confidential-note-text"];

    /// <summary>What only the Secretariat and Oceania's champions may read of Tonga's priority: its tier and its declared intention.</summary>
    public static readonly string[] PriorityDetail = ["Tier 3 ·", "Secret Venue", "pacific-intention-text"];

    /// <summary>The path of every export's download link.</summary>
    public const string DownloadPath = "/api/exports/";

    /// <summary>The depositary's table as the Secretariat pastes it: Cuba acceded.</summary>
    public const string StatusCsv = """
        Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"
        Cuba,,2 Mar 2026 a
        """;

    /// <summary>
    /// The scene each channel sets before a command (see RoleMatrixTests.Setting): two champions; OR-0001 restricted by
    /// Olga, OR-0002 shared by Otto overlapping it (conflict 1); Tonga in tier 3 with an intention Chloe recorded, Haiti
    /// (Caribbean) in tier 2; a status import #1 waiting for the Secretariat's decision.
    /// </summary>
    public static readonly string RestrictedRegistration =
        $"register visit Tonga {Day(30)} with UNRCPD restricted as Secret Partner State note confidential-note-text";

    public static readonly Dictionary<string, Case> Commands = new()
    {
        ["status"] = new("status Tonga", Allowed.Everyone, "Tonga"),
        ["outreach"] = new("outreach Tonga", Allowed.Everyone, "Outreach for Tonga"),
        ["mine"] = new("mine", Allowed.Everyone, "Your registrations"),
        // A plain line, close to the restricted OR-0001 so that its confirmation names (or hides) it. The organizer's
        // own OR-0001 is Tonga's: close to it, hers would be asked about first (AskBeforeTests), so hers names Fiji.
        ["register"] = new($"register call Tonga {Day(31)} as Someone Else's Office", Allowed.Everyone, "Registered OR-0003",
            ByOrganizer: $"register call Fiji {Day(31)} as Someone Else's Office"),
        ["register anyway"] = new($"register anyway call Tonga {Day(31)} as Someone Else's Office", Allowed.Everyone, "Registered OR-0003"),
        ["cancel"] = new("confirm cancel OR-0001", Allowed.OrganizerAndSecretariat, "OR-0001 cancelled"),
        ["move"] = new($"move OR-0001 {Day(33)}", Allowed.OrganizerAndSecretariat, "OR-0001 moved"),
        ["done"] = new("confirm done OR-0001 met the minister", Allowed.OrganizerAndSecretariat, "OR-0001 recorded as done"),
        ["subscribe"] = new("subscribe alerts", Allowed.Secretariat, "Alerts on"),
        ["history of a registration"] = new("history OR-0001", Allowed.Secretariat, "History of OR-0001"),
        ["history of a state"] = new("history Tonga", Allowed.Secretariat, "History of Tonga"),
        ["grant"] = new("grant champion Polynesia {Nina}", Allowed.Secretariat, "is now regional champion"),
        ["revoke"] = new("revoke champion Oceania {Chloe}", Allowed.Secretariat, "is no longer"),
        ["roles"] = new("roles", Allowed.Secretariat, "Regional champions"),
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

    /// <summary>Commands whose answer is Secretariat material: never posted where others read along.</summary>
    public static readonly HashSet<string> PrivateMaterial =
    [
        "history of a registration", "history of a state", "grant", "revoke", "roles", "import status", "apply import", "discard import",
        "export csv", "export ics", "summary", "priority of a state", "priority tier", "priorities", "priorities of a region", "intention",
        "gaps", "gaps of a region", "calendar feed",
    ];

    /// <summary>The command's text with its people named as the channel mentions them.</summary>
    public static string Typed(string text, IReadOnlyDictionary<string, string> mentions) =>
        mentions.Aggregate(text, (typed, mention) => typed.Replace("{" + mention.Key + "}", mention.Value, StringComparison.Ordinal));

    public static TheoryData<string, Who> EveryCommandByEveryRole()
    {
        var data = new TheoryData<string, Who>();
        foreach (var command in Commands.Keys)
            foreach (var who in Enum.GetValues<Who>())
                data.Add(command, who);
        return data;
    }

    public static bool MaySee(Who who) => who is Who.Organizer or Who.Secretariat or Who.ChampionOfOceania;

    public static bool MaySeePriorities(Who who) => who is Who.Secretariat or Who.ChampionOfOceania;

    public static bool MayUse(Allowed allowed, Who who) => allowed switch
    {
        Allowed.Everyone => true,
        Allowed.OrganizerAndSecretariat => who is Who.Organizer or Who.Secretariat,
        Allowed.SecretariatAndChampionsOfOceania => MaySeePriorities(who),
        Allowed.SecretariatAndChampions => who is Who.Secretariat or Who.ChampionOfOceania or Who.ChampionOfCaribbean,
        _ => who == Who.Secretariat,
    };

    /// <summary>The reason a refused person reads.</summary>
    public static string Refusal(Allowed allowed, Who who) => allowed switch
    {
        Allowed.OrganizerAndSecretariat => "Only the organizer of OR-0001 or the ATT Secretariat",
        Allowed.Secretariat => "Only members of the ATT Secretariat",
        _ when who == Who.ChampionOfCaribbean => "outside the regions you champion",
        _ => "for the ATT Secretariat and regional champions only",
    };

    /// <summary>
    /// What <paramref name="reader"/> must not read in <paramref name="shown"/>, whoever asked: the restricted
    /// registration's detail, Tonga's priority and any download link, unless they may. Olga's own "register" (and
    /// "register anyway") is a shared registration of hers: her name on it is no secret.
    /// </summary>
    public static void AssertNothingForbiddenTo(Who? reader, string shown, Who? asker = null, string? command = null)
    {
        var secrets = asker == Who.Organizer && command is "register" or "register anyway" ? RestrictedDetail.Skip(1) : RestrictedDetail;
        if (reader is not { } r || !MaySee(r))
            foreach (var detail in secrets)
                Assert.DoesNotContain(detail, shown);
        if (reader is not { } p || !MaySeePriorities(p))
            foreach (var detail in PriorityDetail)
                Assert.DoesNotContain(detail, shown);
        if (reader != Who.Secretariat)
            Assert.DoesNotContain(DownloadPath, shown);
    }

    /// <summary>Tables a refused command must leave exactly as they were.</summary>
    private static readonly string[] Guarded =
    [
        "audit_log", "countries", "status_data_info", "status_imports", "country_priorities", "declared_intentions", "exports",
        "outreach", "outreach_targets", "conflicts", "roles", "alert_subscriptions",
    ];

    /// <summary>Everything stored in the guarded tables, read straight from the file, one line per row.</summary>
    public static string Stored(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
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
}
