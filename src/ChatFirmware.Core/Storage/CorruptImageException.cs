using System;

namespace ChatFirmware.Core.Storage
{
    /// <summary>A stored image whose content does not decode (it passed its CRC, so it is a format problem).</summary>
    public sealed class CorruptImageException : Exception
    {
        public CorruptImageException(string message)
            : base(message)
        {
        }
    }
}
