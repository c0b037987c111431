namespace AttBot.Bench;

public static class ExitCodes
{
    public const int Passed = 0;
    public const int BudgetFailed = 1;
    public const int RunBroke = 2;
}
