namespace AttBot.BotFramework.Builder;

/// <summary>A bot: something that takes a turn.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
