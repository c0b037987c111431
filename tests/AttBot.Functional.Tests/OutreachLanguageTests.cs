using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// The registration form, the lists and the short answers in the reader's language on Teams: a French client opens the
/// form with "inscrire", reads its labels in French and, after a bad submission, what to fix in French; "language es"
/// is answered in Spanish, and so is "language" after it.
/// </summary>
public sealed class OutreachLanguageTests : ChatTestBase
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void French(JsonObject activity) => activity["locale"] = "fr-FR";

    [Fact]
    public async Task A_French_client_gets_the_form_in_French_and_what_to_fix_in_French()
    {
        var form = await Say("29:luc", "Luc Martin", "inscrire", French);

        Assert.Equal("Inscrire une démarche", form.Body?["summary"]?.GetValue<string>());
        foreach (var label in new[] { "Vous agissez au nom de", "Type de démarche", "Autres États, par leur nom (séparés par des virgules)", "Au (facultatif)", "Bilatérale" })
            Assert.Contains(label, form.CardJson);
        foreach (var english in new[] { "You act for", "Kind of outreach", "More states", "Register outreach", "Bilateral" })
            Assert.DoesNotContain(english, form.CardJson);

        var click = Activities.CardAction(Connector.ServiceUrl, "outreach.register", new JsonObject { ["organization"] = "France", ["start"] = "2027-13-01" });
        click["from"] = Activities.From("29:luc", "Luc Martin");
        French(click);
        var response = await Client.PostActivityAsync(click);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Read back as the card's text, not as JSON escapes.
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Readable);

        Assert.Contains("Veuillez corriger", answer);
        Assert.Contains("Précisez le type de démarche", answer);
        Assert.Contains("Auprès de quels États", answer);
        Assert.Contains("n’est pas une date", answer);
        foreach (var english in new[] { "Please fix", "Say what kind", "Which states", "is not a date" })
            Assert.DoesNotContain(english, answer);
    }

    [Fact]
    public async Task A_French_client_lists_outreach_and_its_own_registrations_in_French()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} restricted as Mexico");

        var list = Shown(await Say("29:luc", "Luc Martin", "démarches Tonga", French));
        Assert.Contains("Démarches auprès de Tonga", list);
        Assert.Contains("Une autre partie prenante", list);
        Assert.Contains("démarche prévue (restreinte)", list);
        Assert.DoesNotContain("Mexico", list);
        Assert.DoesNotContain("Another stakeholder", list);

        var mine = Shown(await Say("29:luc", "Luc Martin", "mes inscriptions", French));
        Assert.Contains("Vos inscriptions", mine);
        Assert.Contains("Vous n’avez encore inscrit aucune démarche", mine);
    }

    [Fact]
    public async Task A_French_client_asks_for_champions_and_roles_in_French()
    {
        Assert.Equal("Aucun champion régional n’a encore été désigné.", Shown(await Say("29:luc", "Luc Martin", "champions", French)));
        Assert.Equal("Seuls les membres du Secrétariat du TCA peuvent voir qui exerce quel rôle.", Shown(await Say("29:luc", "Luc Martin", "roles", French)));
    }

    [Fact]
    public async Task Language_es_and_then_language_are_answered_in_Spanish()
    {
        var chosen = Shown(await Say("29:luc", "Luc Martin", "language es"));
        Assert.Contains("Entendido: AttBot le responde ahora en español.", chosen);

        var asked = Shown(await Say("29:luc", "Luc Martin", "language"));
        Assert.Contains("Ha elegido Español.", asked);
        Assert.Contains("Elija con idioma en, idioma fr o idioma es, o idioma auto.", asked);
        Assert.DoesNotContain("You chose", asked);

        var organization = Shown(await Say("29:luc", "Luc Martin", "organization"));
        Assert.Contains("Todavía no sé en nombre de quién actúa", organization);
    }
}
