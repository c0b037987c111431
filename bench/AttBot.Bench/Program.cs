using AttBot.Bench;

// Two roles in one executable: the bench itself, or (started by the bench) the bare "floor" app it compares against.
if (args.Contains(FloorApp.Flag))
    return await FloorApp.RunAsync(args);

if (!BenchOptions.TryParse(args, out var options, out var problem))
{
    if (problem is not null)
        Console.Error.WriteLine(problem);
    Console.Error.WriteLine(BenchOptions.Usage);
    return problem is null ? ExitCodes.Passed : ExitCodes.RunBroke;
}
return await BenchRun.RunAsync(options);
