using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// nanoFramework.Iot.Device.DhcpServer has no api/*.txt listing; its API is described in prose by
    /// the shared README (and REFERENCE). DhcpServer.allowed.txt writes that API in the listing format,
    /// each line followed by a tab and the words of the shared docs that vouch for it; a line whose
    /// words the docs do not contain is refused, so the supplement cannot drift from the docs.
    /// </summary>
    public static class SupplementCheck
    {
        public const string Check = "declarations";

        public static void Add(string supplement, string sharedDocs, ApiListings listings, Report report)
        {
            string docs = Normalize(File.ReadAllText(Path.Combine(sharedDocs, "README.md")) + "\n" + File.ReadAllText(Path.Combine(sharedDocs, "REFERENCE.md")));
            List<string> accepted = new List<string>();
            int refused = 0;
            foreach (string line in File.ReadAllLines(supplement))
            {
                int tab = line.IndexOf('\t');
                if (line.StartsWith('#') || tab < 0)
                {
                    accepted.Add(line);
                    continue;
                }

                string evidence = Normalize(line.Substring(tab + 1));
                if (docs.Contains(evidence, StringComparison.Ordinal))
                {
                    accepted.Add(line.Substring(0, tab));
                }
                else
                {
                    refused++;
                    report.Fail(Check, Path.GetFileName(supplement) + ": the shared docs do not say \"" + line.Substring(tab + 1) + "\" (for " + line.Substring(0, tab) + ")");
                }
            }

            listings.Add(accepted, supplement);
            if (refused == 0)
            {
                report.Pass(Check, Path.GetFileName(supplement) + ": every line is vouched for by the shared README/REFERENCE");
            }
        }

        private static string Normalize(string text) => Regex.Replace(text.Replace("`", string.Empty), @"\s+", " ");
    }
}
