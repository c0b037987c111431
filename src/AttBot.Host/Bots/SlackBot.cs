using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Cards.Replies;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using AttBot.Host.Conversations;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Host.Slack;
using AttBot.Slack.Listeners;
using AttBot.Slack.Payloads;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Bots;

/// <summary>
/// AttBot on Slack: transport only. One listener per slash command, button, modal and event; each acknowledges at once
/// and does the work afterwards (except the modal, whose answer is the acknowledgement). A command is read once
/// (SlackTypedCommand), answered by the CommandDispatcher and laid out by the BlockKitRenderer.
/// </summary>
public sealed class SlackBot(
    CommandDispatcher dispatcher, StatusAnswers status, OutreachAnswers outreach, BlockKitRenderer renderer, RegistrationDesk registrations, PeopleDesk peopleDesk, RoleDirectory roles, CountryDirectory directory, SlackApiClient slack,
    SlackPeople people, SlackDeliveryStore deliveries, SlackResponder responder, Limits.UserRateLimiter rateLimiter, Places.Readers readers,
    Slack.SlackAppHome home, Language.LanguageDesk languages)
{
    public SlackListeners Listeners() => new SlackListeners()
        .Command(BlockKitRenderer.SlashCommand, OnCommand)
        .Action(SlackActions.Status, OnStatusButton)
        .Action(SlackActions.Command, OnCommandButton)
        .Action(SlackActions.OpenRegistration, OnOpenRegistration)
        .Action(SlackActions.Coordinated, (i, a) => OnSettle(i, a, ConflictResolution.Coordinated))
        .Action(SlackActions.NotAConflict, (i, a) => OnSettle(i, a, ConflictResolution.NotAConflict))
        .View(SlackActions.RegisterView, OnRegistrationSubmitted)
        .Event("app_mention", OnMessageEvent)
        .Event("message", OnMessageEvent)
        .Event("app_home_opened", home.OnOpened)
        .Shortcut(RegisterShortcut, OnRegisterShortcut);

    private SlackAck OnCommand(SlashCommand command)
    {
        // One that a restart resumes from the inbox was let in before the crash: it does not count again.
        if (!command.Resumed && SlowDown(command.UserId) is { } slowDown)
            return slowDown;
        var parsed = SlackTypedCommand.Of(command);
        if (parsed is BotCommand.RegisterForm && command.TriggerId is { Length: > 0 } trigger)
            return SlackAck.Then(Apologizing(command.ResponseUrl, command.ChannelId, command.UserId, ct => OpenFormAsync(command.UserId, trigger, prefillText: null, ct)));
        var sourceKey = $"slack|command|{command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        return SlackAck.Then(Apologizing(command.ResponseUrl, command.ChannelId, command.UserId, async ct =>
        {
            var person = await people.PersonAsync(command.UserId, command.UserName, ct);
            peopleDesk.Seen(person, person.UserId);
            if (await AnswerAsync(person, parsed, command.ChannelId, sourceKey, command.Resumed, command.Text, ct) is { } reply)
                await responder.AnswerAsync(command.ResponseUrl, command.ChannelId, command.UserId, reply, ct);
        }));
    }

    /// <summary>A mention in a channel or a direct message: the same commands, typed.</summary>
    private SlackAck OnMessageEvent(SlackEventEnvelope envelope)
    {
        if (SlackTypedCommand.Of(envelope) is not { } parsed)
            return SlackAck.Empty;
        var e = envelope.Event!;
        var (user, channel, direct) = (e.User!, e.Channel!, e.ChannelType == "im"); // SlackTypedCommand.Of checked both
        // A retry of an event already taken in; one that a restart resumes from the inbox was taken in before the crash, and runs.
        if (!envelope.Resumed && envelope.EventId is { } eventId && !deliveries.TryTake($"event|{eventId}"))
            return SlackAck.Empty;
        if (!envelope.Resumed && SlowDown(user, direct ? null : channel) is { } slowDown)
            return slowDown;

        var sourceKey = $"slack|event|{envelope.EventId ?? Guid.NewGuid().ToString("N")}";
        return SlackAck.Then(Apologizing(null, channel, user, async ct =>
        {
            var person = await people.PersonAsync(user, null, ct);
            peopleDesk.Seen(person, person.UserId);
            var reply = await AnswerAsync(person, parsed, channel, sourceKey, envelope.Resumed, e.Text ?? "", ct);
            if (reply is null)
                return;
            // In a direct message the answer is the conversation; in a channel only the person who asked sees it, so a
            // Secretariat member's answer never shows restricted detail to the whole channel.
            if (direct)
                await slack.PostMessageAsync(channel, reply, threadTs: null, ct);
            else
                await slack.PostEphemeralAsync(channel, user, reply, ct);
        }));
    }

    /// <summary>
    /// The command answered by the dispatcher and laid out as Block Kit; null when this delivery was answered before.
    /// Nothing typed after the command or the mention is a request for help.
    /// </summary>
    private async Task<JsonObject?> AnswerAsync(Person person, BotCommand command, string conversationId, string sourceKey, bool resumed, string text,
        CancellationToken cancellationToken)
    {
        var turn = new SlackTurn(person, roles.ViewerOf(person), languages.ReaderOf(person), conversationId, sourceKey, resumed, text, readers);
        var reply = await dispatcher.AnswerAsync(turn, command is BotCommand.Empty ? new BotCommand.Help() : command, cancellationToken);
        return reply is null ? null : renderer.Render(reply, turn.Language);
    }

    /// <summary>
    /// The same per-person limit as on Teams (keyed by channel and user): over it, the person is told once, privately,
    /// and nothing they sent is processed. Null when the message may go on.
    /// </summary>
    private SlackAck? SlowDown(string userId, string? channel = null)
    {
        switch (rateLimiter.Check(SlackNoticeChannel.ChannelId, userId))
        {
            case Limits.UserRateLimiter.Verdict.Allowed:
                return null;
            case Limits.UserRateLimiter.Verdict.TellOnce:
                var notice = BlockKitRenderer.Text(CommandSentences.SlowDown(languages.ReaderOf(SlackPeople.ById(userId))));
                return channel is null
                    ? SlackAck.Then(ct => slack.PostMessageAsync(userId, notice, threadTs: null, ct))
                    : SlackAck.Then(ct => slack.PostEphemeralAsync(channel, userId, notice, ct));
            default:
                return SlackAck.Empty;
        }
    }

    private SlackAck OnStatusButton(SlackInteraction interaction, SlackAction action)
    {
        if (!FirstDelivery(interaction, action))
            return SlackAck.Empty;
        var country = directory.FindByIso3(action.Value);
        return SlackAck.Then(ct =>
        {
            var language = languages.ReaderOf(SlackPeople.ById(interaction.User?.Id ?? ""));
            return responder.AnswerAsync(interaction, country is null
                ? BlockKitRenderer.Text(Domain.Language.ButtonWords.UnknownState(language))
                : renderer.Render(status.StatusOf(country), language), ct);
        });
    }

    /// <summary>The global shortcut "Register outreach" (from anywhere in Slack): the registration modal, as /att register opens it.</summary>
    public const string RegisterShortcut = "register_outreach";

    private SlackAck OnRegisterShortcut(SlackInteraction interaction) =>
        interaction.TriggerId is { Length: > 0 } trigger && interaction.User?.Id is { } user && SlowDown(user) is null
            ? SlackAck.Then(Apologizing(null, null, user, ct => OpenFormAsync(user, trigger, prefillText: null, ct)))
            : SlackAck.Empty;

    private SlackAck OnCommandButton(SlackInteraction interaction, SlackAction action)
    {
        var parsed = SlackTypedCommand.Of(action);
        if (parsed is BotCommand.RegisterForm form && interaction.TriggerId is { Length: > 0 } trigger && interaction.User?.Id is { } user)
            return SlackAck.Then(Apologizing(interaction.ResponseUrl, interaction.Channel?.Id, user, ct => OpenFormAsync(user, trigger, prefillText: null, ct, form.State)));
        return WithPerson(interaction, action, async (person, ct) =>
        {
            var sourceKey = $"slack|action|{person.UserId}|{action.ActionTs}";
            if (await AnswerAsync(person, parsed, interaction.Channel?.Id ?? person.UserId, sourceKey, interaction.Resumed, action.Value ?? "", ct) is { } reply)
                await responder.AnswerAsync(interaction, reply, ct);
        });
    }

    private SlackAck OnOpenRegistration(SlackInteraction interaction, SlackAction action)
    {
        if (interaction.TriggerId is not { Length: > 0 } trigger || interaction.User?.Id is not { } user)
            return SlackAck.Empty;
        // "register form TON" (a gap's button): the state picked; "register <line>" (a line to fix): the line read into the form.
        var state = CommandParser.Parse(action.Value ?? "") is BotCommand.RegisterForm form ? form.State : null;
        var prefill = state is null && action.Value is { Length: > 8 } value && value.StartsWith("register ", StringComparison.OrdinalIgnoreCase) ? value[9..] : null;
        return SlackAck.Then(Apologizing(interaction.ResponseUrl, interaction.Channel?.Id, user, ct => OpenFormAsync(user, trigger, prefill, ct, state)));
    }

    private SlackAck OnSettle(SlackInteraction interaction, SlackAction action, ConflictResolution resolution) =>
        WithPerson(interaction, action, async (person, ct) =>
        {
            var conflictId = long.TryParse(action.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
            var channel = interaction.Channel?.Id ?? person.UserId;
            // The Home is the clicker's alone, drawn again without the settled conflict; an alert changes for everyone in its channel.
            var onHome = interaction.View?.Type == SlackAppHome.ViewType;
            var reply = await outreach.SettleAsync(person, conflictId, resolution, languages.ReaderOf(person),
                onHome ? _ => Task.FromResult(roles.ViewerOf(person)) : c => readers.OfSlackAsync(channel, c), ct);
            if (reply is Reply.Text)
                await responder.AnswerAsync(interaction, renderer.Render(reply, languages.ReaderOf(person)), ct);
            else if (onHome)
                await home.PublishAsync(person.UserId, ct);
            else // in the language it was posted in: the conversation's
                await responder.ReplaceAsync(interaction, renderer.Render(reply, languages.OfConversation(person.ChannelId, channel)), ct);
        });

    /// <summary>A click is acknowledged at once and handled once, even when Slack delivers it twice.</summary>
    private SlackAck WithPerson(SlackInteraction interaction, SlackAction action, Func<Person, CancellationToken, Task> work)
    {
        if (interaction.User?.Id is not { } user || !FirstDelivery(interaction, action))
            return SlackAck.Empty;
        return SlackAck.Then(Apologizing(interaction.ResponseUrl, interaction.Channel?.Id, user,
            async ct => await work(await people.PersonAsync(user, interaction.User.Name ?? interaction.User.Username, ct), ct)));
    }

    /// <summary>
    /// False for a click already taken in (the same person, action and action_ts). One that a restart resumes from the
    /// inbox was taken in before the crash, and runs.
    /// </summary>
    private bool FirstDelivery(SlackInteraction interaction, SlackAction action) =>
        interaction.Resumed || action.ActionTs is not { } ts || deliveries.TryTake($"action|{interaction.User?.Id}|{ts}|{action.ActionId}");

    /// <summary>
    /// The work after the ack; when it fails the person is told briefly (never the internals) and the work queue logs
    /// the error. An apology that cannot be sent either changes nothing: the first error is the one to log.
    /// </summary>
    private Func<CancellationToken, Task> Apologizing(string? responseUrl, string? channel, string user, Func<CancellationToken, Task> work) => async ct =>
    {
        try
        {
            await work(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            try
            {
                await responder.AnswerAsync(responseUrl, channel, user, BlockKitRenderer.Text(CommandSentences.WentWrong(languages.ReaderOf(SlackPeople.ById(user)))), ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
            }
            throw;
        }
    };

    private async Task OpenFormAsync(string userId, string triggerId, string? prefillText, CancellationToken cancellationToken, string? state = null)
    {
        var language = languages.ReaderOf(await QuickPersonAsync(userId, null, cancellationToken));
        var prefill = prefillText is not null ? RegistrationParser.Parse(prefillText, language).Request
            : state is not null ? new RegistrationRequest { CountryNames = [state] } : null;
        await slack.OpenViewAsync(triggerId, renderer.RegistrationFormView(prefill, peopleDesk.OrganizationOf(SlackPeople.ById(userId)), language), cancellationToken);
    }

    /// <summary>
    /// The modal was submitted. Its answer must be the acknowledgement itself (errors under the fields, or the
    /// confirmation in place of the form), so this registers before answering: a local write of a few milliseconds.
    /// </summary>
    private async Task<SlackAck> OnRegistrationSubmitted(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.User?.Id is not { } user || interaction.View is not { } view)
            return SlackAck.Empty;
        var person = await QuickPersonAsync(user, interaction.User.Name ?? interaction.User.Username, cancellationToken);
        var language = languages.ReaderOf(person);
        var (request, problems) = RegistrationFormValues.Read(SlackFormValues.ToFormData(view), language);
        peopleDesk.Seen(person, person.UserId);
        var sourceKey = $"slack|view|{view.Id ?? Guid.NewGuid().ToString("N")}";
        // Heads-ups go to the person's user id: chat.postMessage turns it into their direct message with the app.
        return await registrations.RegisterAsync(person, request, problems, sourceKey, person.UserId, language, askIfRegisteredBefore: true) switch
        {
            RegisterOutcome.Invalid invalid => new SlackAck(renderer.RegistrationFormErrors(invalid.Problems)),
            // The modal closes (an empty answer) and the question arrives in the person's direct message with the app,
            // where the modal's confirmation would have been read by them alone; its buttons are command buttons there.
            RegisterOutcome.LooksRegistered looks => SlackAck.Then(Apologizing(null, null, user, ct => slack.PostMessageAsync(user,
                renderer.Render(OutreachAnswers.Question(looks, request, typedText: null, sourceKey), language), threadTs: null, ct))),
            RegisterOutcome.Registered { Result: var result } => new SlackAck(new JsonObject
            {
                ["response_action"] = "update",
                ["view"] = renderer.RegisteredView(new Reply.Registered(result.Plan, result.Conflicts, roles.ViewerOf(person)), language),
            }),
            _ => SlackAck.Empty,
        };
    }

    /// <summary>
    /// The person with their name and locale from users.info if it comes quickly (usually remembered from the command that
    /// opened the form): a modal's trigger lasts three seconds, and its submission must be answered within three.
    /// </summary>
    private async Task<Person> QuickPersonAsync(string userId, string? fallbackName, CancellationToken cancellationToken)
    {
        using var quick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        quick.CancelAfter(TimeSpan.FromSeconds(1.5));
        try
        {
            return await people.PersonAsync(userId, fallbackName, quick.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SlackPeople.ById(userId) with { DisplayName = fallbackName is { Length: > 0 } name ? FreeText.Clean(name) : "Slack user" };
        }
    }
}
