using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AttBot.Functional.Tests;

/// <summary>appsettings.sample.json documents every key: it must load, cover the real settings, and bind.</summary>
public sealed class ConfigurationSampleTests
{
    private static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AttBot.sln")))
            dir = dir.Parent;
        return Path.Combine([dir!.FullName, .. parts]);
    }

    private static IConfigurationRoot Load(string path) => new ConfigurationBuilder().AddJsonFile(path, optional: false).Build();

    [Fact]
    public void The_sample_lists_every_key_of_the_shipped_appsettings()
    {
        var sampleKeys = Load(RepoFile("appsettings.sample.json")).AsEnumerable().Select(kv => kv.Key).ToHashSet();
        var shippedKeys = Load(RepoFile("src", "AttBot.Host", "appsettings.json")).AsEnumerable()
            .Where(kv => kv.Value is not null && kv.Key != "AllowedHosts").Select(kv => kv.Key);

        Assert.All(shippedKeys, key => Assert.Contains(key, sampleKeys));
        Assert.Contains("MicrosoftAppPassword", sampleKeys);
        Assert.Contains("MicrosoftAppTenantId", sampleKeys);
    }

    [Fact]
    public void The_samples_tuning_values_bind_to_the_options_the_bot_uses()
    {
        var services = new ServiceCollection().AddLogging().AddBotFramework(Load(RepoFile("appsettings.sample.json"))).BuildServiceProvider();

        Assert.Equal(256, services.GetRequiredService<IOptions<TurnQueueOptions>>().Value.Workers);
        Assert.Equal(262144, services.GetRequiredService<IOptions<CloudAdapterOptions>>().Value.MaxRequestBodyBytes);
        Assert.Equal(TimeSpan.FromSeconds(20), services.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value.MaxDelay);
    }
}
