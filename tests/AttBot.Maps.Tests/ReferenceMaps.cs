namespace AttBot.Maps.Tests;

/// <summary>
/// Writes the reference maps kept in docs/maps/ when ATTBOT_WRITE_REFERENCE_MAPS=1, so that a person can look at them
/// after a change to the drawing (they are pictures to look at, not pixels to compare).
/// </summary>
public class ReferenceMaps
{
    [Fact]
    public void Reference_maps_are_written_on_request()
    {
        var folder = Environment.GetEnvironmentVariable("ATTBOT_WRITE_REFERENCE_MAPS");
        var pictures = new[] { ("world", MapSamples.World()), ("oceania", MapSamples.Region("Oceania")),
            ("caribbean", MapSamples.Region("Caribbean")) };
        foreach (var (name, picture) in pictures)
        {
            var map = MapRenderer.Render(picture);
            Assert.True(map.Png.Length > 10_000);
            if (!string.IsNullOrEmpty(folder))
                File.WriteAllBytes(Path.Combine(folder, $"{name}.png"), map.Png);
        }
    }
}
