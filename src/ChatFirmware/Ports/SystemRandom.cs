using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// Random bytes from nanoFramework's System.Random (it has no RandomNumberGenerator class). On an
    /// ESP32 it calls esp_random() and ignores any seed: the hardware generator, true random while the
    /// radio is on, which the soft-AP keeps it. On nanoCLR for Linux (the board profile) the same call is
    /// a seeded pseudo-random generator, NOT a cryptographic one: tokens, salts and passphrases made
    /// there are predictable, which the profile accepts because it serves loopback for tests only.
    /// </summary>
    internal sealed class SystemRandom : IRandomSource
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
