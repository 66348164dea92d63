namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// A QR symbol: a square of modules, each dark or light, and whether it belongs to a function
    /// pattern (finders, timing, alignment, format and version information) or carries data. One byte
    /// per module in one array (bit 0 dark, bit 1 function): 3,249 bytes for version 10, and no object
    /// per module, for the board's small heap. x is the column, y the row, (0, 0) the top-left module.
    /// </summary>
    public sealed class QrCode
    {
        internal const byte DarkFlag = 1;
        internal const byte FunctionFlag = 2;

        /// <summary>An all-light symbol of the version with no function patterns yet.</summary>
        public QrCode(int version)
        {
            if (version < QrVersions.MinVersion || version > QrVersions.MaxVersion)
            {
                throw new System.ArgumentOutOfRangeException("version", "QR versions " + QrVersions.MinVersion + " to " + QrVersions.MaxVersion + " only.");
            }

            Version = version;
            Size = QrVersions.Size(version);
            Modules = new byte[Size * Size];
            Mask = -1;
        }

        public int Version { get; private set; }

        /// <summary>Modules on a side, without the quiet zone.</summary>
        public int Size { get; private set; }

        /// <summary>The data mask applied (0 to 7), or -1 before one is.</summary>
        public int Mask { get; internal set; }

        /// <summary>Row after row, one byte per module; read directly by the mask and penalty loops, which a call per module would slow on the board.</summary>
        internal byte[] Modules { get; private set; }

        public bool IsDark(int x, int y)
        {
            return (Modules[(y * Size) + x] & DarkFlag) != 0;
        }

        public bool IsFunction(int x, int y)
        {
            return (Modules[(y * Size) + x] & FunctionFlag) != 0;
        }

        /// <summary>Sets a data module (the encoder; tests build patterns with it).</summary>
        public void SetDark(int x, int y, bool dark)
        {
            int at = (y * Size) + x;
            Modules[at] = (byte)((Modules[at] & FunctionFlag) | (dark ? DarkFlag : 0));
        }

        /// <summary>Sets a module of a function pattern, which masking leaves alone.</summary>
        internal void SetFunction(int x, int y, bool dark)
        {
            Modules[(y * Size) + x] = (byte)(FunctionFlag | (dark ? DarkFlag : 0));
        }
    }
}
