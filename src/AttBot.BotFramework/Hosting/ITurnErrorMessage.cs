using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Hosting;

/// <summary>
/// What the person reads when their turn failed. The adapter knows no language; a bot that writes several supplies
/// its own, in the language of the activity's reader.
/// </summary>
public interface ITurnErrorMessage
{
    /// <summary>Must not throw: it is asked while a turn is already failing, perhaps because the store is.</summary>
    string For(Activity activity);
}

/// <summary>The adapter's own, for a bot that writes English only.</summary>
public sealed class EnglishTurnErrorMessage : ITurnErrorMessage
{
    public string For(Activity activity) => CloudAdapter.UserErrorMessage;
}
