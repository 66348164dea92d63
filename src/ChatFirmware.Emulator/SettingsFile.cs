using System;
using System.IO;
using System.Text.Json;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Emulator
{
    /// <summary>Reads settings overrides: a JSON object whose property names are ChatSettings' properties.</summary>
    public static class SettingsFile
    {
        public static ChatSettings Load(string? path)
        {
            if (path == null)
            {
                return new ChatSettings();
            }

            try
            {
                ChatSettings? settings = JsonSerializer.Deserialize<ChatSettings>(File.ReadAllText(path), new JsonSerializerOptions { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow });
                return settings ?? new ChatSettings();
            }
            catch (Exception e) when (e is IOException || e is JsonException)
            {
                throw new ArgumentException("cannot read settings file " + path + ": " + e.Message);
            }
        }
    }
}
