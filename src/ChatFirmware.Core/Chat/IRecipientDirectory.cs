namespace ChatFirmware.Core.Chat
{
    /// <summary>How the room finds the recipient of a direct message (the accounts answer it).</summary>
    public interface IRecipientDirectory
    {
        /// <summary>The user id for a name (case-insensitive), or 0; <paramref name="canonicalName"/> is the name as registered.</summary>
        int FindUser(string name, out string canonicalName);
    }
}
