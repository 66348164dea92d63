namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// Named blobs in the chat's own folder on flash (I:\chat\ on the device). Names are plain file
    /// names without a path; the host decides the folder, so the core can never reach the board's
    /// Wi-Fi configuration files.
    /// </summary>
    public interface IFlashFiles
    {
        /// <summary>The whole blob, or null when it does not exist.</summary>
        byte[] Read(string name);

        /// <summary>
        /// Replaces the blob. Throws when the write fails; a torn write may leave a partial blob. The
        /// port only reads <paramref name="data"/>: the core may keep the array (the accounts store
        /// rolls back to it) rather than pay for a copy.
        /// </summary>
        void Write(string name, byte[] data);

        /// <summary>Removes the blob if it exists.</summary>
        void Delete(string name);
    }
}
