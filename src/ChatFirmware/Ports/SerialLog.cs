using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// The operator's log on the debug/serial channel. Console rather than Debug: Debug.WriteLine is
    /// compiled out of Release builds.
    /// </summary>
    internal sealed class SerialLog : ILog
    {
        public void Info(string message)
        {
            Console.WriteLine("[info] " + message);
        }

        public void Warn(string message)
        {
            Console.WriteLine("[warn] " + message);
        }
    }
}
