using AttBot.Data.Schema;
using AttBot.Data.Store;

namespace AttBot.Host.Operations;

/// <summary>
/// For load balancers and orchestrators: <c>/healthz</c> says the process answers (restart it if not);
/// <c>/readyz</c> says it can serve (send it traffic): the store answers at this code's schema version, the
/// background services (outbox, digest, queues) have not stopped, and the host is not shutting down.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", (OperationsStore store, IEnumerable<IHostedService> services, IHostApplicationLifetime lifetime, ILoggerFactory logs) =>
        {
            var problems = new List<string>();
            if (lifetime.ApplicationStopping.IsCancellationRequested)
                problems.Add("shutting down");
            try
            {
                var version = store.SchemaVersion();
                if (version != SchemaMigrator.LatestVersion)
                    problems.Add($"database at schema version {version}, this code expects {SchemaMigrator.LatestVersion}");
            }
            catch (Exception ex)
            {
                logs.CreateLogger("AttBot.Readiness").LogWarning(ex, "The store did not answer the readiness check");
                problems.Add("store unreachable");
            }
            // A background loop that ended with an exception no longer delivers: not ready, whatever else answers.
            foreach (var stopped in services.OfType<BackgroundService>().Where(s => s.ExecuteTask is { IsFaulted: true }))
                problems.Add($"{stopped.GetType().Name} stopped");
            return problems.Count == 0
                ? Results.Text("ready")
                : Results.Text("not ready: " + string.Join("; ", problems), statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
