using System.Security.Cryptography;
using System.Text;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Treaty;

namespace AttBot.Maps;

/// <summary>A state as the map shows it: its status and whether outreach is planned (a yes or no, never by whom).</summary>
public sealed record MapState(string M49, string Iso3, string Name, TreatyStatus Status, bool OutreachPlanned);

/// <summary>
/// Everything one map shows, and nothing else: the states in focus with their status, the other states (drawn in grey
/// on a regional map), the planned-outreach label and the data's date. Only public-level facts go in, so the picture
/// and its address may be shown to anyone. The legend is drawn in <paramref name="Language"/>, so each language is a
/// picture of its own, with an address of its own.
/// </summary>
public sealed record MapPicture(
    string Title,
    bool World,
    IReadOnlyList<MapState> Focus,
    IReadOnlyList<MapState> Context,
    string PlannedLabel,
    DateOnly CurrentTo,
    Language Language = Language.English)
{
    public int States => Focus.Count;
    public int Parties => Focus.Count(s => s.Status == TreatyStatus.Party);
    public int Signatories => Focus.Count(s => s.Status == TreatyStatus.Signatory);
    public int Neither => Focus.Count(s => s.Status == TreatyStatus.None);
    public int PlannedStates => Focus.Count(s => s.OutreachPlanned);

    /// <summary>The world, or a region, from the status table and the states with outreach planned.</summary>
    public static MapPicture Of(string title, bool world, IEnumerable<Country> focus, IEnumerable<Country> all,
        IReadOnlySet<string> plannedIso3, string plannedLabel, DateOnly currentTo, Language language = Language.English)
    {
        var inFocus = focus.Select(c => State(c, plannedIso3.Contains(c.Iso3))).OrderBy(s => s.M49, StringComparer.Ordinal).ToList();
        var focusCodes = inFocus.Select(s => s.M49).ToHashSet(StringComparer.Ordinal);
        var context = all.Where(c => !focusCodes.Contains(c.M49)).Select(c => State(c, false)).OrderBy(s => s.M49, StringComparer.Ordinal).ToList();
        return new MapPicture(title, world, inFocus, context, plannedLabel, currentTo, language);
    }

    private static MapState State(Country c, bool planned) => new(c.M49, c.Iso3, c.Name, c.Status, planned);

    /// <summary>Whole per cent, rounded half away from zero, as the region figures print it.</summary>
    public int Percent(int count) => States == 0 ? 0 : (int)Math.Round(100m * count / States, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A short name for this exact picture: it changes whenever a status, the planned outreach, the label, the date or
    /// the language does, so a cached image is never stale, and it says nothing of what the map holds.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder().Append(Title).Append('|').Append(World).Append('|').Append(PlannedLabel).Append('|')
            .Append(CurrentTo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('|').Append(Languages.Tag(Language));
        foreach (var s in Focus)
            text.Append("|F").Append(s.M49).Append((int)s.Status).Append(s.OutreachPlanned ? 'P' : '-');
        foreach (var s in Context)
            text.Append("|C").Append(s.M49).Append((int)s.Status);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
