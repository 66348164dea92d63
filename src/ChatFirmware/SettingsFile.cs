using System;
using System.IO;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using nanoFramework.Json;

namespace ChatFirmware
{
    /// <summary>
    /// Optional overrides of the limits, as on the emulator: a JSON object whose names are
    /// ChatSettings' properties (nanoFramework.Json sets properties, never fields). A bad file is
    /// reported and ignored, so a typo can never keep the board from serving.
    /// </summary>
    internal static class SettingsFile
    {
        public static ChatSettings Load(string path, ILog log)
        {
            if (File.Exists(path))
            {
                try
                {
                    ChatSettings settings = (ChatSettings)JsonConvert.DeserializeObject(File.ReadAllText(path), typeof(ChatSettings));
                    if (settings != null)
                    {
                        log.Info("settings read from " + path);
                        return settings;
                    }
                }
                catch (Exception e)
                {
                    log.Warn("ignoring " + path + ": " + e.Message);
                }
            }

            return new ChatSettings();
        }
    }
}
