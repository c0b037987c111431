namespace AttBot.Host.Secretariat;

public static class ExportEndpoints
{
    /// <summary>
    /// GET /api/exports/{token}: the file behind a download link the bot gave a Secretariat member. The link's secret is
    /// the only key, so the answer is the same 404 for unknown, expired and malformed links, and nothing is cached.
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportDesk.DownloadPath + "{token}", (string token, ExportDesk exports, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            return exports.Download(token) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.Text("This download link is unknown or has expired. Ask AttBot for a new export.", statusCode: StatusCodes.Status404NotFound);
        });
        return app;
    }
}
