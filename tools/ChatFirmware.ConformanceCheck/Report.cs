using System;
using System.Collections.Generic;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>Collects failures per check and prints one line each, so a red run says exactly what to fix.</summary>
    public sealed class Report
    {
        private readonly List<string> _failures = new List<string>();

        public int FailureCount => _failures.Count;

        public IReadOnlyList<string> Failures => _failures;

        public void Fail(string check, string message)
        {
            string line = "FAIL [" + check + "] " + message;
            _failures.Add(line);
            Console.WriteLine(line);
        }

        public void Pass(string check, string message)
        {
            Console.WriteLine("ok   [" + check + "] " + message);
        }

        public void Skip(string check, string message)
        {
            Console.WriteLine("skip [" + check + "] " + message);
        }
    }
}
