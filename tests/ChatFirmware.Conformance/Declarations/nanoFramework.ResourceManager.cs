// Declarations of nanoFramework.ResourceManager 1.2.32 (api/nanoFramework.ResourceManager.txt): what
// the generated Resources.Designer.cs calls.
namespace System.Resources
{
    public class ResourceManager
    {
        public ResourceManager(string baseName, System.Reflection.Assembly assembly) { }
    }
}

namespace nanoFramework.Runtime.Native
{
    public static class ResourceUtility
    {
        public static object GetObject(System.Resources.ResourceManager rm, System.Enum id) { throw null; }

        public static object GetObject(System.Resources.ResourceManager rm, System.Enum id, int offset, int length) { throw null; }
    }
}
