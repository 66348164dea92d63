using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;
using nanoFramework.Json;

namespace ChatFirmware
{
    /// <summary>
    /// The settings file's text (the core's SettingsDocument: "Network" and "Chat" sections) read and
    /// written with nanoFramework.Json, which sets public properties, never fields. Where the text comes
    /// from is the entry point's business: I:\chat\settings.json on a board (Board/SettingsFile.cs), the
    /// launcher's copy on the nanoCLR board profile.
    /// </summary>
    internal static class SettingsJson
    {
        /// <summary>The document in <paramref name="bytes"/> (UTF-8, with or without a byte-order mark); throws when it is not one.</summary>
        public static SettingsDocument Parse(byte[] bytes)
        {
            // Windows editors often start a UTF-8 file with a byte-order mark, which the JSON reader refuses.
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            string json = Utf8.Decode(bytes, start, bytes.Length - start);
            return (SettingsDocument)JsonConvert.DeserializeObject(json, typeof(SettingsDocument));
        }

        public static byte[] Serialize(SettingsDocument document)
        {
            return Utf8.Encode(JsonConvert.SerializeObject(document));
        }
    }
}
