using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Storage
{
    /// <summary>
    /// One record set kept in two flash files (A/B). Each save writes the slot that does NOT hold the
    /// newest good image, so a write torn at any byte leaves the previous state readable; load takes
    /// the newest slot whose CRC checks.
    /// </summary>
    public sealed class SlotStore
    {
        private readonly IFlashFiles _files;
        private readonly ILog _log;
        private readonly string[] _slotNames;
        private readonly int _kind;
        private int _currentSlot = -1;
        private uint _generation;

        public SlotStore(IFlashFiles files, ILog log, string baseName, int kind)
        {
            _files = files;
            _log = log;
            _kind = kind;
            _slotNames = new string[] { baseName + ".a", baseName + ".b" };
        }

        /// <summary>Image writes that reached flash (wear accounting).</summary>
        public int WriteCount { get; private set; }

        /// <summary>Generation of the newest good image, 0 when there is none.</summary>
        public uint Generation
        {
            get { return _generation; }
        }

        /// <summary>
        /// The newest good image, or null when neither slot holds one; its payload is decoded in place
        /// (<see cref="SlotImage.HeaderBytes"/>, <see cref="SlotImage.PayloadLength"/>), so loading holds
        /// at most the two slots' arrays and never a copy of a payload. Sets
        /// <paramref name="formatVersion"/> so the caller can migrate older payloads.
        /// </summary>
        public byte[] LoadImage(out int formatVersion)
        {
            formatVersion = 0;
            byte[] best = null;
            int bestVersion = 0;
            bool anyPresent = false;
            _currentSlot = -1;
            _generation = 0;
            for (int slot = 0; slot < 2; slot++)
            {
                byte[] image = ReadQuietly(_slotNames[slot]);
                anyPresent |= image != null;
                int version;
                uint generation;
                if (!SlotImage.IsValid(image, _kind, out version, out generation))
                {
                    if (image != null)
                    {
                        _log.Warn("flash: " + _slotNames[slot] + " is torn or corrupt; ignoring it");
                    }

                    continue;
                }

                if (best == null || generation > _generation)
                {
                    best = image;
                    bestVersion = version;
                    _generation = generation;
                    _currentSlot = slot;
                }
            }

            if (best == null && anyPresent)
            {
                _log.Warn("flash: no readable copy of " + _slotNames[0] + "/" + _slotNames[1] + "; starting empty");
            }

            formatVersion = bestVersion;
            return best;
        }

        /// <summary>A copy of the newest good payload, or null (tests; the stores use <see cref="LoadImage"/>).</summary>
        public byte[] Load(out int formatVersion)
        {
            byte[] image = LoadImage(out formatVersion);
            if (image == null)
            {
                return null;
            }

            byte[] payload = new byte[SlotImage.PayloadLength(image)];
            Array.Copy(image, SlotImage.HeaderBytes, payload, 0, payload.Length);
            return payload;
        }

        /// <summary>
        /// Writes a new image into the other slot and returns it (the array handed to the flash port).
        /// Throws if the flash write fails; the previous image stays the newest good one, and the next
        /// save tries the same slot again.
        /// </summary>
        public byte[] Save(int formatVersion, IImagePayload payload)
        {
            return Write(SlotImage.Encode(_kind, formatVersion, _generation + 1, payload));
        }

        /// <summary><see cref="Save(int, IImagePayload)"/> for payload bytes that already exist.</summary>
        public byte[] Save(int formatVersion, byte[] payload)
        {
            return Write(SlotImage.Encode(_kind, formatVersion, _generation + 1, payload));
        }

        /// <summary>Removes both slots (factory reset of this record set).</summary>
        public void Erase()
        {
            _files.Delete(_slotNames[0]);
            _files.Delete(_slotNames[1]);
            _currentSlot = -1;
            _generation = 0;
        }

        /// <summary>Writes an image of generation <see cref="Generation"/> + 1 into the slot not holding the newest.</summary>
        private byte[] Write(byte[] image)
        {
            int target = _currentSlot == 0 ? 1 : 0;
            _files.Write(_slotNames[target], image);
            WriteCount++;
            _currentSlot = target;
            _generation++;
            return image;
        }

        private byte[] ReadQuietly(string name)
        {
            try
            {
                return _files.Read(name);
            }
            catch (Exception e)
            {
                _log.Warn("flash: cannot read " + name + ": " + e.Message);
                return null;
            }
        }
    }
}
