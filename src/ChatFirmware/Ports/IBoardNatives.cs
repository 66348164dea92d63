namespace ChatFirmware.Ports
{
    /// <summary>
    /// What the health report reads from the board's own natives: the ESP32's on a board
    /// (Board/Esp32Natives.cs); nanoCLR for Linux has neither a radio nor an ESP-IDF heap.
    /// </summary>
    internal interface IBoardNatives
    {
        /// <summary>Phones and laptops on the access point now; -1 when there is no access point.</summary>
        int ConnectedStations { get; }

        /// <summary>The native heap outside the managed one, for the log (where lwIP and Wi-Fi buffers live on a board).</summary>
        string NativeMemoryText();
    }
}
