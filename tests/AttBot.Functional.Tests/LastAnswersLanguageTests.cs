using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// The answers that were English last, through the real pipeline: a French-speaking stakeholder (Teams fr-FR) is told
/// in French that exports, history and status edits are the Secretariat's; a Spanish-speaking Secretariat member
/// (es-ES) reads the treaty's date rules and an import's refusals in Spanish.
/// </summary>
public sealed class LastAnswersLanguageTests() : BotTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
    ["Exports:PublicBaseUrl"] = "http://bot.example.test",
})
{
    private const string Secretariat = "29:secretariat-1";

    private const string Csv = """
        Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"
        Tonga,,2 Mar 2026 a
        Atlantis,3 Jun 2013,
        """;

    private async Task<string> Say(string text, string userId, string locale)
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = Activities.MessageFrom(Connector.ServiceUrl, text, userId, userId == Secretariat ? "Sam" : "Ana Ruiz", id);
        activity["locale"] = locale;
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        return reply.Card is null ? reply.Text ?? "" : reply.CardJson + reply.Body?["summary"];
    }

    [Fact]
    public async Task A_French_stakeholder_is_told_in_French_what_only_the_Secretariat_may_do()
    {
        Assert.Equal("Seuls les membres du Secrétariat du TCA peuvent exporter les démarches.", await Say("export csv", "29:ana", "fr-FR"));
        Assert.Equal("Seuls les membres du Secrétariat du TCA peuvent consulter l’historique des fiches.", await Say("history Tonga", "29:ana", "fr-FR"));
        Assert.Equal("Seuls les membres du Secrétariat du TCA peuvent modifier les données de situation.", await Say("set status Tonga party", "29:ana", "fr-FR"));
    }

    [Fact]
    public async Task A_Spanish_Secretariat_member_reads_the_date_rules_in_Spanish()
    {
        var signed = await Say("set status Tonga signatory 2020-03-05", Secretariat, "es-ES");
        Assert.Contains("el Tratado estuvo abierto a la firma solo desde el 3 de junio de 2013 hasta su entrada en vigor el 24 de diciembre de 2014 (artículo 20)", signed);
        Assert.Contains("no pudo firmarse el 5 de marzo de 2020", signed);

        Assert.Equal("Indique la fecha en que se depositó el instrumento, por ejemplo **set status Tonga party 2026-03-02**.",
            await Say("set status Tonga party", Secretariat, "es-ES"));
        Assert.Contains("no es una fecha que sepa leer", await Say("set status Tonga party mañana", Secretariat, "es-ES"));
        Assert.DoesNotContain("Article", signed);
    }

    [Fact]
    public async Task A_Spanish_Secretariat_member_reads_an_import_s_refusals_in_Spanish()
    {
        var preview = await Say("import status\n" + Csv, Secretariat, "es-ES");
        Assert.Contains("«Atlantis» no es un Estado que yo conozca.", preview);
        Assert.Contains("Afganistán", preview); // a State Party missing from the file, by its Spanish name
        Assert.DoesNotContain("is not a state I know", preview);

        Assert.Equal("No hay ninguna importación de situación «99».", await Say("apply import 99", Secretariat, "es-ES"));
        await Say("discard import 1", Secretariat, "es-ES");
        Assert.Equal("La importación n.º 1 se descartó; vuelva a enviar el archivo para importarlo.", await Say("apply import 1", Secretariat, "es-ES"));
    }
}
