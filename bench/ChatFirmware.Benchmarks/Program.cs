using BenchmarkDotNet.Running;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project bench/ChatFirmware.Benchmarks -- --filter '*'   (BenchmarkDotNet)
    /// dotnet run -c Release --project bench/ChatFirmware.Benchmarks -- memory         (retained heap)
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "memory")
            {
                return RetainedMemory.Run();
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
