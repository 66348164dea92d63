using System.Net.NetworkInformation;
using nanoFramework.Hardware.Esp32;

namespace ChatFirmware.Ports
{
    /// <summary>The ESP32's access point and ESP-IDF heap, for the health report and the log.</summary>
    internal sealed class Esp32Natives : IBoardNatives
    {
        private readonly WirelessAPConfiguration _accessPoint;

        public Esp32Natives(WirelessAPConfiguration accessPoint)
        {
            _accessPoint = accessPoint;
        }

        public int ConnectedStations
        {
            get { return _accessPoint == null ? -1 : _accessPoint.GetConnectedStations().Length; }
        }

        /// <summary>The ESP-IDF heap in internal RAM, where lwIP and Wi-Fi buffers live (outside the managed heap).</summary>
        public string NativeMemoryText()
        {
            NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.Internal, out uint total, out uint free, out uint largest);
            return "native internal heap: " + free + " of " + total + " bytes free, largest block " + largest;
        }
    }
}
