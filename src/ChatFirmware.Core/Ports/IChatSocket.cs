namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// One connected chat client as the host sees it. Both calls must return quickly (queue, do not
    /// block on the network): the core calls them while it keeps messages in order.
    /// </summary>
    public interface IChatSocket
    {
        /// <summary>Queues one complete UTF-8 JSON message. The same array may be passed to many sockets; never modify it.</summary>
        void Send(byte[] message);

        /// <summary>Closes the connection with a WebSocket close code and a short reason.</summary>
        void Close(int closeCode, string reason);
    }
}
