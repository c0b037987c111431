namespace AttBot.Cards;

/// <summary>The verbs and data keys that card buttons carry back to the bot: one vocabulary for cards and handlers.</summary>
public static class CardData
{
    /// <summary>Action.Submit data key holding a text command ("status Viet Nam").</summary>
    public const string Command = "command";
    /// <summary>Action.Execute data key holding a state's ISO 3166 alpha-3 code.</summary>
    public const string Iso3 = "iso3";
    /// <summary>Action.Execute verb: show the status of the state in <see cref="Iso3"/>.</summary>
    public const string StatusVerb = "status";
    /// <summary>Action.Execute verb: the registration form was sent; its inputs (ids in RegistrationFields) ride along.</summary>
    public const string RegisterVerb = "outreach.register";
    /// <summary>Registration form input: further states typed by name, comma-separated, beside the one picked from the list.</summary>
    public const string MoreCountries = "moreCountries";
    /// <summary>Action.Execute verb (Secretariat): the conflict in <see cref="ConflictId"/> has been coordinated.</summary>
    public const string CoordinatedVerb = "conflict.coordinated";
    /// <summary>Action.Execute verb (Secretariat): the conflict in <see cref="ConflictId"/> is not a real conflict.</summary>
    public const string NotAConflictVerb = "conflict.notAConflict";
    /// <summary>Action.Execute data key holding a recorded conflict's numeric id.</summary>
    public const string ConflictId = "conflictId";
    /// <summary>Action.Execute verb (Secretariat): apply the previewed status import in <see cref="ImportId"/>.</summary>
    public const string ApplyImportVerb = "status.import.apply";
    /// <summary>Action.Execute verb (Secretariat): discard the previewed status import in <see cref="ImportId"/>.</summary>
    public const string DiscardImportVerb = "status.import.discard";
    /// <summary>
    /// Action.Execute verb of a card's refresh: the viewer's own view of the answer to the command in <see cref="View"/>
    /// (asked by <see cref="AskedBy"/>), for the readers of a shared place who may see more than all of them together.
    /// </summary>
    public const string ViewVerb = "view.refresh";
    /// <summary>Refresh data key: the command whose answer is shown again, as typed.</summary>
    public const string View = "view";
    /// <summary>Refresh data key: the user id of the person who asked ("mine" shows their registrations).</summary>
    public const string AskedBy = "askedBy";
    /// <summary>Action.Execute data key holding a status import's numeric id.</summary>
    public const string ImportId = "importId";
}
