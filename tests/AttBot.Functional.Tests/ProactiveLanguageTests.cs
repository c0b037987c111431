using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests;

/// <summary>
/// What the bot sends unasked reaches each recipient in their language, through the outbox and the real pipeline: a
/// Secretariat conversation that chose French gets its alerts in French, an organizer whose Teams is in Spanish (and
/// who never chose) gets the heads-up in Spanish.
/// </summary>
public sealed class ProactiveLanguageTests() : ChatTestBase(Settings())
{
    private const string Desk = "19:att-desk@thread.v2";

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    };

    private static string Path(string conversationId) => $"/_connector/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    /// <summary>The proactive messages (not replies) sent to a conversation after call number <paramref name="after"/>.</summary>
    private List<string> SentTo(string conversationId, int after) =>
        Connector.Calls.Skip(after).Where(c => c.Path == Path(conversationId) && c.Status == 200 && c.Body?["replyToId"] is null)
            .Select(c => (c.CardJson + c.Body?["summary"]).Replace("\\u00A0", "\u00A0", StringComparison.Ordinal)).ToList();

    private static Action<JsonObject> InDesk => activity => activity["conversation"] = new JsonObject
    {
        ["id"] = Desk, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = "tenant-1",
    };

    private static Action<JsonObject> Locale(string locale) => activity => activity["locale"] = locale;

    [Fact]
    public async Task An_alert_reaches_a_Secretariat_conversation_that_chose_French_in_French()
    {
        Connector.Rosters[Desk] = [(Secretariat, "Sam Secretariat", null)];
        Assert.Contains("Alerts on", Shown(await Say(Secretariat, "Sam Secretariat", "subscribe alerts", InDesk)));
        var chosen = Shown(await Say(Secretariat, "Sam Secretariat", "language fr", InDesk));
        Assert.Contains("Les alertes et la synthèse hebdomadaire de cette conversation seront rédigées en français.", chosen);
        await Say("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)}..{Day(32)} as Mexico");
        await OutboxEmpty();
        var before = Connector.Calls.Count;

        Assert.Contains("Registered OR-0002", Shown(await Say("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(33)} as Control Arms")));
        await OutboxEmpty();

        var alert = Assert.Single(SentTo(Desk, before));
        Assert.Contains("Double emploi possible\u00A0: Tonga", alert);
        Assert.Contains("Inscrite en premier", alert);
        Assert.Contains("Visite", alert);
        Assert.Contains("Coordination assurée", alert);
        Assert.Contains("Double emploi possible entre démarches", alert);
        foreach (var english in new[] { "Possible duplication", "Earlier", "Later", "States:", "Not a duplication", "days after" })
            Assert.DoesNotContain(english, alert);
        // The buttons still send what the bot reads, whatever the language.
        Assert.Contains("conflict.coordinated", alert);

        // Settled there, the alert stays in the conversation's language.
        var click = Activities.CardAction(Connector.ServiceUrl, "conflict.coordinated", new JsonObject { ["conflictId"] = 1 });
        click["from"] = Activities.From(Secretariat, "Sam Secretariat");
        InDesk(click);
        var response = await Client.PostActivityAsync(click);
        var settled = JsonNode.Parse(await response.Content.ReadAsStringAsync())!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Marquée", settled);
        Assert.Contains("coordination assurée", settled);
        Assert.DoesNotContain("Marked coordinated", settled);
    }

    [Fact]
    public async Task Language_fr_in_a_conversation_nobody_subscribed_sets_only_the_person_s_language()
    {
        var chosen = Shown(await Say("29:ana", "Ana Ruiz", "language fr", InDesk));

        Assert.Contains("vous répond désormais en français", chosen);
        Assert.DoesNotContain("cette conversation", chosen);
        Assert.Equal(0, CountRows("language_choices", "subject_kind = 'conversation'"));
    }

    [Fact]
    public async Task An_organizer_whose_Teams_is_in_Spanish_gets_the_heads_up_in_Spanish()
    {
        Assert.Contains("Gestión OR-0001 registrada", Shown(await Say("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)}..{Day(32)} as Mexico", Locale("es-ES"))));
        await OutboxEmpty();
        var before = Connector.Calls.Count;

        await Say("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(33)} as Control Arms");
        await OutboxEmpty();

        var headsUp = Assert.Single(SentTo("a:personal-29:ana", before));
        Assert.Contains("Aviso: un nuevo registro relativo a Tonga podría duplicar su visita OR-0001", headsUp);
        Assert.Contains("OR-0002 · Ben Okafor (Control Arms) · Bilateral", headsUp);
        Assert.Contains("el día siguiente a su visita", headsUp);
        Assert.Contains("Coordínese con Ben Okafor (Control Arms).", headsUp);
        Assert.Contains("Aviso: posible duplicación de su gestión", headsUp);
        foreach (var english in new[] { "Heads-up", "may duplicate", "Please coordinate", "Ask the Secretariat", "day after" })
            Assert.DoesNotContain(english, headsUp);
    }
}
