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

        /// <summary>Plain text (escape it like any text), followed by the chat's address and <see cref="AfterAddress"/>.</summary>
        public const string BeforeAddress = "This Wi-Fi network only carries this chat: it has no internet connection. If your phone "
            + "says \"No internet\" or offers to switch to mobile data, choose to stay connected to this "
            + "Wi-Fi (or turn mobile data off while you chat). If the chat stops loading, come back to ";

        public const string AfterAddress = " over this Wi-Fi.";

        /// <summary>The address to come back to, e.g. "http://192.168.4.1/".</summary>
        public static string Address(string deviceAddress)
        {
            return "http://" + deviceAddress + "/";
        }
    }
}
