using ChatFirmware.Core.Ports;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// The page assets embedded in the deployed image (Resources.resx). Each read copies the resource
    /// into a new array that lives only for one response; nothing is cached in the small heap.
    /// </summary>
    internal sealed class ResourceAssets : IAssetSource
    {
        public byte[] Read(string name)
        {
            if (name == "app.css")
            {
                return Resources.GetBytes(Resources.BinaryResources.app_css);
            }

            if (name == "chat.js")
            {
                return Resources.GetBytes(Resources.BinaryResources.chat_js);
            }

            return null;
        }
    }
}
