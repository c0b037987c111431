using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Treaty;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Cards.Tests;

/// <summary>The last renderings that kept English: an import's refused rows by reason, and a shared list's "my view" action.</summary>
public sealed partial class LanguageCardTests
{
    private static IEnumerable<(string Name, JsonObject Card, bool Slack)> FinalWordsRenderings(Lang language)
    {
        // Every reason a row can be refused for, and every rule a record can break, as an import keeps them.
        var reasons = Enum.GetValues<RowReason>().Where(r => r != RowReason.BreaksRule)
            .Select(r => new ImportReason(r, "Atlantis", Typed: "sometime in 2013", FirstLine: 4))
            .Concat(Enum.GetValues<StatusRule>().Select(rule => new ImportReason(RowReason.BreaksRule, "Viet Nam", "VNM",
                Breach: new RuleBreach(rule, new DateOnly(2020, 3, 5), new DateOnly(2012, 1, 9), ConsentKind.Approval))));
        var diff = RegionSamples.Diff() with { Problems = [.. reasons.Select((r, i) => ImportProblem.Because(i + 2, r))] };
        yield return ("import preview, every reason", StatusEditCards.Preview(5, "status.csv", diff, language: language), false);
        yield return ("slack import preview, every reason", SlackStatusEdits.Preview(5, "status.csv", diff, language: language), true);

        yield return ("list with personal views", ViewRefresh.Add(OutreachCards.OutreachList(OutreachLines.ListTitle(null, language), [], OutreachSamples.Secretariat,
            iso3 => iso3, OutreachLines.ListEmptyText(null, language), language), "outreach Tonga", "29:secretariat", ["29:secretariat"], language), false);
    }
}
