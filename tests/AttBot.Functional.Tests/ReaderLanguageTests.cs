using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests;

/// <summary>
/// Teams answers in the reader's language through the one pipeline: the activity's locale, unless the person chose
/// with "language fr" (and "language auto" gives the locale back). Status, help and a registration's confirmation
/// with its possible-duplication warning are read in French with no English sentence left.
/// </summary>
public sealed class ReaderLanguageTests : BotTestBase
{
    private async Task<string> Say(string text, string locale = "en-US", string userId = "29:luc", string name = "Luc Martin")
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = Activities.MessageFrom(Connector.ServiceUrl, text, userId, name, id);
        activity["locale"] = locale;
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        return reply.Card is null ? reply.Text ?? "" : reply.CardJson + reply.Body?["summary"];
    }

    [Fact]
    public async Task A_French_Teams_client_gets_the_status_card_and_the_help_in_French()
    {
        var status = await Say("status Tonga", "fr-FR");
        Assert.Contains("Ni signataire ni partie", status);
        Assert.Contains("Données à jour au", status);
        Assert.DoesNotContain("Neither signatory nor party", status);

        var help = await Say("help", "fr-FR");
        Assert.Contains("Ce que fait AttBot", help);
        Assert.Contains("statut Viet Nam", help);
        Assert.DoesNotContain("What AttBot can do", help);
    }

    [Fact]
    public async Task A_French_registration_is_confirmed_in_French_with_its_possible_duplication()
    {
        Assert.Contains("Registered OR-0001", await Say($"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico", userId: "29:ana", name: "Ana Ruiz"));

        var confirmation = await Say($"inscrire bilatérale Tonga {Day(31)} en tant que France", "fr-FR");

        Assert.Contains("Démarche OR-0002 inscrite", confirmation);
        Assert.Contains("Double emploi possible avec une autre inscription", confirmation);
        Assert.Contains("OR-0001 · Ana Ruiz (Mexico) · Bilatérale", confirmation);
        Assert.Contains("empiétant d’un jour sur votre démarche bilatérale", confirmation);
        Assert.Contains("Demandez au Secrétariat de vous mettre en relation.", confirmation);
        Assert.Contains("Inscription d’une démarche", confirmation);
        foreach (var english in new[] { "Registered", "Possible duplication", "Acting for", "Please coordinate", "Ask the Secretariat", "days after", "during" })
            Assert.DoesNotContain(english, confirmation);
    }

    [Fact]
    public async Task Language_fr_answers_an_English_client_in_French_and_language_auto_gives_the_locale_back()
    {
        Assert.Contains("Ni signataire ni partie", await Say("language fr") + await Say("status Tonga"));

        await Say("language auto");
        var status = await Say("status Tonga");

        Assert.Contains("Neither signatory nor party", status);
        Assert.DoesNotContain("Données à jour", status);
    }

    [Fact]
    public async Task A_French_Teams_client_reads_a_region_in_French_whether_named_in_English_or_in_French()
    {
        var oceania = await Say("region Oceania", "fr-FR");

        Assert.Contains("\"text\":\"Océanie\"", oceania);
        Assert.Contains("États parties", oceania);
        Assert.Contains("Ni signataires ni parties", oceania);
        Assert.Contains("Démarches prévues dans les 90 prochains jours", oceania);
        Assert.Contains("Tableau mondial", oceania);
        Assert.Contains("Océanie. États parties", oceania); // the map described for screen readers
        foreach (var english in new[] { "States Parties", "Signatories, not yet party", "Outreach planned", "World table", "Data current to", "Map of" })
            Assert.DoesNotContain(english, oceania);

        var typedInFrench = await Say("région Océanie", "fr-FR");
        Assert.Contains("\"text\":\"Océanie\"", typedInFrench);
        Assert.Contains("Groupe des États d’Afrique", await Say("région États d’Afrique", "fr-FR"));
        Assert.Contains("Je ne connais pas la région", await Say("région Océanai", "fr-FR"));
        Assert.Contains("Tapez **map** pour la carte du monde.", await Say("map Océanai", "fr-FR"));
    }
}
