namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// The static page assets (style sheet, script) as stored by the host: embedded resources on both
    /// hosts. The core decides routes, types and caching; the host only supplies the bytes.
    /// </summary>
    public interface IAssetSource
    {
        /// <summary>The asset's bytes, or null when the host has no such asset.</summary>
        byte[] Read(string name);
    }
}
