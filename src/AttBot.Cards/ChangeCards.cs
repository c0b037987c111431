using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;
using AttBot.Domain.Language;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    /// <summary>A change notice as an Adaptive Card: the heading, then one line per sentence of <see cref="ChangeNoticeLines"/>.</summary>
    public static JsonObject ChangeNotice(OutreachChange change, Viewer reader, Func<string, string> countryName, Language language = Language.English)
    {
        var (heading, lines) = ChangeNoticeLines.For(change, reader, countryName, LinkStyle.Teams, language);
        return Card($"{heading}. {OutreachLines.Sentences(ChangeNoticeLines.For(change, reader, countryName, LinkStyle.Plain, language).Lines)}",
            LeadAndLines(heading, lines));
    }
}
