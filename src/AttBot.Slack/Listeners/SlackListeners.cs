using AttBot.Slack.Payloads;

namespace AttBot.Slack.Listeners;

/// <summary>
/// Bolt's listener model in one table: one handler per slash command, action id, view callback id and event type.
/// Registering a key twice throws at startup, so a request never has two listeners (who would acknowledge it?).
/// A view submission's answer is its acknowledgement (errors or the next view), so view listeners may await.
/// Action ids may carry a suffix after ':' ("status:VNM"): Slack wants ids unique within a block, the table keys on the part before.
/// </summary>
public sealed class SlackListeners
{
    private readonly Dictionary<string, Func<SlashCommand, SlackAck>> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<SlackInteraction, SlackAction, SlackAck>> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<SlackInteraction, CancellationToken, Task<SlackAck>>> _views = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<SlackEventEnvelope, SlackAck>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<SlackInteraction, SlackAck>> _shortcuts = new(StringComparer.Ordinal);

    public SlackListeners Command(string command, Func<SlashCommand, SlackAck> handler) => Add(_commands, "slash command", command, handler);
    public SlackListeners Action(string actionId, Func<SlackInteraction, SlackAction, SlackAck> handler) => Add(_actions, "action", actionId, handler);
    public SlackListeners View(string callbackId, Func<SlackInteraction, CancellationToken, Task<SlackAck>> handler) => Add(_views, "view", callbackId, handler);
    public SlackListeners Event(string type, Func<SlackEventEnvelope, SlackAck> handler) => Add(_events, "event", type, handler);
    public SlackListeners Shortcut(string callbackId, Func<SlackInteraction, SlackAck> handler) => Add(_shortcuts, "shortcut", callbackId, handler);

    public Func<SlashCommand, SlackAck>? FindCommand(string command) => _commands.GetValueOrDefault(command);
    public Func<SlackInteraction, SlackAction, SlackAck>? FindAction(string? actionId) => actionId is null ? null : _actions.GetValueOrDefault(KeyOf(actionId));
    public Func<SlackInteraction, CancellationToken, Task<SlackAck>>? FindView(string? callbackId) => callbackId is null ? null : _views.GetValueOrDefault(callbackId);
    public Func<SlackEventEnvelope, SlackAck>? FindEvent(string? type) => type is null ? null : _events.GetValueOrDefault(type);
    public Func<SlackInteraction, SlackAck>? FindShortcut(string? callbackId) => callbackId is null ? null : _shortcuts.GetValueOrDefault(callbackId);

    /// <summary>"status:VNM" → "status".</summary>
    public static string KeyOf(string actionId) => actionId.IndexOf(':') is var colon and >= 0 ? actionId[..colon] : actionId;

    private SlackListeners Add<T>(Dictionary<string, T> table, string kind, string key, T handler)
    {
        if (!table.TryAdd(key, handler))
            throw new InvalidOperationException($"A Slack {kind} listener for '{key}' is already registered; each key has exactly one.");
        return this;
    }
}
