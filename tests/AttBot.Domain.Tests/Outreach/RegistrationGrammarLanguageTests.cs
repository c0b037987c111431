using AttBot.Domain.Outreach;
using static AttBot.Domain.Tests.Outreach.Plans;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Tests.Outreach;

/// <summary>The one-line registration in French and Spanish: their kinds, topics and clause words, accents optional, and problems in the reader's language.</summary>
public sealed class RegistrationGrammarLanguageTests
{
    private static RegistrationRequest Understood(string text)
    {
        var (request, problems) = RegistrationParser.Parse(text);
        Assert.True(problems.Count == 0, $"'{text}': {string.Join(" | ", problems)}");
        return request;
    }

    [Fact]
    public void The_French_help_example_is_understood()
    {
        var request = Understood("bilatérale Tonga 2027-03-10..2027-03-12 thème adhésion en tant que Mexique");

        Assert.Equal(OutreachKind.Bilateral, request.Kind);
        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal(D("2027-03-10"), request.Start);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
        Assert.Equal("Mexique", request.Organization);
    }

    [Fact]
    public void The_Spanish_help_example_is_understood()
    {
        var request = Understood("bilateral Tonga 2027-03-10..2027-03-12 tema adhesión como México");

        Assert.Equal(OutreachKind.Bilateral, request.Kind);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
        Assert.Equal("México", request.Organization);
    }

    [Theory]
    [InlineData("ATELIER Fidji 2027-03-10", OutreachKind.Workshop)]
    [InlineData("une visite Fidji 2027-03-10", OutreachKind.Visit)]
    [InlineData("réunion Fidji 2027-03-10", OutreachKind.Call)]
    [InlineData("multilaterale Fidji 2027-03-10", OutreachKind.Multilateral)]
    [InlineData("taller Fiji 2027-03-10", OutreachKind.Workshop)]
    [InlineData("una misión Fiji 2027-03-10", OutreachKind.Visit)]
    [InlineData("Llamada Fiji 2027-03-10", OutreachKind.Call)]
    [InlineData("otra Fiji 2027-03-10", OutreachKind.Other)]
    public void French_and_Spanish_kinds_are_read_whatever_the_case_and_accents(string text, OutreachKind kind) =>
        Assert.Equal(kind, Understood(text).Kind);

    [Fact]
    public void French_clauses_are_read_with_or_without_accents()
    {
        var request = Understood("regionale region Afrique de l’Ouest du 2027-03-10 au 2027-03-12 theme mise en oeuvre et rapports " +
            "avec l’UNODA et l’UE au nom du Ghana restreint note rencontre avec le conseiller juridique");

        Assert.Equal(OutreachKind.Regional, request.Kind);
        Assert.Equal("Afrique de l’Ouest", request.RegionName);
        Assert.Equal(D("2027-03-10"), request.Start);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Implementation, OutreachTopic.Reporting], request.Topics);
        Assert.Equal("l’UNODA et l’UE", request.Partners);
        Assert.Equal("Ghana", request.Organization);
        Assert.True(request.Restricted);
        Assert.Equal("rencontre avec le conseiller juridique", request.Notes);
    }

    [Fact]
    public void Spanish_clauses_are_read_with_or_without_accents()
    {
        var request = Understood("visita Fiji, Samoa y Tonga desde 2027-03-10 hasta 2027-03-12 temas parlamento, patrocinio " +
            "con la UE en nombre de Ministerio de Relaciones Exteriores de Chile restringida nota primera visita");

        Assert.Equal(["Fiji", "Samoa", "Tonga"], request.CountryNames);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Parliamentary, OutreachTopic.Sponsorship], request.Topics);
        Assert.Equal("la UE", request.Partners);
        Assert.Equal("Ministerio de Relaciones Exteriores de Chile", request.Organization);
        Assert.True(request.Restricted);
        Assert.Equal("primera visita", request.Notes);
    }

    [Theory]
    [InlineData("bilatérale Trinité et Tobago et Fidji 2027-03-10", "Trinité et Tobago", "Fidji")]
    [InlineData("bilateral Bosnia y Herzegovina y Chile 2027-03-10", "Bosnia y Herzegovina", "Chile")]
    public void A_state_whose_name_holds_et_or_y_stays_whole(string text, string first, string second) =>
        Assert.Equal([first, second], Understood(text).CountryNames);

    [Theory]
    [InlineData(Lang.French, "Le 30 février 2027 n’existe pas\u00A0: février compte 28 jours en 2027.")]
    [InlineData(Lang.Spanish, "El 30 de febrero de 2027 no existe: febrero tiene 28 días en 2027.")]
    [InlineData(Lang.English, "There is no 30 February 2027: February has 28 days in 2027.")]
    public void An_impossible_date_is_explained_in_the_reader_s_language(Lang language, string expected)
    {
        var (_, problems) = RegistrationParser.Parse("bilateral Tonga 2027-02-30 as Mexico", language);
        Assert.Equal(expected, Assert.Single(problems).Message);
    }

    [Theory]
    [InlineData(Lang.French, "Je ne connais pas le thème «\u00A0désarmement\u00A0». Choisissez parmi\u00A0: adhésion, mise en œuvre, assistance, parrainage, parlementaire, rapports, autre.")]
    [InlineData(Lang.Spanish, "No conozco el tema «desarme». Elija entre: adhesión, aplicación, asistencia, patrocinio, parlamentario, informes, otro.")]
    public void An_unknown_topic_is_named_back_with_the_reader_s_topics(Lang language, string expected)
    {
        var word = language == Lang.French ? "désarmement" : "desarme";
        var (_, problems) = RegistrationParser.Parse($"bilateral Tonga 2027-03-10 tema {word}", language);
        Assert.Equal(expected, Assert.Single(problems).Message);
    }

    [Theory]
    [InlineData(Lang.French, "Précisez le type de démarche")]
    [InlineData(Lang.Spanish, "Indique el tipo de gestión")]
    public void Missing_parts_are_asked_for_in_the_reader_s_language(Lang language, string kindQuestion)
    {
        var (_, problems) = RegistrationParser.Parse("", language);
        Assert.StartsWith(kindQuestion, problems[0].Message);
        Assert.All(problems, p => Assert.DoesNotContain("Which states", p.Message));
        Assert.All(problems, p => Assert.DoesNotContain("When is it", p.Message));
    }

    [Theory]
    [InlineData("bilatérale Tonga 10 mars 2027")]
    [InlineData("bilateral Tonga 10 de marzo de 2027")]
    public void Dates_in_words_are_named_back_with_the_format_to_use(string text)
    {
        var (_, problems) = RegistrationParser.Parse(text, Lang.French);
        Assert.Contains(problems, p => p.Message.StartsWith("Je ne peux pas lire", StringComparison.Ordinal) && p.Message.Contains("AAAA-MM-JJ"));
    }

    [Fact]
    public void A_window_in_the_reader_s_language_keeps_its_English_reading()
    {
        var (window, problems) = RegistrationParser.ParseWindow("2027-04-01..03", Lang.Spanish);
        Assert.Empty(problems);
        Assert.Equal(D("2027-04-03"), window!.End);
    }
}
