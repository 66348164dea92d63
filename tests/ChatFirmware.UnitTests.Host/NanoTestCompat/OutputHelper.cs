namespace nanoFramework.TestFramework
{
    /// <summary>nanoFramework's test output; on the host it goes to the test's standard output.</summary>
    public static class OutputHelper
    {
        public static void Write(string message)
        {
            System.Console.Write(message);
        }

        public static void WriteLine(string message)
        {
            System.Console.WriteLine(message);
        }
    }
}
