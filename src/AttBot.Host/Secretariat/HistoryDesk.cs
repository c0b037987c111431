using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Host.Countries;

namespace AttBot.Host.Secretariat;

/// <summary>The audit trail of a registration or a state, for the Secretariat (the dispatcher refuses everyone else).</summary>
public sealed class HistoryDesk(AuditStore audit, CountryDirectory directory)
{
    /// <summary>
    /// "history OR-0042" or "history Tonga": every recorded change with who, when, through which channel, before and
    /// after. Returns what the history is of (the registration's id, or the state's ISO3 code, which the reader's cards
    /// name in their language) and the entries, or why neither was recognized.
    /// </summary>
    public (string? Subject, IReadOnlyList<AuditEntry> Entries, string? Problem) Of(string text, Domain.Language.Language language)
    {
        var trimmed = text.Trim();
        if (OutreachPlan.ParseId(trimmed) is { } id && (trimmed.StartsWith("OR", StringComparison.OrdinalIgnoreCase) || trimmed.All(char.IsDigit)))
        {
            var publicId = OutreachPlan.FormatId(id);
            return (publicId, audit.ForSubject(AuditStore.Outreach, publicId), null);
        }
        return directory.Resolve(text) is CountryResolution.Found found
            ? (found.Country.Iso3, audit.ForCountry(found.Country.Iso3), null)
            : (null, [], AuditWords.NeitherIdNorState(Shorten(text.Trim()), language));
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
