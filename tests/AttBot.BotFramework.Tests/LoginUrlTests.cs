using AttBot.BotFramework.Authentication;

namespace AttBot.BotFramework.Tests;

/// <summary>ToChannelFromBotLoginUrl as the SDK writes it (an authority) or as a token endpoint: the same token endpoint.</summary>
public sealed class LoginUrlTests
{
    [Theory]
    [InlineData("https://login.microsoftonline.com/botframework.com", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("https://login.microsoftonline.com/botframework.com/", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("https://login.microsoftonline.us/contoso.onmicrosoft.com", "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token")]
    [InlineData("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("https://login.example.test/tenant/oauth2/token", "https://login.example.test/tenant/oauth2/token")]
    public void An_authority_gets_its_v2_token_endpoint_and_an_endpoint_is_kept(string configured, string endpoint) =>
        Assert.Equal(endpoint, new BotFrameworkOptions { ToChannelFromBotLoginUrl = configured }.LoginUrl);

    [Theory]
    [InlineData("MultiTenant", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token")]
    public void With_nothing_configured_the_tenant_decides(string appType, string endpoint) =>
        Assert.Equal(endpoint, new BotFrameworkOptions { MicrosoftAppType = appType, MicrosoftAppTenantId = "11111111-2222-3333-4444-555555555555" }.LoginUrl);
}
