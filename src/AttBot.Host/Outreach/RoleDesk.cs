using System.Text;
using System.Text.RegularExpressions;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using AttBot.Domain.Language;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Host.Outreach;

/// <summary>
/// "grant", "revoke" and "roles", the same for every channel: the Secretariat names a person (mention, user id or a name
/// the bot has seen) and, for a champion, a region. Replies are short sentences the channel shows as they are.
/// Everyone else is refused by the dispatcher (<see cref="Permissions"/>) before anything is looked up, so a refusal
/// never tells who exists or holds what.
/// </summary>
public sealed partial class RoleDesk(RoleDirectory roles, RoleStore store, ProfileStore profiles, CountryDirectory directory)
{
    public string Grant(Person by, Role role, string target, Lang language = Lang.English) => Change(by, role, target, grant: true, language);

    public string Revoke(Person by, Role role, string target, Lang language = Lang.English) => Change(by, role, target, grant: false, language);

    private string Change(Person by, Role role, string targetText, bool grant, Lang language)
    {
        var target = RoleTargetParser.Parse(targetText, needsRegion: role == Role.Champion, directory.Regions);
        var verb = grant ? "grant" : "revoke";
        if (role == Role.Champion && target.Region is null)
            return target.UnknownRegionText is { Length: > 0 } unknown
                ? RoleWords.UnknownRegion(Shorten(unknown), Regions(directory.Regions.Suggest(unknown), language), language)
                : RoleWords.NameRegionAndPerson($"{verb} champion Oceania @Maria Lopez", language);
        if (target.User is null)
            return RoleWords.NamePerson($"{verb} {(role == Role.Champion ? "champion Oceania" : "secretariat")} @Maria Lopez", language);

        var (person, problem) = Resolve(by, target.User, language);
        if (person is null)
            return problem!;
        var region = target.Region?.Name;
        var what = RoleWords.Role(role == Role.Secretariat ? null : PlaceNames.Region(region!, language), language);

        if (role == Role.Secretariat && roles.IsConfiguredSecretariat(person.ChannelId, person.UserId))
            return grant ? RoleWords.AlreadyConfigured(person.Name, language) : RoleWords.OnlyInConfiguration(person.Name, language);

        var changed = grant
            ? store.Grant(person.ChannelId, person.UserId, person.Name, role, region, by.AsActor)
            : store.Revoke(person.ChannelId, person.UserId, role, region, by.AsActor);
        roles.Invalidate();
        var change = (grant, changed) switch
        {
            (true, true) => RoleWords.Change.Granted,
            (true, false) => RoleWords.Change.AlreadyHeld,
            (false, true) => RoleWords.Change.Revoked,
            _ => RoleWords.Change.NotHeld,
        };
        return RoleWords.Changed(change, person.Name, what, role == Role.Champion, language);
    }

    private sealed record Named(string ChannelId, string UserId, string Name);

    /// <summary>The person named in the command, or why they cannot be told apart.</summary>
    private (Named? Person, string? Problem) Resolve(Person by, UserReference reference, Lang language)
    {
        switch (reference)
        {
            case UserReference.Mentioned m:
                var seen = profiles.Find(by.ChannelId, m.UserId);
                return (new Named(by.ChannelId, m.UserId, seen?.DisplayName ?? Blank(m.Name) ?? m.UserId), null);
            case UserReference.Typed { Text: var text }:
                var found = profiles.FindByIdOrName(text);
                if (found.Count == 1)
                    return (new Named(found[0].ChannelId, found[0].UserId, found[0].DisplayName), null);
                if (found.Count > 1)
                    return (null, RoleWords.SeveralMatch(Shorten(text),
                        ListWords.Or(found.Select(p => found.Count(q => q.DisplayName == p.DisplayName) > 1 ? $"{p.DisplayName} ({p.UserId})" : p.DisplayName), language), language));
                // Someone who has not written to the bot yet can still be named by their channel user id.
                return LooksLikeUserId().IsMatch(text)
                    ? (new Named(by.ChannelId, text, text), null)
                    : (null, RoleWords.UnknownPerson(Shorten(text), language));
            default:
                throw new InvalidOperationException("Unknown kind of user reference.");
        }
    }

    /// <summary>"roles": the Secretariat (configuration members marked as such) and the champions per region.</summary>
    public string List(Person by, Lang language = Lang.English)
    {
        var grants = roles.Grants;
        var configured = roles.ConfiguredSecretariat;
        var users = configured.Select(e => (Entry: e, User: roles.UserOf(e))).ToList();
        var ids = users.Where(u => u.User is not null).Select(u => u.User!.Value.UserId).ToList();
        var names = ids.Count == 0 ? [] : profiles.FindByUserIds(ids).GroupBy(p => (p.ChannelId, p.UserId))
            .ToDictionary(g => g.Key, g => g.First().DisplayName);

        var text = new StringBuilder($"**{RoleWords.SecretariatHeading(language)}**\n\n");
        foreach (var (entry, user) in users)
            text.Append($"- {(user is { } u && names.TryGetValue(u, out var name) ? $"{name} ({entry})" : entry.ToString())} — {RoleWords.Configuration(language)}\n");
        foreach (var g in grants.Where(g => g.Role == Role.Secretariat && !roles.IsConfiguredSecretariat(g.ChannelId, g.UserId)))
            text.Append($"- {Granted(g, language)}\n");
        if (configured.Count == 0 && !grants.Any(g => g.Role == Role.Secretariat))
            text.Append($"- {RoleWords.NobodyYet(language)}\n");

        text.Append($"\n**{RoleWords.ChampionsHeading(language)}**\n\n");
        var champions = grants.Where(g => g.Role == Role.Champion).ToList();
        foreach (var g in champions)
            text.Append($"- {PlaceNames.Region(g.Region!, language)}{Colon(language)} {Granted(g, language)}\n");
        if (champions.Count == 0)
            text.Append($"- {RoleWords.NoChampionYet(language)}\n");
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// "champions" or "champions Oceania", for everyone: who volunteers for which region, so stakeholders know whom to
    /// coordinate with. Names and regions only; who granted it and when stay with the Secretariat's "roles".
    /// A region also lists the champions of the wider regions that contain it (Oceania's champion covers Polynesia).
    /// </summary>
    public string Champions(string? regionText, Lang language = Lang.English)
    {
        var champions = roles.Grants.Where(g => g.Role == Role.Champion && g.Region is not null).ToList();
        if (Blank(regionText) is not { } text)
            return champions.Count == 0
                ? RoleWords.NoChampions(language)
                : $"**{RoleWords.ChampionsHeading(language)}**\n\n" + string.Join("\n", champions.GroupBy(g => g.Region!).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"- {PlaceNames.Region(g.Key, language)}{Colon(language)} {string.Join(", ", g.Select(c => c.UserName).Order(StringComparer.Ordinal))}"));
        if (directory.Regions.Find(text) is not { } region)
            return RoleWords.UnknownRegion(Shorten(text), Regions(directory.Regions.Suggest(text), language), language);
        var states = region.Countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var covering = champions.Where(g => directory.Regions.Find(g.Region!) is { } r && r.Countries.Any(c => states.Contains(c.Iso3)))
            .OrderBy(g => g.Region, StringComparer.Ordinal).ThenBy(g => g.UserName, StringComparer.Ordinal).ToList();
        var name = PlaceNames.Region(region.Name, language);
        return covering.Count == 0
            ? RoleWords.NoChampionFor(name, language)
            : $"**{RoleWords.ChampionsFor(name, language)}**\n\n" + string.Join("\n", covering.Select(g => $"- {g.UserName} ({PlaceNames.Region(g.Region!, language)})"));
    }

    private static string Granted(RoleGrant g, Lang language) =>
        RoleWords.Granted(g.UserName, g.GrantedBy, DateOnly.FromDateTime(g.GrantedAt.UtcDateTime), language);

    /// <summary>Regions it may have meant, by their names in the reader's language.</summary>
    private static string Regions(IEnumerable<string> names, Lang language) => ListWords.Or(names.Select(n => PlaceNames.Region(n, language)), language);

    private static string Colon(Lang language) => StatusSentences.Colon(language);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    // Teams "29:1AbC…", Slack "U0123ABC" / "W0123ABC": ids a person cannot be confused with by name.
    [GeneratedRegex(@"^(?:\d+:[A-Za-z0-9_\-\.]+|[UW][A-Z0-9]{6,})$")]
    private static partial Regex LooksLikeUserId();
}
