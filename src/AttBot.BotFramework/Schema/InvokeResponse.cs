using System.Text.Json.Nodes;

namespace AttBot.BotFramework.Schema;

/// <summary>The synchronous answer to an invoke activity: the HTTP status and body of the inbound POST's response.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);

/// <summary>
/// The body of an <c>adaptiveCard/action</c> invoke response (Universal Actions): either a card that replaces
/// the one clicked, a message the client shows, or an error.
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; init; } = 200;
    public required string Type { get; init; }
    public required JsonNode Value { get; init; }

    public static AdaptiveCardInvokeResponse Card(JsonObject card) => new() { Type = CardType, Value = card };
    public static AdaptiveCardInvokeResponse Message(string text) => new() { Type = MessageType, Value = JsonValue.Create(text)! };
    public static AdaptiveCardInvokeResponse Error(int status, string code, string message) => new()
    {
        StatusCode = status,
        Type = ErrorType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}

/// <summary>The value of an <c>adaptiveCard/action</c> invoke: the Action.Execute that was clicked.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonNode? Data { get; set; }
}
