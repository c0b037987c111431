using AttBot.Cards.Replies;
using AttBot.Domain.Commands;
using AttBot.Domain.Places;

namespace AttBot.Host.Conversations;

/// <summary>
/// The one place a command is answered, for every channel: TeamsBot and SlackBot read the command and the turn, this
/// hands it to the desk that knows the rules, and says what to show (a <see cref="Reply"/>) and for whom. The channels'
/// renderers (AdaptiveCardRenderer, BlockKitRenderer) lay it out.
/// </summary>
public sealed class CommandDispatcher(StatusAnswers status, OutreachAnswers outreach, SecretariatAnswers secretariat,
    Outreach.RoleDesk roles, Language.LanguageDesk languages, Calendar.CalendarDesk calendars)
{
    /// <summary>
    /// The answer to <paramref name="command"/>, or null when this delivery was answered before (a registration
    /// redelivered). Secretariat material asked where others read along is meant for the asker alone.
    /// </summary>
    public async ValueTask<Reply?> AnswerAsync(Turn turn, BotCommand command, CancellationToken cancellationToken)
    {
        var reply = await AnswerForPlaceAsync(turn, command, cancellationToken);
        return reply is not null && turn.Place.IsShared && Audience.IsPrivateMaterial(command) ? reply with { MeantFor = MeantFor.AskerAlone } : reply;
    }

    private async ValueTask<Reply?> AnswerForPlaceAsync(Turn turn, BotCommand command, CancellationToken cancellationToken)
    {
        // Who may run what is decided here, once, for every channel: the desks below no longer ask.
        if (Permissions.Refusal(command, turn.Asker, turn.Language) is { } refusal)
            return Text(refusal);
        var person = turn.Person;
        return command switch
        {
            BotCommand.Status s => status.ForText(s.CountryText),
            BotCommand.RegisterForm f => outreach.Form(person, f.State is { } state ? new Domain.Outreach.RegistrationRequest { CountryNames = [state] } : null),
            BotCommand.RegisterText r => await outreach.RegisterTextAsync(turn, r.Text, cancellationToken),
            BotCommand.RegisterAnyway a => await outreach.RegisterAnywayAsync(turn, a.Key, a.Text, cancellationToken),
            BotCommand.DiscardRegistration => outreach.Discarded(turn),
            BotCommand.ChangeInstead c => await outreach.ChangeInsteadAsync(turn, c, cancellationToken),
            BotCommand.SetOrganization o => Text(outreach.OrganizationAnswer(person, o.Name, turn.Language)),
            BotCommand.OutreachFor o => await outreach.OutreachForAsync(turn, o.CountryText, cancellationToken),
            BotCommand.Mine => await outreach.MineAsync(turn, cancellationToken),
            BotCommand.Cancel c => await outreach.CancelAsync(turn, c.IdText, c.Confirmed, cancellationToken),
            BotCommand.Done d => await outreach.DoneAsync(turn, d.IdText, d.Findings, d.Confirmed, cancellationToken),
            BotCommand.Keep k => OutreachAnswers.Keep(turn, k.IdText),
            BotCommand.Move m => await outreach.MoveAsync(turn, m.IdText, m.DatesText, cancellationToken),
            BotCommand.SubscribeAlerts => await outreach.SubscribeAsync(turn, subscribe: true, cancellationToken),
            BotCommand.UnsubscribeAlerts => await outreach.SubscribeAsync(turn, subscribe: false, cancellationToken),
            BotCommand.History h => outreach.History(h.Subject, turn.Language),
            BotCommand.Export e => secretariat.Export(person, e, turn.Language),
            BotCommand.Summary s => secretariat.Summary(person, s, turn.Language),
            BotCommand.CalendarFeed c => Text(calendars.Feed(person, c.FilterText, person.Locale)),
            BotCommand.CalendarRevoke => Text(calendars.Revoke(person, person.Locale)),
            BotCommand.Priority p => secretariat.Priority(person, p, turn.Language),
            BotCommand.Priorities p => secretariat.Priorities(person, p, turn.Language),
            BotCommand.Intention i => secretariat.Intention(person, i, turn.Language),
            BotCommand.Gaps g => secretariat.Gaps(person, g, turn.Language),
            BotCommand.Region r => status.Region(r.Name, turn.Language),
            BotCommand.Map m => status.Map(person, m.Text, turn.Language),
            BotCommand.SetStatus s => status.SetStatus(person, s, turn.Language),
            BotCommand.ImportStatus i => await status.ImportAsync(turn, i.PastedText, cancellationToken),
            BotCommand.DecideImport d => status.Decide(person, d, turn.Language),
            BotCommand.Grant g => Text(roles.Grant(person, g.Role, g.Target, turn.Language)),
            BotCommand.Revoke r => Text(roles.Revoke(person, r.Role, r.Target, turn.Language)),
            BotCommand.ListRoles => Text(roles.List(person, turn.Language)),
            BotCommand.Champions c => Text(roles.Champions(c.RegionText, turn.Language)),
            BotCommand.Usage u => Text(CommandSentences.Usage(u, turn.Language)),
            BotCommand.Thanks => Text(CommandSentences.ThanksIn(turn.Language)),
            BotCommand.TooLong t => Text(CommandSentences.TooLong(t.Length, t.Limit, turn.Language)),
            // Typed where others read, it may set the conversation's language for its alerts and digest too.
            BotCommand.ChooseLanguage l => Text(languages.Choose(person, l, turn.Language, turn.Place.Kind == PlaceKind.Personal ? null : turn.ConversationId, turn.Asker.IsSecretariat)),
            _ => await HelpAsync(turn, cancellationToken),
        };
    }

    /// <summary>
    /// Help for whoever reads it: the Secretariat's commands where every reader is of the Secretariat, the champions'
    /// where every reader is a champion (the audience rule, as for any answer; a stakeholder's help reads no roster).
    /// </summary>
    private static async ValueTask<Reply> HelpAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Asker.Role == Domain.Outreach.Role.Stakeholder && turn.Asker.ChampionedStates.Count == 0)
            return new Reply.Help();
        var reader = turn.Place.IsShared ? await turn.ReadRoomAsync(cancellationToken) : turn.Asker;
        var champions = (reader.Members ?? [reader]).All(v => v.Role == Domain.Outreach.Role.Champion || v.ChampionedStates.Count > 0);
        return new Reply.Help(ForSecretariat: reader.IsSecretariat, ForChampions: champions);
    }

    private static Reply.Text Text(string markdown) => new(markdown);
}
