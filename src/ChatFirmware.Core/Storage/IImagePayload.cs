namespace ChatFirmware.Core.Storage
{
    /// <summary>
    /// A record set's payload that writes itself on demand. It is written twice, first into a counting
    /// <see cref="ImageWriter"/> to learn its exact size and then into the one buffer of the slot
    /// image, so no intermediate payload array is ever allocated (the device's heap is 80-110 KB).
    /// Both passes must write the same bytes: the state must not change in between.
    /// </summary>
    public interface IImagePayload
    {
        void WriteTo(ImageWriter writer);
    }
}
