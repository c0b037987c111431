using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Data.Seed;
using AttBot.Domain.Audit;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using AttBot.Domain.Treaty;
using static AttBot.Cards.Tests.OutreachSamples;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Cards.Tests;

/// <summary>The Secretariat's exports, period summaries, history and status edits in every language, on Teams and Slack.</summary>
public sealed partial class LanguageCardTests
{
    private static readonly DateWindow Q1 = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

    private static IEnumerable<(string Name, JsonObject Card, bool Slack)> Reports(Lang language)
    {
        string Named(string iso3) => EveryCard.Countries.FirstOrDefault(c => c.Iso3 == iso3) is { } c ? PlaceNames.State(c, language) : iso3;

        var link = new Uri("https://attbot.example.org/api/exports/abc");
        var expires = new DateTimeOffset(2027, 1, 1, 9, 15, 0, TimeSpan.Zero);
        var filtered = new OutreachFilter { Period = Q1, Kind = OutreachKind.Workshop, Topic = OutreachTopic.Accession, State = OutreachState.Planned }
            .Describe(PlaceNames.Region("Asia", language), null, language);
        var all = new OutreachFilter().Describe(null, null, language);
        yield return ("export ready", ReportCards.ExportReady(ExportFormat.Csv, filtered, 12, truncated: false, "att-outreach-20270101-0900.csv", link, expires, language), false);
        yield return ("export truncated", ReportCards.ExportReady(ExportFormat.Calendar, all, 20_000, truncated: true, "att-outreach.ics", link, expires, language), false);
        yield return ("slack export ready", SlackReports.ExportReady(ExportFormat.Csv, filtered, 1, truncated: false, "att-outreach-20270101-0900.csv", link, expires, language), true);
        yield return ("slack export truncated", SlackReports.ExportReady(ExportFormat.Calendar, all, 20_000, truncated: true, "att-outreach.ics", link, expires, language), true);

        var empty = PeriodSummary.Build(Q1, [], [], _ => "Asia");
        var plans = new[] { AnaTonga, PitaOceania, AnaTonga with { Id = 43, State = OutreachState.Done, Kind = OutreachKind.Visit, Countries = ["VNM"] },
            PitaOceania with { Id = 44, State = OutreachState.Cancelled } };
        var conflicts = new[]
        {
            new RecordedConflict(1, Duplication(AnaTonga, PitaOceania), ConflictResolution.Coordinated, null, null),
            new RecordedConflict(2, Duplication(AnaTonga, PitaOceania), null, null, null),
        };
        var full = PeriodSummary.Build(Q1, plans, conflicts, iso3 => EveryCard.ByIso3(iso3).Region, registered: 7);
        yield return ("summary, empty", ReportCards.Summary(empty, Named, language), false);
        yield return ("summary", ReportCards.Summary(full, Named, language), false);
        yield return ("slack summary, empty", SlackReports.Summary(empty, Named, language), true);
        yield return ("slack summary", SlackReports.Summary(full, Named, language), true);

        yield return ("history, empty", AuditCards.History("OR-0040", [], language, Named), false);
        yield return ("history of a registration", AuditCards.History("OR-0040", History, language, Named), false);
        yield return ("history of a state", AuditCards.History("TON", History, language, Named), false);
        yield return ("slack history, empty", SlackMessages.History("TON", [], language, Named), true);
        yield return ("slack history", SlackMessages.History("TON", History, language, Named), true);
        yield return ("history, long", AuditCards.History("OR-0040", [.. Enumerable.Repeat(History[1], 45)], language, Named), false);
        yield return ("slack history, long", SlackMessages.History("OR-0040", [.. Enumerable.Repeat(History[1], 45)], language, Named), true);

        var tonga = EveryCard.ByIso3("TON");
        var malaysia = EveryCard.ByIso3("MYS");
        var diff = StatusDiff();
        yield return ("status changed", StatusEditCards.Changed(tonga, RegionSamples.TongaAccedes.ApplyTo(tonga), language), false);
        yield return ("status changed, signatory", StatusEditCards.Changed(malaysia, malaysia with { Status = TreatyStatus.None, SignatureDate = null }, language), false);
        yield return ("slack status changed", SlackStatusEdits.Changed(tonga, RegionSamples.TongaAccedes.ApplyTo(tonga), language), true);
        yield return ("import preview", StatusEditCards.Preview(3, "status.html", diff, language: language), false);
        yield return ("import preview, older page", StatusEditCards.Preview(3, StatusEditWords.PastedText, diff, new DateOnly(2026, 2, 3), StatusTable.SeedCurrentTo, language), false);
        yield return ("import preview, nothing to apply", StatusEditCards.Preview(4, "status.csv", new StatusDiff([], 143, [], []), language: language), false);
        yield return ("import applied", StatusEditCards.Applied(3, "status.html", diff, new DateOnly(2026, 11, 24), language), false);
        yield return ("import discarded", StatusEditCards.Discarded(3, StatusEditWords.PastedText, language), false);
        yield return ("slack import preview", SlackStatusEdits.Preview(3, "status.html", diff, language: language), true);
        yield return ("slack import preview, older page", SlackStatusEdits.Preview(3, StatusEditWords.PastedText, diff, new DateOnly(2026, 2, 3), StatusTable.SeedCurrentTo, language), true);
        yield return ("slack import preview, nothing to apply", SlackStatusEdits.Preview(4, "status.csv", new StatusDiff([], 143, [], []), language: language), true);
        yield return ("slack import applied", SlackStatusEdits.Applied(3, "status.html", diff, new DateOnly(2026, 11, 24), language), true);
        yield return ("slack import discarded", SlackStatusEdits.Discarded(3, StatusEditWords.PastedText, language), true);
    }

    /// <summary>
    /// The sample import of RegionSamples, with many refused rows to cut, each with only a stored sentence (as an import
    /// previewed before reasons were kept as codes has): here the cell that was refused. Reasons by code: FinalWords.
    /// </summary>
    private static StatusDiff StatusDiff() => RegionSamples.Diff() with
    {
        Problems = [.. Enumerable.Range(2, 60).Select(i => new ImportProblem(i, "2013-13-01"))],
    };

    private static readonly AuditActor Sam = new("slack", "U0SAM", "Sam");

    /// <summary>One registration's life, a settled duplication and a status change, as the store records them.</summary>
    private static readonly IReadOnlyList<AuditEntry> History =
    [
        Entry("outreach.registered", "outreach", "OR-0040", null,
            $$"""{"organization":"Mexico","countries":["TON","FJI"],"region":"Oceania","kind":"bilateral","start":"2027-03-10","end":"2027-03-12","topics":["accession","reporting"],"partners":"{{AnaTonga.Partners}}","visibility":"restricted","notes":"{{AnaTonga.Notes}}","state":"planned"}"""),
        Entry("outreach.moved", "outreach", "OR-0040", """{"start":"2027-03-10","end":"2027-03-12"}""", """{"start":"2027-04-01","end":"2027-04-03"}"""),
        Entry("outreach.done", "outreach", "OR-0040", """{"state":"planned","outcome":null}""", $$"""{"state":"done","outcome":"{{AnaTonga.Notes}}"}"""),
        Entry("outreach.cancelled", "outreach", "OR-0041", """{"state":"planned"}""", """{"state":"cancelled"}"""),
        Entry("conflict.settled", "conflict", "3", null, """{"resolution":"not_a_conflict"}"""),
        Entry("profile.organization", "profile", "29:ana", """{"organization":"Mexico"}""", """{"organization":"Ghana"}"""),
        Entry("status.changed", "country", "TON", """{"status":"none","signed":null,"deposited":null,"instrument":null,"entryIntoForce":null}""",
            """{"status":"party","signed":null,"deposited":"2026-03-02","instrument":"accession","entryIntoForce":"2026-05-31"}"""),
        Entry("status.imported", "country", "MYS", """{"status":"signatory","signed":"2013-09-26"}""", """{"status":"party","signed":"2013-09-26","deposited":"2026-01-15","instrument":"ratification"}"""),
        Entry("alerts.subscribed", "subscription", "slack|C0ALERTS", null, """{"channelId":"slack","conversationId":"C0ALERTS"}"""),
    ];

    private static AuditEntry Entry(string action, string kind, string subject, string? before, string? after) =>
        new(new DateTimeOffset(2027, 1, 1, 9, 5, 0, TimeSpan.Zero), action.StartsWith("outreach") ? new("msteams", "29:ana", "Ana") : Sam, action, kind, subject, "TON", before, after);

    [Theory]
    [InlineData(Lang.French, "Historique\u00A0: Tonga", "Le 1er janvier 2027 à 09:05 UTC, Ana (Teams) a déplacé OR-0040.", "Premier jour\u00A0: 10 mars 2027 → 1er avril 2027",
        "Type de démarche\u00A0: Bilatérale", "Visibilité\u00A0: Restreinte", "Statut\u00A0: Ni signataire ni partie → État partie")]
    [InlineData(Lang.Spanish, "Historial de Tonga", "El 1 de enero de 2027 a las 09:05 UTC, Ana (Teams) trasladó OR-0040.", "Primer día: 10 de marzo de 2027 → 1 de abril de 2027",
        "Tipo de gestión: Bilateral", "Visibilidad: Restringida", "Situación: Ni signatario ni parte → Estado parte")]
    public void The_history_tells_who_changed_what_from_what_to_what_in_the_reader_s_language(Lang language, string title, string moved, string firstDay,
        string kind, string visibility, string status)
    {
        var texts = Strings(AuditCards.History("TON", History, language, code => EveryCard.Countries.FirstOrDefault(c => c.Iso3 == code) is { } c ? PlaceNames.State(c, language) : code)).ToList();

        Assert.Contains(title, texts);
        Assert.Contains(moved, texts);
        Assert.Contains(texts, t => t.StartsWith(firstDay, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(kind, StringComparison.Ordinal) && t.Contains(visibility, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith(status, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Lang.French, "Démarches\u00A0: 1er janvier – 31 mars 2027", "Activités de la période", "3 (1 réalisée, 2 prévues)", "Océanie", "Ratification / adhésion")]
    [InlineData(Lang.Spanish, "Gestiones: 1 de enero – 31 de marzo de 2027", "Actividades del período", "3 (1 realizada, 2 previstas)", "Oceanía", "Ratificación / adhesión")]
    public void The_summary_reads_in_the_reader_s_language_on_both_channels(Lang language, string heading, string label, string activities, string region, string topic)
    {
        foreach (var (name, card, _) in Reports(language).Where(r => r.Name.EndsWith("summary", StringComparison.Ordinal)))
        {
            var shown = string.Join("\n", Strings(card));
            Assert.True(shown.Contains(heading, StringComparison.Ordinal), $"{name}: {shown}");
            Assert.Contains(label, shown, StringComparison.Ordinal);
            Assert.Contains(activities, shown, StringComparison.Ordinal);
            Assert.Contains(region, shown, StringComparison.Ordinal);
            Assert.Contains(topic, shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_status_edit_buttons_send_English_commands_whatever_the_reader_s_language()
    {
        var tonga = EveryCard.ByIso3("TON");
        var card = StatusEditCards.Changed(tonga, RegionSamples.TongaAccedes.ApplyTo(tonga), Lang.Spanish);
        var message = SlackStatusEdits.Changed(tonga, RegionSamples.TongaAccedes.ApplyTo(tonga), Lang.Spanish);

        Assert.Equal(["Situación de Tonga", "Historial"], card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Contains("\"status Tonga\"", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"history Tonga\"", message.ToJsonString(), StringComparison.Ordinal);
    }
}
