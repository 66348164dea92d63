using ChatFirmware.Ports;

namespace ChatFirmware.NanoBoard
{
    /// <summary>nanoCLR for Linux has no radio and no ESP-IDF heap: no stations, no native heap to report.</summary>
    internal sealed class LinuxNatives : IBoardNatives
    {
        public int ConnectedStations
        {
            get { return -1; }
        }

        public string NativeMemoryText()
        {
            return "no ESP-IDF heap on nanoCLR for Linux";
        }
    }
}
