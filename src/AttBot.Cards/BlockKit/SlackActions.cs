namespace AttBot.Cards.BlockKit;

/// <summary>The action ids and view callback ids that Slack buttons and modals carry back: one vocabulary for blocks and listeners.</summary>
public static class SlackActions
{
    /// <summary>Button: show the status of the state whose ISO3 code is the value. Ids "status:VNM", unique within a block.</summary>
    public const string Status = "status";
    /// <summary>Button: run the text command in the value ("mine", "help").</summary>
    public const string Command = "command";
    /// <summary>Button: open the registration modal (a message has no trigger of its own to open one).</summary>
    public const string OpenRegistration = "register.open";
    /// <summary>Button (Secretariat): the conflict whose id is the value has been coordinated.</summary>
    public const string Coordinated = "conflict.coordinated";
    /// <summary>Button (Secretariat): the conflict whose id is the value is not a real conflict.</summary>
    public const string NotAConflict = "conflict.notAConflict";
    /// <summary>Link button: downloads an export in the browser. No listener: Slack opens the url itself.</summary>
    public const string Download = "export.download";
    /// <summary>The registration modal's callback id.</summary>
    public const string RegisterView = "outreach.register";
    /// <summary>The read-only modal that shows the registration's confirmation.</summary>
    public const string RegisteredView = "outreach.registered";

    /// <summary>"status:VNM": the listener key, then what makes the id unique in its block.</summary>
    public static string WithSuffix(string actionId, string suffix) => $"{actionId}:{suffix}";
}
