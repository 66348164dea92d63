using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Board
{
    /// <summary>
    /// Never a reboot loop: before a reboot meant to fix something (apply a new access-point
    /// configuration, retry a DHCP server that would not start) the reason is written to flash; the
    /// same reason never reboots the board again until a boot comes up clean and clears the list.
    /// One short file, written only when a reboot is about to happen (flash wear).
    /// </summary>
    public sealed class RebootGuard
    {
        /// <summary>What the last guarded reboots tried to fix, one reason a line.</summary>
        public const string FileName = "reboot-guard.txt";

        private readonly IFlashFiles _flash;
        private readonly ILog _log;

        public RebootGuard(IFlashFiles flash, ILog log)
        {
            _flash = flash;
            _log = log;
        }

        /// <summary>True, and remembered, when the board may reboot for this reason; false when it already did.</summary>
        public bool Allows(string reason)
        {
            string tried = Tried();
            if (WasTried(tried, reason))
            {
                _log.Warn("reboot: the last boot already rebooted for this (" + reason + ") and it did not help; carrying on without");
                return false;
            }

            try
            {
                _flash.Write(FileName, Utf8.Encode(tried + reason + "\n"));
                return true;
            }
            catch (System.Exception e)
            {
                // Without the record a reboot could repeat forever: do not reboot.
                _log.Warn("reboot: cannot record the reason (" + e.Message + "); not rebooting");
                return false;
            }
        }

        /// <summary>The board came up as configured: a later problem may reboot once again.</summary>
        public void Clear()
        {
            if (Tried().Length > 0)
            {
                _flash.Delete(FileName);
            }
        }

        private string Tried()
        {
            byte[] bytes = _flash.Read(FileName);
            string text = bytes == null ? null : Utf8.Decode(bytes, 0, bytes.Length);
            return text ?? string.Empty;
        }

        private static bool WasTried(string tried, string reason)
        {
            string[] lines = tried.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i] == reason)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
