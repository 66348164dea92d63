using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>The core's log on standard output, as the device prints it on its serial port.</summary>
    public sealed class ConsoleLog : ILog
    {
        public void Info(string message) => Console.WriteLine("info: " + message);

        public void Warn(string message) => Console.WriteLine("warn: " + message);
    }
}
