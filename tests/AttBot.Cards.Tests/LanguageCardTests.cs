using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AttBot.Cards.BlockKit;
using AttBot.Data.Seed;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.Tests.OutreachSamples;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Cards.Tests;

/// <summary>
/// The status card, the help and the unknown-state answers in French and Spanish, on Teams and Slack: each passes the
/// official Adaptive Cards parser or Slack's limits, and none keeps a sentence of its English rendering.
/// </summary>
public sealed partial class LanguageCardTests
{
    private static readonly Lang[] Translated = [Lang.French, Lang.Spanish];
    private static readonly PlannedOutreach Planned = new(2, new DateOnly(2027, 3, 10), 90, 3, new DateOnly(2027, 7, 2));

    /// <summary>Every rendering in one language, named, Teams cards and Slack messages alike; the same names in every language.</summary>
    private static IEnumerable<(string Name, JsonObject Card, bool Slack)> Renderings(Lang language)
    {
        foreach (var country in EveryCard.Countries)
        {
            // A declared intention shows the assistance avenues for non-signatories too.
            yield return ($"status {country.Iso3}", AttBotCards.Status(country, StatusTable.SeedCurrentTo, Planned, declaredIntention: true, language), false);
            yield return ($"slack status {country.Iso3}", SlackMessages.Status(country, StatusTable.SeedCurrentTo, Planned, declaredIntention: true, language), true);
        }
        yield return ("accession not yet in force", AttBotCards.Status(EveryCard.ByIso3("ECU") with
        {
            EntryIntoForce = StatusTable.SeedCurrentTo.AddDays(30),
        }, StatusTable.SeedCurrentTo, null, false, language), false);
        yield return ("welcome", AttBotCards.Welcome(language), false);
        yield return ("help", AttBotCards.Help(language), false);
        yield return ("slack help", SlackMessages.Help("/att", language), true);
        foreach (var rendering in AskBeforeRenderings(language)) yield return rendering;
        yield return ("choose", AttBotCards.ChooseCountry("Congo", [EveryCard.ByIso3("COG"), EveryCard.ByIso3("COD")], language), false);
        yield return ("slack choose", SlackMessages.ChooseCountry("Congo", [EveryCard.ByIso3("COG"), EveryCard.ByIso3("COD")], language), true);
        yield return ("unknown", AttBotCards.UnknownCountry("Gui", [EveryCard.ByIso3("GIN"), EveryCard.ByIso3("GNB"), EveryCard.ByIso3("GNQ")], language), false);
        yield return ("unknown, nothing close", AttBotCards.UnknownCountry("Atlantis", [], language), false);
        yield return ("slack unknown", SlackMessages.UnknownCountry("Tonnga", [EveryCard.ByIso3("TON"), EveryCard.ByIso3("TGO")], language), true);

        var pitaInTeams = PitaOceania with { Visibility = Visibility.Shared, Organizer = Pita with { Upn = "pita@controlarms.org" } };
        var pitaInSlack = PitaOceania with { Visibility = Visibility.Shared, Organizer = new Organizer("slack", "U0PITA", "Pita Taufa") };
        string Named(string iso3) => PlaceNames.State(EveryCard.ByIso3(iso3), language);
        var again = AnaTonga with { Id = 41 };
        var confirmations = new (string Name, OutreachPlan Plan, IReadOnlyList<Conflict> Conflicts, Viewer Viewer)[]
        {
            ("registered", AnaTonga, [], AnaViewer),
            ("registered, region", PitaOceania, [Duplication(AnaTonga, PitaOceania)], PitaViewer),
            ("registered, anonymous overlap", AnaTonga, [Duplication(AnaTonga, PitaOceania)], AnaViewer),
            ("registered, Secretariat", AnaTonga, [Duplication(AnaTonga, PitaOceania)], Secretariat),
            ("registered again", again, [Duplication(AnaTonga, again)], AnaViewer),
            // The other organizer reachable: a Teams chat link, a Slack mention, or the Secretariat's offer.
            ("registered, reach in Teams", AnaTonga, [Duplication(AnaTonga, pitaInTeams)], AnaViewer),
            ("registered, reach in Slack", AnaTonga, [Duplication(AnaTonga, pitaInSlack)], AnaViewer),
            ("registered, many overlaps", AnaTonga, [.. Enumerable.Range(1, 12).Select(i => Duplication(PitaOceania with { Id = i }, AnaTonga))], AnaViewer),
        };
        foreach (var (name, plan, conflicts, viewer) in confirmations)
        {
            yield return (name, OutreachCards.RegistrationConfirmation(plan, conflicts, viewer, Named, language), false);
            yield return ($"slack {name}", SlackMessages.RegistrationConfirmation(plan, conflicts, viewer, Named, language), true);
        }
        foreach (var rendering in RegionRenderings(language)) yield return rendering;
        foreach (var rendering in Reports(language)) yield return rendering;
        foreach (var notice in NoticeRenderings(language)) yield return notice;
        foreach (var rendering in OutreachRenderings(language)) yield return rendering;
        foreach (var rendering in FinalWordsRenderings(language)) yield return rendering;
    }

    /// <summary>A list of states that are written alike in both languages ("Fiji, Tonga, Tuvalu" in Spanish), or its piece between two names' parentheses.</summary>
    private static bool StatesOnly(string sentence, Lang language) =>
        sentence.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(part => EveryCard.Countries.Any(c => PlaceNames.State(c, language) == part || PlaceNames.State(c, language).StartsWith(part + " (", StringComparison.Ordinal)));

    /// <summary>What people typed into the samples, shown as typed in every language.</summary>
    private static readonly string[] TypedByPeople =
        [.. new[] { AnaTonga, PitaOceania }.SelectMany(p => new[] { p.Organization, p.Partners, p.Notes }).OfType<string>()];

    [Fact]
    public void Every_French_and_Spanish_card_passes_the_official_parser()
    {
        var cards = Translated.SelectMany(l => Renderings(l).Where(r => !r.Slack).Select(r => (Name: $"{l} {r.Name}", r.Card))).ToList();
        var reports = OfficialAdaptiveCardsParser.Validate(cards.Select(c => c.Card));

        Assert.Equal(cards.Count, reports.Count);
        var problems = reports.Where(r => r.Errors.Count > 0 || r.Warnings.Count > 0)
            .Select(r => $"{cards[r.Index].Name}: {string.Join("; ", r.Errors.Concat(r.Warnings))}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_French_and_Spanish_Slack_message_fits_Block_Kit_limits()
    {
        foreach (var language in Translated)
            foreach (var (name, message, _) in Renderings(language).Where(r => r.Slack))
                Assert.True(BlockKitLimits.CheckMessage(message).Count == 0, $"{language} {name}: {string.Join("; ", BlockKitLimits.CheckMessage(message))}");
    }

    [Fact]
    public void No_English_sentence_is_left_in_a_French_or_Spanish_rendering()
    {
        var english = Renderings(Lang.English).ToDictionary(r => r.Name, r => r.Card);
        var left = new List<string>();
        var compared = 0;
        foreach (var language in Translated)
        {
            foreach (var (name, card, _) in Renderings(language))
            {
                var translated = string.Join("\n", Strings(card));
                var sentences = Strings(english[name]).SelectMany(Sentences).Distinct()
                    .Where(sentence => !TypedByPeople.Concat(ProperNames).Any(typed => typed.Contains(sentence, StringComparison.Ordinal)) && !StatesOnly(sentence, language)).ToList();
                compared += sentences.Count;
                left.AddRange(sentences.Where(sentence => translated.Contains(sentence, StringComparison.Ordinal))
                    .Select(sentence => $"{language} {name}: “{sentence}”"));
            }
        }
        Assert.True(compared > 4000, $"only {compared} English sentences compared: the test would prove little");
        Assert.True(left.Count == 0, string.Join("\n", left.Distinct().Take(40)));
    }

    [Theory]
    [InlineData(Lang.French, "Signataire, n’a pas encore ratifié", "Signature", "26 septembre 2013", "Asie · Asie du Sud-Est", "Malaisie")]
    [InlineData(Lang.Spanish, "Signatario, aún no ha ratificado", "Firma", "26 de septiembre de 2013", "Asia · Asia sudoriental", "Malasia")]
    public void A_signatory_s_card_reads_in_the_reader_s_language(Lang language, string headline, string signed, string date, string region, string name)
    {
        var card = AttBotCards.Status(EveryCard.ByIso3("MYS"), StatusTable.SeedCurrentTo, null, false, language);
        var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal(name, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(headline, card["body"]![1]!["text"]!.GetValue<string>());
        Assert.Contains($"\"title\":\"{signed}\",\"value\":\"{date}\"", json);
        Assert.Contains(region, json);
        Assert.Contains(language == Lang.French ? "Données à jour au 18 mars 2026" : "Datos actualizados al 18 de marzo de 2026", json);
    }

    [Theory]
    [InlineData(Lang.French, "Démarche OR-0040 inscrite", "⚠ Double emploi possible avec une autre inscription",
        "Une autre partie prenante a prévu une démarche auprès de Tonga (11–14 mars 2027), empiétant de 2 jours sur votre démarche bilatérale.",
        "Demandez au Secrétariat de vous mettre en relation.")]
    [InlineData(Lang.Spanish, "Gestión OR-0040 registrada", "⚠ Posible duplicación con otro registro",
        "Otra parte interesada ha previsto una gestión ante Tonga (11–14 de marzo de 2027), coincidiendo 2 días con su gestión bilateral.",
        "Pida a la Secretaría que los ponga en contacto.")]
    public void A_confirmation_tells_an_anonymous_overlap_in_the_reader_s_language(Lang language, string heading, string warning, string overlap, string ask)
    {
        var card = OutreachCards.RegistrationConfirmation(AnaTonga, [Duplication(AnaTonga, PitaOceania)], AnaViewer, CountryName, language);
        var texts = Strings(card).ToList();

        Assert.Contains(heading, texts);
        Assert.Contains(warning, texts);
        Assert.Contains(overlap, texts);
        Assert.Contains(ask, texts);
        CardJson.AssertNoTraceOf(card, PitaOceania);
    }

    /// <summary>Every string a reader sees: texts, titles, values, fallbacks; not ids, verbs, colours or sizes.</summary>
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        // A fact's value is read; a Slack button's value is the command it sends, and a choice's what the bot reads back: English by design.
        JsonObject o => o.SelectMany(p => (p.Key is "text" or "title" or "fallbackText" || p.Key == "value" && o.ContainsKey("title") && o.Parent?.GetPropertyName() != "choices")
            && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };

    /// <summary>The English pieces of three words or more, cut at sentence marks, colons and separators, without Markdown.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreaks().Split(text.Replace("**", "").Replace("*", ""))
            .Select(s => s.Trim())
            .Where(s => s.Split(' ').Count(w => w.Any(char.IsLetter)) >= 3);

    [GeneratedRegex(@"[.;:·\n?—()]+")]
    private static partial Regex SentenceBreaks();
}
