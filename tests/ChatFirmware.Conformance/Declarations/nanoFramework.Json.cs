// Declarations of nanoFramework.Json 2.2.203 (api/nanoFramework.Json.txt): the settings file reader.
namespace nanoFramework.Json
{
    public static class JsonConvert
    {
        public static object DeserializeObject(string value, System.Type type) { throw null; }

        public static string SerializeObject(object oSource) { throw null; }
    }
}
