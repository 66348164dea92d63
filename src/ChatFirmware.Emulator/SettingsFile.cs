using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// Reads the device's settings format, {"Network":{...},"Chat":{...}} with ChatSettings' property
    /// names (docs/settings.sample.json): from --settings, else from settings.json in the data folder.
    /// Missing sections keep their defaults; unknown names are refused so that a typo is not ignored.
    /// </summary>
    public static class SettingsFile
    {
        public static ChatSettings Load(string? path, string dataFolder)
        {
            return LoadDocument(path, dataFolder).Chat ?? new ChatSettings();
        }

        /// <summary>The whole document (its Chat and Link sections; Network is the device's); empty when there is no file.</summary>
        public static SettingsDocument LoadDocument(string? path, string dataFolder)
        {
            string file = path ?? Path.Combine(dataFolder, "settings.json");
            if (path == null && !File.Exists(file))
            {
                return new SettingsDocument();
            }

            try
            {
                JsonSerializerOptions options = new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
                return JsonSerializer.Deserialize<SettingsDocument>(File.ReadAllText(file), options) ?? new SettingsDocument();
            }
            catch (Exception e) when (e is IOException || e is JsonException)
            {
                throw new ArgumentException("cannot read settings file " + file + ": " + e.Message);
            }
        }
    }
}
