using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.Tests.OutreachSamples;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Cards.Tests;

/// <summary>
/// The lists of registrations, the notices, the registration form (Teams card and Slack modal) and the Slack Home in
/// French and Spanish: the renderings the shared tests check for the parser, Block Kit's limits and English left over.
/// </summary>
public sealed partial class LanguageCardTests
{
    private static readonly DateOnly FormDay = new(2027, 1, 15);

    /// <summary>Names written alike in every language: the map boundaries' sources, credited on the Slack Home.</summary>
    private static readonly string[] ProperNames = ["Natural Earth / visionscarto"];

    /// <summary>Plans of every shape, with only what people typed in the samples (it is shown as typed in every language).</summary>
    private static IReadOnlyList<OutreachPlan> ListedPlans =>
    [
        AnaTonga,
        AnaTonga with { Id = 43, State = OutreachState.Done, Outcome = AnaTonga.Notes },
        AnaTonga with { Id = 44, State = OutreachState.Cancelled, Visibility = Visibility.Restricted },
        PitaOceania,
        PitaOceania with { Id = 45, State = OutreachState.Done },
        PitaOceania with { Id = 46, State = OutreachState.Cancelled },
    ];

    /// <summary>A prefilled form, with only what people typed in the samples.</summary>
    private static RegistrationRequest TypedPrefill => new()
    {
        Kind = OutreachKind.Visit,
        CountryNames = ["TON", "Tuvalu"],
        RegionName = "Oceania",
        Start = new DateOnly(2027, 3, 10),
        End = new DateOnly(2027, 3, 12),
        Topics = [OutreachTopic.Accession, OutreachTopic.Reporting],
        Partners = AnaTonga.Partners,
        Restricted = true,
        Notes = AnaTonga.Notes,
        Organization = AnaTonga.Organization,
    };

    private static IEnumerable<(string Name, JsonObject Card, bool Slack)> OutreachRenderings(Lang language)
    {
        string Named(string iso3) => PlaceNames.State(EveryCard.ByIso3(iso3), language);
        var tonga = EveryCard.ByIso3("TON");
        var lists = new (string Name, Country? State, IReadOnlyList<OutreachPlan> Plans, Viewer Viewer)[]
        {
            ("list for a state, to its organizer", tonga, ListedPlans, AnaViewer),
            ("list for a state, anonymous", tonga, ListedPlans, Bystander),
            ("list for a state, Secretariat", tonga, ListedPlans, Secretariat),
            ("list for a state, over 20", tonga, ManyPlans(25).Select(p => p.Outcome is null ? p : p with { Outcome = AnaTonga.Notes }).ToList(), Bystander),
            ("list for a state, empty", tonga, [], Bystander),
            ("mine", null, ListedPlans.Take(3).ToList(), AnaViewer),
            ("mine, empty", null, [], AnaViewer),
        };
        foreach (var (name, state, plans, viewer) in lists)
        {
            var (title, empty) = (OutreachLines.ListTitle(state, language), OutreachLines.ListEmptyText(state, language));
            yield return (name, OutreachCards.OutreachList(title, plans, viewer, Named, empty, language), false);
            yield return ($"slack {name}", SlackMessages.OutreachList(title, plans, viewer, Named, empty, language), true);
        }

        var organization = AnswerWords.ActingForNoted(AnaTonga.Organization, language);
        yield return ("notice", OutreachCards.Notice(RegistrationCardWords.Registered(AnaTonga.PublicId, language), organization), false);
        yield return ("slack notice", SlackMessages.Notice(RegistrationCardWords.Registered(AnaTonga.PublicId, language), organization), true);

        var states = EveryCard.Countries;
        var problems = RegistrationRules.Check(new RegistrationRequest(), FormDay, language);
        yield return ("form", OutreachCards.RegistrationForm(null, [], states, Regions, null, language), false);
        yield return ("form, prefilled", OutreachCards.RegistrationForm(TypedPrefill, [], states, Regions, null, language), false);
        yield return ("form, with problems", OutreachCards.RegistrationForm(null, problems, states, Regions, AnaTonga.Organization, language), false);
        yield return ("slack form prompt", SlackMessages.RegistrationPrompt(language), true);
        yield return ("slack modal", SlackModals.RegistrationForm(null, states, Regions, null, language), true);
        yield return ("slack modal, prefilled", SlackModals.RegistrationForm(TypedPrefill, states, Regions, AnaTonga.Organization, language), true);
        yield return ("slack modal, registered", SlackModals.Registered(AnaTonga, [Duplication(AnaTonga, PitaOceania)], AnaViewer, Named, language), true);
        yield return ("slack home", HomeOf(ListedPlans, language, Named), true);
        yield return ("slack home, nothing registered", HomeOf([], language, Named), true);
    }

    private static JsonObject HomeOf(IReadOnlyList<OutreachPlan> plans, Lang language, Func<string, string> countryName)
    {
        var figures = RegionFigures.Of(new RegionDirectory(EveryCard.Countries).Find("Oceania")!);
        var region = new HomeRegion(new PersonRegion("Oceania", RegionReason.Registrations), figures, new RegionOutreach(2, 3, new DateOnly(2027, 3, 10), 90),
            StatusTable.SeedCurrentTo, null);
        return SlackHome.View(language, plans, AnaViewer, region, null, countryName);
    }

    [Fact]
    public void Every_French_and_Spanish_modal_and_Home_fits_Slack_s_limits()
    {
        foreach (var language in Translated)
            foreach (var (name, view, _) in OutreachRenderings(language).Where(r => r.Card["type"]?.GetValue<string>() is "modal" or "home"))
            {
                var problems = view["type"]!.GetValue<string>() == "modal" ? BlockKitLimits.CheckModal(view) : SlackHome.Check(view);
                Assert.True(problems.Count == 0, $"{language} {name}: {string.Join("; ", problems)}");
            }
    }

    [Theory]
    [InlineData(Lang.French, "Vous agissez au nom de", "Type de démarche", "Autres États, par leur nom (séparés par des virgules)", "Au (facultatif)", "Tapez le nom d’un État")]
    [InlineData(Lang.Spanish, "Actúa en nombre de", "Tipo de gestión", "Otros Estados, por su nombre (separados por comas)", "Hasta (opcional)", "Escriba el nombre de un Estado")]
    public void The_form_s_labels_and_examples_read_in_the_reader_s_language(Lang language, string actingFor, string kind, string moreStates, string to, string typeAState)
    {
        var form = OutreachCards.RegistrationForm(null, [], EveryCard.Countries, Regions, null, language);
        var inputs = form["body"]!.AsArray().OfType<JsonObject>().Where(e => e.ContainsKey("label")).ToList();
        var labels = inputs.Select(i => i["label"]!.GetValue<string>()).ToList();

        Assert.Equal(actingFor, labels[0]);
        Assert.Equal(kind, labels[1]);
        Assert.Equal(moreStates, labels[3]);
        Assert.Contains(to, labels);
        Assert.Contains(typeAState, inputs.Select(i => i["placeholder"]?.GetValue<string>()));
        // Every label and example has its own words: none is the English one.
        var english = OutreachCards.RegistrationForm(null, [], EveryCard.Countries, Regions, null)["body"]!.AsArray().OfType<JsonObject>()
            .SelectMany(e => new[] { e["label"], e["placeholder"], e["title"] }).OfType<JsonNode>().Select(n => n.GetValue<string>()).ToHashSet();
        var translated = inputs.SelectMany(e => new[] { e["label"], e["placeholder"], e["title"] }).OfType<JsonNode>().Select(n => n.GetValue<string>());
        Assert.DoesNotContain(translated, s => s.Contains(' ') && english.Contains(s));
    }

    [Theory]
    [InlineData(Lang.French, "Démarches auprès de Tonga", "Une autre partie prenante · 11–14 mars 2027 · démarche prévue (restreinte)", "Conclusions\u00A0: Meeting the Attorney General")]
    [InlineData(Lang.Spanish, "Gestiones ante Tonga", "Otra parte interesada · 11–14 de marzo de 2027 · gestión prevista (restringida)", "Conclusiones: Meeting the Attorney General")]
    public void A_list_reads_in_the_reader_s_language_and_keeps_others_restricted_plans_anonymous(Lang language, string title, string anonymous, string outcome)
    {
        var tonga = EveryCard.ByIso3("TON");
        var card = OutreachCards.OutreachList(OutreachLines.ListTitle(tonga, language), ListedPlans, AnaViewer, CountryName, OutreachLines.ListEmptyText(tonga, language), language);
        var texts = Strings(card).ToList();

        Assert.Contains(title, texts);
        Assert.Contains(anonymous, texts);
        Assert.Contains(outcome, texts);
        CardJson.AssertNoTraceOf(card, PitaOceania);
    }
}
