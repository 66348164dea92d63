using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ChatFirmware.LoadCompare
{
    /// <summary>The Markdown tables of the comparison.</summary>
    public static class Report
    {
        private const string Peer = "Node.js ws peer";

        public static void Pages(StringBuilder report, List<PageWeight.Visit> visits)
        {
            report.AppendLine();
            report.AppendLine("## Page weight (ours, measured on the wire)");
            report.AppendLine();
            report.AppendLine("| visit | request | status | content-encoding | header bytes | body bytes on the wire | body uncompressed | body gzip -9 |");
            report.AppendLine("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |");
            foreach (PageWeight.Visit visit in visits)
            {
                foreach (PageWeight.Fetch fetch in visit.Fetches)
                {
                    report.AppendLine("| " + visit.Name + " | GET " + fetch.Path + " | " + fetch.Status + " | " + (fetch.ContentEncoding ?? "none") + " | " + fetch.HeaderBytes + " | " + fetch.BodyBytes + " | " + fetch.UncompressedBytes + " | " + fetch.GzipBytes + " |");
                }
            }

            report.AppendLine();
            report.AppendLine("| visit | requests | bytes on the wire (headers + bodies) | bodies uncompressed | bodies compressed (as sent if gzip, else gzip -9) |");
            report.AppendLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (PageWeight.Visit visit in visits)
            {
                int wire = visit.Fetches.Sum(f => f.WireBytes);
                int plain = visit.Fetches.Sum(f => f.UncompressedBytes);
                int compressed = visit.Fetches.Sum(f => f.ContentEncoding == "gzip" ? f.BodyBytes : f.GzipBytes);
                report.AppendLine("| " + visit.Name + " | " + visit.Fetches.Count + " | " + wire + " | " + plain + " | " + compressed + " |");
            }
        }

        public static void Load(StringBuilder report, Options options, List<RunResult> results)
        {
            report.AppendLine();
            report.AppendLine("## Load: " + options.Clients + " WebSocket clients, same client for both servers");
            report.AppendLine();
            report.AppendLine("Fixed rate: each client sends " + options.Rate + " messages/s (" + (options.Rate * options.Clients) + " messages/s offered, each delivered to the " + (options.Clients - 1) + " other clients). Saturation: each client sends as fast as it can with at most " + options.Window + " of its own messages not yet echoed back. Each run lasts " + options.Seconds + " s after a warm-up; runs alternate between the servers (" + options.Runs + " rounds); the figures are medians of the runs. Delivered/s counts receipts at the other clients within the run's window; latency is from send to receipt at each other client.");
            report.AppendLine();
            report.AppendLine("| mode | measure | ours (median) | peer (median) | ours/peer | goal |");
            report.AppendLine("| --- | --- | ---: | ---: | ---: | --- |");
            foreach (LoadMode mode in new[] { LoadMode.FixedRate, LoadMode.Saturation })
            {
                List<RunResult> ours = results.Where(r => r.Mode == mode && r.Server != Peer).ToList();
                List<RunResult> peer = results.Where(r => r.Mode == mode && r.Server == Peer).ToList();
                string name = mode == LoadMode.FixedRate ? "fixed " + (options.Rate * options.Clients) + " msg/s" : "saturation";
                Row(report, name, "delivered messages/s", ours, peer, r => r.DeliveredPerSecond, "0", "ours/peer >= 1");
                Row(report, name, "p50 latency (ms)", ours, peer, r => r.P50Ms, "0.00", "-");
                Row(report, name, "p99 latency (ms)", ours, peer, r => r.P99Ms, "0.00", "ours/peer <= 1");
                Row(report, name, "server CPU ms per 1000 deliveries", ours, peer, r => r.CpuMsPerThousand, "0.0", "-");
                Row(report, name, "server resident memory (MB)", ours, peer, r => r.ServerResidentBytes / 1048576.0, "0", "-");
            }

            report.AppendLine();
            report.AppendLine("Every run:");
            report.AppendLine();
            report.AppendLine("| # | mode | server | sent | sent/s | delivered/s | lost | errors | p50 ms | p99 ms | max ms | server CPU s | load average after |");
            report.AppendLine("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            int n = 1;
            foreach (RunResult r in results)
            {
                report.AppendLine("| " + n++ + " | " + r.Mode + " | " + r.Server + " | " + r.Sent + " | " + r.SentPerSecond.ToString("0") + " | " + r.DeliveredPerSecond.ToString("0") + " | " + (r.Expected - r.Delivered) + " | " + r.Errors + " | " + r.P50Ms.ToString("0.00") + " | " + r.P99Ms.ToString("0.00") + " | " + r.MaxMs.ToString("0.0") + " | " + r.ServerCpuSeconds.ToString("0.00") + " | " + r.LoadAverage + " |");
            }
        }

        private static void Row(StringBuilder report, string mode, string measure, List<RunResult> ours, List<RunResult> peer, Func<RunResult, double> value, string format, string goal)
        {
            double a = Median(ours.Select(value));
            double b = Median(peer.Select(value));
            report.AppendLine("| " + mode + " | " + measure + " | " + a.ToString(format) + " | " + b.ToString(format) + " | " + (a / b).ToString("0.00") + " | " + goal + " |");
        }

        public static double Median(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
