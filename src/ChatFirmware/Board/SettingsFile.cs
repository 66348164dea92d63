using System;
using System.IO;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware
{
    /// <summary>
    /// I:\chat\settings.json: the core's SettingsDocument ("Network" and "Chat" sections, SettingsJson). A file that cannot be read is
    /// reported and ignored, so a typo can never keep the board from serving; a missing section or
    /// property keeps the default in code. Saving (the administrator's Wi-Fi form) writes a new file
    /// beside the old one and then replaces it, so a power cut leaves one whole file.
    /// </summary>
    internal static class SettingsFile
    {
        private const string FilePath = DeviceSettings.DataFolder + DeviceSettings.SettingsFileName;
        private const string NewPath = FilePath + ".new";
        private static readonly object Gate = new object();

        /// <summary>The settings file, or an empty document (all defaults). <paramref name="report"/>: say what was read (at boot).</summary>
        public static SettingsDocument Load(ILog log, bool report)
        {
            string path = File.Exists(FilePath) ? FilePath : (File.Exists(NewPath) ? NewPath : null);
            if (path == null)
            {
                if (report)
                {
                    log.Info("settings: no " + FilePath + "; using the defaults");
                }

                return new SettingsDocument();
            }

            try
            {
                SettingsDocument document = SettingsJson.Parse(File.ReadAllBytes(path));
                if (document != null)
                {
                    if (report)
                    {
                        log.Info("settings: read " + path + " (" + (document.Network == null ? "no " : string.Empty) + "Network section, " + (document.Chat == null ? "no " : string.Empty) + "Chat section)");
                    }

                    return document;
                }
            }
            catch (Exception e)
            {
                return SettingsDocument.Unreadable(log, path, e.Message);
            }

            return SettingsDocument.Unreadable(log, path, "empty");
        }

        /// <summary>Replaces the Network section, keeping the Chat section as read. Throws when the write fails.</summary>
        public static void SaveNetwork(NetworkSettings network, ILog log)
        {
            lock (Gate)
            {
                SettingsDocument document = Load(log, false);
                document.Network = network;
                byte[] bytes = SettingsJson.Serialize(document);
                using (FileStream stream = new FileStream(NewPath, FileMode.Create, FileAccess.Write))
                {
                    stream.Write(bytes, 0, bytes.Length);
                }

                // File.Move cannot overwrite: delete first; Load falls back to the .new file if power fails in between.
                if (File.Exists(FilePath))
                {
                    File.Delete(FilePath);
                }

                File.Move(NewPath, FilePath);
            }
        }
    }
}
