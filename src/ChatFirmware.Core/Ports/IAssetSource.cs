namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// The static page assets (style sheet, script) as the host stores them: gzip members, compressed at
    /// build time (tools/ChatFirmware.AssetGzip) and embedded in both hosts. The core decides routes,
    /// types and validators; the host supplies the bytes, in slices, so that a small heap never has to
    /// hold a whole asset.
    /// </summary>
    public interface IAssetSource
    {
        /// <summary>Size in bytes of the stored (gzip) asset, or -1 when the host has no such asset.</summary>
        int Length(string name);

        /// <summary><paramref name="count"/> bytes of the stored asset from <paramref name="offset"/>, in a new array.</summary>
        byte[] Read(string name, int offset, int count);

        /// <summary>
        /// True when the host copies an asset body to the wire itself, slice by slice
        /// (<see cref="Web.HttpResponse.BodyAsset"/>): the device, whose heap must not hold a whole
        /// asset per request. False when the core should put the whole asset in the response's Body.
        /// </summary>
        bool SendsInSlices { get; }
    }
}
