using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Board
{
    /// <summary>
    /// This board's own WPA2 passphrase, used whenever the settings choose none (or a bad one): made
    /// once from the hardware RNG and kept on flash, so no two boards share a default and nobody can
    /// compute it from the MAC address every beacon broadcasts. A chat factory reset keeps it; a mass
    /// erase makes a new one. The host prints it on the log at every boot.
    /// </summary>
    public static class BoardPassphrase
    {
        public const string FileName = "board-passphrase.txt";

        public static string LoadOrCreate(IFlashFiles flash, IRandomSource random, ILog log)
        {
            string kept = Load(flash);
            if (kept != null)
            {
                return kept;
            }

            if (flash.Read(FileName) != null)
            {
                log.Warn("wifi: " + FileName + " is unreadable; making a new board passphrase");
            }

            string passphrase = NetworkSettingsRules.NewBoardPassphrase(random);
            try
            {
                flash.Write(FileName, Utf8.Encode(passphrase));
                log.Info("wifi: made this board's own passphrase (kept in " + FileName + ")");
            }
            catch (System.Exception e)
            {
                log.Warn("wifi: could not keep the board passphrase (" + e.Message + "); it will change at the next boot");
            }

            return passphrase;
        }

        /// <summary>The passphrase kept on flash, or null when there is none (or none readable); makes nothing.</summary>
        public static string Load(IFlashFiles flash)
        {
            byte[] stored = flash.Read(FileName);
            string text = stored == null ? null : Utf8.Decode(stored, 0, stored.Length);
            text = text == null ? null : text.Trim();
            return NetworkSettingsRules.IsWpa2Passphrase(text) ? text : null;
        }
    }
}
