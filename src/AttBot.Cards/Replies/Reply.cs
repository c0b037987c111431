using AttBot.Domain.Audit;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Priorities;
using AttBot.Domain.Reports;
using AttBot.Domain.Treaty;

namespace AttBot.Cards.Replies;

/// <summary>Who an answer is meant for: everyone who reads the place it was asked in, or the asker alone (Secretariat material).</summary>
public enum MeantFor { Place, AskerAlone }

/// <summary>
/// What an answer shows, channel-neutral: the dispatcher decides it once for every channel, and each channel's renderer
/// (Adaptive Cards for Teams, Block Kit for Slack) lays it out. A closed set: a renderer's switch names every kind.
/// Records carry data, never wording: the sentences are the card builders' and the Language words classes'.
/// </summary>
public abstract record Reply
{
    private Reply() { }

    public MeantFor MeantFor { get; init; } = MeantFor.Place;

    /// <summary>A sentence or two in markdown (refusals, confirmations, the answers of desks that answer in words).</summary>
    public sealed record Text(string Markdown) : Reply;

    /// <summary>What the reader may use: the Secretariat's and the champions' commands only where every reader holds that role.</summary>
    public sealed record Help(bool ForSecretariat = false, bool ForChampions = false) : Reply;

    public sealed record Status(Country Country, DateOnly CurrentTo, PlannedOutreach Planned, bool DeclaredIntention) : Reply;

    public sealed record ChooseCountry(string Input, IReadOnlyList<Country> Candidates) : Reply;

    public sealed record UnknownCountry(string Input, IReadOnlyList<Country> Suggestions) : Reply;

    /// <summary>The registration form, prefilled with what was typed, and what to fix in it (none when the person just asked for it).</summary>
    public sealed record RegistrationForm(RegistrationRequest? Prefill, IReadOnlyList<RegistrationProblem> Problems, string? TypedText,
        IReadOnlyList<Country> Countries, IReadOnlyList<string> Regions, string? Organization) : Reply;

    /// <summary>
    /// "Registered OR-0042", written for <paramref name="Reader"/> (the place's readers). <paramref name="Full"/>: the
    /// asker's own full confirmation, for their 1:1 chat, when the place's readers may see less than the asker.
    /// </summary>
    public sealed record Registered(OutreachPlan Plan, IReadOnlyList<Conflict> Conflicts, Viewer Reader, Registered? Full = null) : Reply;

    /// <summary>
    /// Registrations for "outreach Tonga" (<paramref name="State"/>) and "mine" (no state), written for <paramref name="Reader"/>.
    /// <paramref name="Views"/>: in a shared place, who may see more than the room and the command that shows it to them
    /// (Teams' user-specific views).
    /// </summary>
    public sealed record OutreachList(Country? State, IReadOnlyList<OutreachPlan> Plans, Viewer Reader, PersonalViews? Views = null) : Reply;

    /// <summary>
    /// Asked before storing: <paramref name="Planned"/> looks like the asker's own <paramref name="Earlier"/>. Its buttons
    /// register <paramref name="TypedText"/> anyway (once, under <paramref name="Key"/>), offer to change the earlier one
    /// instead, or discard it.
    /// </summary>
    public sealed record RegisteredBefore(OutreachPlan Planned, OutreachPlan Earlier, IReadOnlyList<string> SharedCountries, string TypedText, string Key) : Reply;

    /// <summary>
    /// How to change <paramref name="PublicId"/> instead of registering again: <paramref name="MoveCommand"/>, ready to
    /// send, when the dates differ; <paramref name="Differences"/>, what else differs, which no command changes in a stored
    /// registration (null: not known, only the dates); <paramref name="AnywayCommand"/>, the question's own Register anyway.
    /// </summary>
    public sealed record HowToChange(string PublicId, string? MoveCommand, IReadOnlyList<Domain.Language.RegistrationCardWords.Fact>? Differences = null,
        string? AnywayCommand = null) : Reply;

    /// <summary>Asked before cancelling a visit still to come: Confirm or Keep it.</summary>
    public sealed record ConfirmCancel(OutreachPlan Plan) : Reply;

    /// <summary>Asked before recording a visit still to come as done, with the <paramref name="Findings"/> to be recorded.</summary>
    public sealed record ConfirmDone(OutreachPlan Plan, string Findings) : Reply;

    /// <summary>A short confirmation with a heading, such as "OR-0042 cancelled".</summary>
    public sealed record Notice(string Heading, string Markdown) : Reply;

    /// <summary>The recorded changes to <paramref name="Subject"/>: a registration's id ("OR-0042") or a state's ISO3 code.</summary>
    public sealed record History(string Subject, IReadOnlyList<AuditEntry> Entries) : Reply;

    /// <summary>A file behind a short-lived link; <paramref name="Description"/> says its filters in the asker's language.</summary>
    public sealed record ExportReady(ExportFormat Format, string Description, int Count, bool Truncated, string FileName, Uri Link, DateTimeOffset ExpiresAt) : Reply;

    public sealed record Summary(PeriodSummary Period) : Reply;

    public sealed record Priority(Country Country, PriorityTier Tier, IReadOnlyList<DeclaredIntention> Intentions, string? Note) : Reply;

    public sealed record Priorities(string Scope, IReadOnlyList<(Country Country, PriorityTier Tier, DeclaredIntention? Latest, int Planned)> Rows,
        int Tier4Count, int Days) : Reply;

    public sealed record Gaps(string Scope, IReadOnlyList<Gap> List, int Days, IReadOnlyList<RegionFigures> Pictures) : Reply;

    public sealed record World(WorldFigures Figures, DateOnly CurrentTo, MapPicture Picture) : Reply;

    public sealed record Region(RegionFigures Figures, RegionOutreach Outreach, DateOnly CurrentTo, MapPicture Picture) : Reply;

    public sealed record UnknownRegion(string Input, IReadOnlyList<string> Suggestions) : Reply;

    /// <summary>A map; <paramref name="RegionName"/> is null for the world.</summary>
    public sealed record Map(MapPicture Picture, string? RegionName) : Reply;

    public sealed record StatusChanged(Country Before, Country After) : Reply;

    /// <summary>"import status" with nothing to import: how to send the table on this channel.</summary>
    public sealed record ImportHowTo : Reply;

    public sealed record ImportPreview(long ImportId, string Source, StatusDiff Diff, DateOnly? AsAt, DateOnly CurrentTo) : Reply;

    public sealed record ImportApplied(long ImportId, string Source, StatusDiff Diff, DateOnly CurrentTo) : Reply;

    public sealed record ImportDiscarded(long ImportId, string Source) : Reply;

    // What the bot says unasked (the outbox's notices) and the alert a click settles are replies too: each is written
    // for the readers named here, and laid out by the same two renderers as an answer.

    /// <summary>A possible duplication, for a conversation subscribed to alerts or in place of the alert just settled; <paramref name="Conflict"/> is already what its readers may see.</summary>
    public sealed record DuplicationAlert(RecordedConflict Conflict) : Reply;

    /// <summary>The other organizer's heads-up about <paramref name="Conflict"/>, and the <paramref name="Also"/> of theirs the same registration may duplicate.</summary>
    public sealed record HeadsUp(Conflict Conflict, Viewer Recipient, IReadOnlyList<Conflict> Also) : Reply;

    /// <summary>A registration in a possible duplication moved or cancelled, written for <paramref name="Readers"/>.</summary>
    public sealed record ChangeNotice(OutreachChange Change, Viewer Readers) : Reply;

    /// <summary>A regional champion's note about a new registration in their region.</summary>
    public sealed record ChampionNote(OutreachPlan Plan, Viewer Recipient) : Reply;

    /// <summary>The Secretariat's weekly digest; <paramref name="Digest"/> is already what its readers may see.</summary>
    public sealed record WeeklyDigest(Digest Digest) : Reply;

    /// <summary>The organizer's outreach is over: what did they find?</summary>
    public sealed record FindingsReminder(OutreachPlan Plan) : Reply;
}

/// <summary>Readers of a shared place who may see more than the room, and the command that shows it (asked by <paramref name="AskedBy"/>).</summary>
public sealed record PersonalViews(string Command, string AskedBy, IReadOnlyList<string> UserIds);

/// <summary>A drawn map: its caption and where its image is served.</summary>
public sealed record MapPicture(MapCaption Caption, Uri Image);
