using ChatFirmware.Core.Storage;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// State kept in the history's record set beside the messages, written and loaded with them in
    /// the same image, so that both always describe the same moment (the links' ledger: which
    /// message of each origin board this history already holds; docs/storage.md).
    /// </summary>
    public interface IHistoryAnnex : IImagePayload
    {
        /// <summary>Replaces the state with what an image held.</summary>
        void ReadFrom(ImageReader reader);

        /// <summary>Starts afresh: the history was erased (factory reset) or its image was unreadable.</summary>
        void Reset();
    }
}
