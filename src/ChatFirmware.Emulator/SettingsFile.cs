using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// Reads the device's settings format, {"Network":{...},"Chat":{...},"Link":{...}} with ChatSettings' property
    /// names (docs/settings.sample.json): from --settings, else from settings.json in the data folder.
    /// Missing sections keep their defaults. As on the board, a file that cannot be read is reported
    /// and ignored (SettingsDocument.Unreadable), and names the settings do not have are ignored, here
    /// with a warning so that a typo is seen.
    /// </summary>
    public static class SettingsFile
    {
        public static ChatSettings Load(string? path, string dataFolder, ILog log)
        {
            return LoadDocument(path, dataFolder, log).Chat ?? new ChatSettings();
        }

        /// <summary>The whole document (its Chat and Link sections; Network is the device's); empty when there is none or it is unreadable.</summary>
        public static SettingsDocument LoadDocument(string? path, string dataFolder, ILog log)
        {
            string file = path ?? Path.Combine(dataFolder, "settings.json");
            if (!File.Exists(file))
            {
                if (path != null)
                {
                    // A wrong path on the command line is the command's mistake, not a state the board's flash can be in.
                    throw new ArgumentException("settings file " + file + " does not exist");
                }

                return new SettingsDocument();
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException e)
            {
                return SettingsDocument.Unreadable(log, file, e.Message);
            }

            try
            {
                return JsonSerializer.Deserialize<SettingsDocument>(text, new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow }) ?? new SettingsDocument();
            }
            catch (JsonException strict)
            {
                try
                {
                    SettingsDocument? document = JsonSerializer.Deserialize<SettingsDocument>(text);
                    log.Warn("settings: " + file + ": " + strict.Message + " (ignored, as the board ignores it)");
                    return document ?? new SettingsDocument();
                }
                catch (JsonException e)
                {
                    return SettingsDocument.Unreadable(log, file, e.Message);
                }
            }
        }
    }
}
