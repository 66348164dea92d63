namespace ChatFirmware.Core.Ports
{
    /// <summary>Operator-facing log (the serial console on the device, stdout on the emulator).</summary>
    public interface ILog
    {
        void Info(string message);

        void Warn(string message);
    }
}
