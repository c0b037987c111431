using System.Text.RegularExpressions;

namespace AttBot.Domain.Commands;

/// <summary>
/// Reads what a user typed into a command. Short and forgiving: "status Malaysia", "what is the status of Viet Nam?",
/// "Malaysia?" and "马来西亚" all ask for a status. Text that matches no command is taken as a country name,
/// so the resolver can say "I don't know X — did you mean ...".
/// </summary>
public static partial class CommandParser
{
    public const int MaxCommandLength = InputLimits.Command;

    public static BotCommand Parse(string? text)
    {
        text = text is null ? null : FreeText.Clean(text);
        // Pasted CSV keeps its lines and its length: only the command words are read like the rest.
        if (text is not null && ImportStatusWords().Match(text) is { Success: true } import)
            return new BotCommand.ImportStatus(import.Groups["rest"].Value.Trim() is { Length: > 0 } pasted ? pasted : null);
        var input = Normalize(text);
        if (input.Length == 0)
            return new BotCommand.Empty();
        // Never cut: a command read in part could store something else than what was meant ("restricted" at the end).
        if (input.Length > MaxCommandLength)
            return new BotCommand.TooLong(input.Length, MaxCommandLength);
        if (HelpWords().IsMatch(input) || CommandWords.IsHelp(input))
            return new BotCommand.Help();
        if (ThanksWords().IsMatch(input))
            return new BotCommand.Thanks();
        input = CommandWords.ToEnglish(input);
        // "status" alone names no state: ask for one, rather than look for a state called "status".
        if (input.TrimEnd('?', '？', '.', '!', ' ').Equals("status", StringComparison.OrdinalIgnoreCase))
            return new BotCommand.Usage("status", "status Viet Nam");
        if (ParseOutreachCommand(input) is { } outreach)
            return outreach;

        // "what is planned for Fiji?", "who is going to Tonga?": the outreach question in everyday words.
        if (OutreachQuestion().Match(input) is { Success: true } question)
            return new BotCommand.OutreachFor(question.Groups["country"].Value.Trim());

        var status = StatusQuestion().Match(input);
        if (status.Success)
            return new BotCommand.Status(status.Groups["country"].Value.Trim());

        var trailing = TrailingStatus().Match(input);
        if (trailing.Success)
            return new BotCommand.Status(trailing.Groups["country"].Value.Trim());

        return new BotCommand.Status(input.TrimEnd('?', '？', '.', '!', ' ').Trim());
    }

    /// <summary>The outreach commands: a leading keyword, then its arguments.</summary>
    private static BotCommand? ParseOutreachCommand(string input)
    {
        var space = input.IndexOf(' ');
        var keyword = (space < 0 ? input : input[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : input[(space + 1)..].Trim();
        switch (keyword)
        {
            case "register" when AnywayWords().Match(rest) is { Success: true } anyway:
                return new BotCommand.RegisterAnyway(anyway.Groups["key"].Success ? anyway.Groups["key"].Value.ToLowerInvariant() : null, anyway.Groups["text"].Value);
            case "register" when rest.StartsWith("form ", StringComparison.OrdinalIgnoreCase) && rest[5..].Trim() is { Length: > 0 } state:
                return new BotCommand.RegisterForm(state);
            case "register":
                return rest.Length == 0 ? new BotCommand.RegisterForm() : new BotCommand.RegisterText(rest);
            case "organization" or "organisation" or "org":
                return new BotCommand.SetOrganization(rest.Length == 0 ? null : rest);
            case "outreach" when rest.Length > 0:
                return new BotCommand.OutreachFor(rest.TrimEnd('?', '？').Trim());
            case "outreach":
                return new BotCommand.Usage("outreach", "outreach Tonga");
            case "mine" when rest.Length == 0:
                return new BotCommand.Mine();
            case "my" when rest.ToLowerInvariant() is "outreach" or "registrations" or "plans":
                return new BotCommand.Mine();
            case "cancel":
                return rest.Length == 0 ? new BotCommand.Usage("cancel", "cancel OR-0042") : new BotCommand.Cancel(rest);
            case "done":
                return SplitIdAndRest(rest) is ({ } id, { Length: > 0 } findings)
                    ? new BotCommand.Done(id, findings)
                    : new BotCommand.Usage("done", "done OR-0042 met the legal adviser; accession bill expected in June");
            case "confirm" when ParseOutreachCommand(rest) is { } confirmed and (BotCommand.Cancel or BotCommand.Done):
                return confirmed switch
                {
                    BotCommand.Cancel c => c with { Confirmed = true },
                    BotCommand.Done d => (BotCommand)(d with { Confirmed = true }),
                    _ => confirmed,
                };
            case "keep" when SplitIdAndRest(rest) is ({ } keepId, { Length: 0 }):
                return new BotCommand.Keep(keepId);
            case "discard" when rest.Equals("registration", StringComparison.OrdinalIgnoreCase):
                return new BotCommand.DiscardRegistration();
            case "change" when SplitIdAndRest(rest) is ({ } changeId, { Length: > 0 } changeRest):
                return KeyAndText().Match(changeRest) is { Success: true } asked
                    ? new BotCommand.ChangeInstead(changeId, "", asked.Groups["key"].Value.ToLowerInvariant(), asked.Groups["text"].Value)
                    : new BotCommand.ChangeInstead(changeId, changeRest);
            case "move":
                return SplitIdAndRest(rest) is ({ } moveId, { Length: > 0 } dates)
                    ? new BotCommand.Move(moveId, dates)
                    : new BotCommand.Usage("move", "move OR-0042 2027-04-01..2027-04-03");
            case "subscribe" when rest.Equals("alerts", StringComparison.OrdinalIgnoreCase):
                return new BotCommand.SubscribeAlerts();
            case "unsubscribe" when rest.Equals("alerts", StringComparison.OrdinalIgnoreCase):
                return new BotCommand.UnsubscribeAlerts();
            case "history":
                return rest.Length == 0 ? new BotCommand.Usage("history", "history OR-0042 (or history Tonga)") : new BotCommand.History(rest);
            case "region" or "regions":
                return new BotCommand.Region(rest.TrimEnd('?', '？').Trim() is { Length: > 0 } region ? region : null);
            case "map" or "maps":
                return new BotCommand.Map(rest.TrimEnd('?', '？').Trim() is { Length: > 0 } mapText ? mapText : null);
            case "set" when SetStatusWords().Match(rest) is { Success: true } set:
                return SetStatus(set);
            case "set":
                return new BotCommand.Usage("set status", "set status Tonga party 2026-03-02 accession (or signatory 2013-06-03, or none)");
            case "apply" or "discard" when ImportIdWords().Match(rest) is { Success: true } decide:
                return new BotCommand.DecideImport(decide.Groups["id"].Value, Apply: keyword == "apply");
            case "revoke" when CalendarWords().IsMatch(rest):
                return new BotCommand.CalendarRevoke();
            case "grant" or "revoke":
                return ParseRoleChange(keyword, rest);
            case "champions" or "champion":
                return new BotCommand.Champions(rest.TrimEnd('?', '？').Trim() is { Length: > 0 } championsRegion ? championsRegion : null);
            case "roles" when rest.Length == 0:
                return new BotCommand.ListRoles();
            case "subscribe" or "unsubscribe":
                return new BotCommand.Usage(keyword, $"{keyword} alerts");
            case "export":
                return ParseExport(rest);
            case "priority":
                return ParsePriority(rest);
            case "priorities":
                return new BotCommand.Priorities(rest.Length == 0 ? null : rest);
            case "intention" when IntentionWords().Match(rest) is { Success: true } intention:
                return new BotCommand.Intention(intention.Groups["country"].Value.Trim(), intention.Groups["date"].Value,
                    intention.Groups["where"].Value.Trim(), intention.Groups["statement"].Value.Trim());
            case "intention":
                return new BotCommand.Usage("intention", "intention Angola 2025-08-25 at CSP11 general debate: accession bill before parliament in 2026");
            case "gaps" when GapsWords().Match(rest) is { Success: true } gaps:
                return new BotCommand.Gaps(gaps.Groups["region"].Value.Trim() is { Length: > 0 } r ? r : null,
                    gaps.Groups["days"].Success ? int.Parse(gaps.Groups["days"].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
            case "language" or "langue" or "idioma" or "lang":
                return rest.Length == 0 ? new BotCommand.ChooseLanguage(null, false)
                    : rest.Equals("auto", StringComparison.OrdinalIgnoreCase) ? new BotCommand.ChooseLanguage(null, true)
                    : Language.Languages.FromChoice(rest) is { } language ? new BotCommand.ChooseLanguage(language, false)
                    : new BotCommand.ChooseLanguage(null, false, rest);
            case "calendar" or "calender" when ParseCalendar(rest) is { } calendar:
                return calendar;
            case "calendar":
                return new BotCommand.Export(Reports.ExportFormat.Calendar, rest);
            case "summary" or "report":
                return rest.Length == 0 ? new BotCommand.Usage(keyword, $"{keyword} 2027-Q1 (or a year, a month, or two dates)") : new BotCommand.Summary(rest);
            default:
                return null;
        }
    }

    /// <summary>
    /// "calendar feed [filter]" (also "subscribe", "subscription", "link") and "calendar revoke" (also "stop"); null for
    /// anything else after "calendar", which stays the Secretariat's calendar export.
    /// </summary>
    private static BotCommand? ParseCalendar(string rest)
    {
        var (word, filter) = SplitIdAndRest(rest);
        return word?.ToLowerInvariant() switch
        {
            "feed" or "feeds" or "subscribe" or "subscription" or "link" => new BotCommand.CalendarFeed(filter.Length == 0 ? null : filter),
            "revoke" or "stop" or "unsubscribe" when filter.Length == 0 || CalendarWords().IsMatch(filter) => new BotCommand.CalendarRevoke(),
            _ => null,
        };
    }

    // What may follow "revoke" to end calendar subscriptions: "revoke calendar", "revoke calendar feeds", "revoke feeds".
    [GeneratedRegex(@"^(?:(?:my|all|every)\s+)?(?:(?:calendar|calender)s?(?:\s+(?:feeds?|subscriptions?|links?))?|feeds?|subscriptions?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarWords();

    /// <summary>"priority Angola 1", "priority Angola tier 2", or "priority Angola" (show).</summary>
    private static BotCommand ParsePriority(string rest)
    {
        if (rest.Length == 0)
            return new BotCommand.Usage("priority", "priority Angola 1 (tiers 1 to 4), or priority Angola to see it");
        var tier = TrailingTier().Match(rest);
        return tier.Success
            ? new BotCommand.Priority(rest[..tier.Index].Trim(), tier.Groups["tier"].Value)
            : new BotCommand.Priority(rest, null);
    }

    [GeneratedRegex(@"\s+(?:tier\s*)?(?<tier>[0-9]{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTier();

    [GeneratedRegex(@"^(?<country>.+?)\s+(?<date>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})\s+(?:at\s+|in\s+)?(?<where>[^:]+?)\s*:\s*(?<statement>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex IntentionWords();

    [GeneratedRegex(@"^(?<region>.*?)\s*(?:(?<days>[0-9]{1,4})(?:\s*days?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GapsWords();

    /// <summary>"export", "export csv …", "export ics …" or "export calendar …"; CSV when no format is named.</summary>
    private static BotCommand ParseExport(string rest)
    {
        var space = rest.IndexOf(' ');
        var first = (space < 0 ? rest : rest[..space]).ToLowerInvariant();
        var after = space < 0 ? "" : rest[(space + 1)..].Trim();
        return first switch
        {
            "csv" => new BotCommand.Export(Reports.ExportFormat.Csv, after),
            "ics" or "ical" or "icalendar" or "calendar" => new BotCommand.Export(Reports.ExportFormat.Calendar, after),
            _ => new BotCommand.Export(Reports.ExportFormat.Csv, rest),
        };
    }

    private static BotCommand SetStatus(Match set)
    {
        var status = set.Groups["status"].Value.ToLowerInvariant() switch
        {
            "party" or "state party" => Treaty.TreatyStatus.Party,
            "signatory" => Treaty.TreatyStatus.Signatory,
            _ => Treaty.TreatyStatus.None,
        };
        var rest = set.Groups["rest"].Value.Trim();
        string? kind = null;
        if (ConsentKindWord().Match(rest) is { Success: true } k)
        {
            kind = k.Groups["kind"].Value;
            rest = rest[..k.Index].Trim();
        }
        return new BotCommand.SetStatus(set.Groups["country"].Value.Trim(), status, rest.Length > 0 ? rest : null, kind);
    }

    /// <summary>"grant champion Oceania @Maria", "revoke secretariat U0123ABC": the role word, then who (and where).</summary>
    private static BotCommand ParseRoleChange(string keyword, string rest)
    {
        var (roleWord, target) = SplitIdAndRest(rest);
        Outreach.Role? role = roleWord?.ToLowerInvariant() switch
        {
            "secretariat" => Outreach.Role.Secretariat,
            "champion" or "regional-champion" => Outreach.Role.Champion,
            _ => null,
        };
        if (role is null || target.Length == 0)
            return new BotCommand.Usage(keyword, $"{keyword} champion Oceania @Maria Lopez (or {keyword} secretariat @Sam Lee)");
        return keyword == "grant" ? new BotCommand.Grant(role.Value, target) : new BotCommand.Revoke(role.Value, target);
    }

    private static (string? Id, string Remainder) SplitIdAndRest(string text)
    {
        if (text.Length == 0)
            return (null, "");
        var space = text.IndexOf(' ');
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }

    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^(help|\?|commands|hi|hello|hey|start|menu|what can you do\??)[.!? ]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpWords();

    // "status X", "status of X", "att status X", "what is the (att) status of X", "what's the status for X", "where does X stand".
    [GeneratedRegex(@"^(?:(?:what\s*(?:is|'s|’s)|whats|tell me|show(?: me)?|get|check)\s+)?(?:the\s+)?(?:att\s+|treaty\s+)?status(?:\s+(?:of|for|on))?\s+(?<country>.+?)[?？.!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusQuestion();

    // "X status", "X att status?", "is X a party?", "where does X stand?"
    [GeneratedRegex(@"^(?:(?:is|has)\s+(?<country>.+?)\s+(?:a\s+)?(?:state\s+)?(?:party|signatory|signed|ratified|joined)(?:\s+(?:to\s+)?(?:the\s+)?(?:att|treaty|arms trade treaty))?|where\s+does\s+(?<country>.+?)\s+stand|(?<country>.+?)\s+(?:att\s+)?status)[?？.!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingStatus();

    [GeneratedRegex(@"^(?:many\s+)?(?:thanks?|thank\s+you|thx|ty|cheers|merci|gracias|muchas\s+gracias)(?:\s+(?:a\s+lot|so\s+much|very\s+much|beaucoup|bot|attbot))?[.!? ]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanksWords();

    // "what is planned for Fiji?", "what outreach is planned in Tonga", "who is going to Samoa?", "is anyone going to Palau?",
    // "any outreach planned for Nauru?"
    [GeneratedRegex(@"^(?:what(?:\s+is|'s|’s)?\s+(?:outreach\s+)?(?:is\s+)?(?:planned|coming\s+up|happening)|who(?:\s+is|'s|’s)\s+(?:going|travell?ing|visiting)|(?:is\s+)?(?:any(?:one|body)?)\s+(?:outreach\s+)?(?:planned|going|travell?ing))(?:\s+(?:for|to|in))?\s+(?<country>.+?)[?？.!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutreachQuestion();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*(?:<at>[^<]*</at>\s*)?import\s+status\b[:\s]*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ImportStatusWords();

    // "status Viet Nam party 3 June 2015 ratification": the status word is the last one of its kind, so names stay whole.
    [GeneratedRegex(@"^status\s+(?<country>.+)\s+(?<status>party|state party|signatory|none|non-party|neither)(?:\s+(?<rest>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetStatusWords();

    [GeneratedRegex(@"(?:^|\s)(?<kind>ratification|accession|acceptance|approval)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsentKindWord();

    [GeneratedRegex(@"^import\s+(?<id>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImportIdWords();

    /// <summary>"anyway", the question's key when a button sent it ("#" and 16 hex digits), then the line as first typed.</summary>
    [GeneratedRegex(@"^anyway\s+(?:#(?<key>[0-9a-f]{16})\s+)?(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AnywayWords();

    /// <summary>The question's key and what it would register ("#1a2b… bilateral Tonga …"), after "change OR-0042".</summary>
    [GeneratedRegex(@"^#(?<key>[0-9a-f]{16})\s+(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex KeyAndText();
}
