using System;
using System.Collections.Generic;
using System.IO;

namespace ChatFirmware.AssetGzip
{
    /// <summary>
    /// Usage: ChatFirmware.AssetGzip [--check]. Without an option it (re)writes the gzip members of what
    /// the device serves from flash and the CSP hashes of their inline code; with --check it only
    /// verifies them and exits 1 when one is stale.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string repo = GzipAssets.FindRepo(Directory.GetCurrentDirectory());
            if (args.Length == 1 && args[0] == "--check")
            {
                List<string> problems = GzipAssets.Verify(repo);
                foreach (string problem in problems)
                {
                    Console.Error.WriteLine(problem);
                }

                Console.WriteLine(problems.Count == 0 ? "gzip assets match their sources" : problems.Count + " stale file(s)");
                return problems.Count == 0 ? 0 : 1;
            }

            if (args.Length != 0)
            {
                Console.Error.WriteLine("usage: ChatFirmware.AssetGzip [--check]");
                return 2;
            }

            List<string> changed = GzipAssets.Write(repo);
            foreach (string path in changed)
            {
                Console.WriteLine("written " + path);
            }

            Console.WriteLine(changed.Count == 0 ? "everything was current" : changed.Count + " file(s) written");
            return 0;
        }
    }
}
