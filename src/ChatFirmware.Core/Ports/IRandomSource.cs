namespace ChatFirmware.Core.Ports
{
    /// <summary>Unpredictable bytes (the ESP32 hardware RNG, or the host's cryptographic RNG).</summary>
    public interface IRandomSource
    {
        void Fill(byte[] buffer);
    }
}
