using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// Random bytes from the ESP32's hardware generator: on that target System.Random calls esp_random()
    /// and ignores any seed. It is true random while the radio is on, which the soft-AP keeps it.
    /// nanoFramework has no RandomNumberGenerator class.
    /// </summary>
    internal sealed class HardwareRandom : IRandomSource
    {
        private readonly Random _random = new Random();

        public void Fill(byte[] buffer)
        {
            lock (_random)
            {
                _random.NextBytes(buffer);
            }
        }
    }
}
