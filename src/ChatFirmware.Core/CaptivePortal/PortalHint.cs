namespace ChatFirmware.Core.CaptivePortal
{
    /// <summary>
    /// The login page's note for phones that route around a Wi-Fi without internet (Android's "switch to
    /// mobile data", iOS's "Use Other Network"): the chat is only reachable over this Wi-Fi, and a phone
    /// that quietly falls back to mobile data cannot load it (docs/captive-portal.md).
    /// </summary>
    public static class PortalHint
    {
        public const string Title = "No internet here, and that is fine";

        /// <summary>Plain text (escape it like any text); <paramref name="deviceAddress"/> is e.g. "192.168.4.1".</summary>
        public static string Text(string deviceAddress)
        {
            return "This Wi-Fi network only carries this chat: it has no internet connection. If your phone "
                + "says \"No internet\" or offers to switch to mobile data, choose to stay connected to this "
                + "Wi-Fi (or turn mobile data off while you chat). If the chat stops loading, come back to "
                + "http://" + deviceAddress + "/ over this Wi-Fi.";
        }
    }
}
