using System.Text.RegularExpressions;

namespace AttBot.Host.Maps;

public static partial class MapEndpoints
{
    /// <summary>
    /// GET /api/maps/{key}.png: a map the bot put in a card. No authentication (Teams and Slack fetch images without
    /// it), so a key leads only to what its card's readers may see. A public map never changes under its key and may be
    /// cached anywhere; a Secretariat map only privately, and not after its lifetime.
    /// </summary>
    public static IEndpointRouteBuilder MapMaps(this IEndpointRouteBuilder app)
    {
        app.MapGet(MapDesk.ImagePath + "{key}.png", (string key, MapGallery gallery, HttpContext http) =>
        {
            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            if (!KeyShape().IsMatch(key) || gallery.Find(key) is not { } map)
            {
                http.Response.Headers.CacheControl = "no-store";
                return Results.Text("This map is unknown or has expired. Ask AttBot for the map again.", statusCode: StatusCodes.Status404NotFound);
            }
            http.Response.Headers.CacheControl = map.Public ? "public, max-age=86400, immutable" : "private, max-age=3600";
            return Results.File(map.Png, "image/png");
        });
        return app;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyShape();
}
