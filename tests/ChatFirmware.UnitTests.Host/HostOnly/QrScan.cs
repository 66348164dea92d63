using System.Collections.Generic;
using ChatFirmware.Core.Qr;
using QRCoder;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>The encoder's symbols through independent implementations: ZXing.Net reads them, QRCoder makes references.</summary>
    public static class QrScan
    {
        public const int PixelsPerModule = 4;

        /// <summary>
        /// What ZXing reads from the symbol drawn as a phone's camera would see it after binarising:
        /// 4 pixels a module, black on white, with the 4-module quiet zone, found by its finder patterns.
        /// Null when it reads nothing.
        /// </summary>
        public static Result Read(QrCode code)
        {
            return Read(code, false);
        }

        /// <summary>
        /// As <see cref="Read(QrCode)"/>; with pure, ZXing takes the image as the bare symbol instead of
        /// searching it for finders.
        /// </summary>
        public static Result Read(QrCode code, bool pure)
        {
            int side = (code.Size + (2 * QrVersions.QuietZone)) * PixelsPerModule;
            byte[] luminance = new byte[side * side];
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < side; x++)
                {
                    int moduleX = (x / PixelsPerModule) - QrVersions.QuietZone;
                    int moduleY = (y / PixelsPerModule) - QrVersions.QuietZone;
                    bool inside = moduleX >= 0 && moduleY >= 0 && moduleX < code.Size && moduleY < code.Size;
                    luminance[(y * side) + x] = inside && code.IsDark(moduleX, moduleY) ? (byte)0 : (byte)255;
                }
            }

            return Read(luminance, side, side, pure);
        }

        /// <summary>Reads a QR code from 8-bit grey pixels, row after row.</summary>
        public static Result Read(byte[] luminance, int width, int height, bool pure)
        {
            PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false);
            Dictionary<DecodeHintType, object> hints = new Dictionary<DecodeHintType, object> { { DecodeHintType.TRY_HARDER, true } };
            if (pure)
            {
                hints[DecodeHintType.PURE_BARCODE] = true;
            }

            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        }

        /// <summary>The bytes of the symbol's byte-mode segments as read (ZXing's text is only its guess at a character set).</summary>
        public static byte[] Bytes(Result result)
        {
            if (result.ResultMetadata == null || !result.ResultMetadata.TryGetValue(ResultMetadataType.BYTE_SEGMENTS, out object segments))
            {
                return System.Array.Empty<byte>();
            }

            List<byte> bytes = new List<byte>();
            foreach (byte[] segment in (IList<byte[]>)segments)
            {
                bytes.AddRange(segment);
            }

            return bytes.ToArray();
        }

        /// <summary>The dark modules of QRCoder's symbol for the bytes at level M, without its quiet zone: [y, x].</summary>
        public static bool[,] Reference(byte[] payload)
        {
            using QRCodeGenerator generator = new QRCodeGenerator();
            QRCodeData data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
            int quiet = QrVersions.QuietZone;
            int size = data.ModuleMatrix.Count - (2 * quiet);
            bool[,] modules = new bool[size, size];
            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    modules[y, x] = data.ModuleMatrix[y + quiet][x + quiet];
                }
            }

            return modules;
        }

        /// <summary>The mask a symbol says it uses: its top-left format bits, unmasked (XOR 0x5412), bits 10-12.</summary>
        public static int MaskOf(bool[,] modules)
        {
            int[] positions = { 0, 8, 1, 8, 2, 8, 3, 8, 4, 8, 5, 8, 7, 8, 8, 8, 8, 7, 8, 5, 8, 4, 8, 3, 8, 2, 8, 1, 8, 0 };
            int bits = 0;
            for (int i = 0; i < positions.Length; i += 2)
            {
                bits = (bits << 1) | (modules[positions[i + 1], positions[i]] ? 1 : 0);
            }

            return ((bits ^ 0x5412) >> 10) & 7;
        }

        /// <summary>The first module where the symbol and the reference differ, or null when none does.</summary>
        public static string FirstDifference(QrCode code, bool[,] reference)
        {
            if (reference.GetLength(0) != code.Size)
            {
                return "size " + code.Size + " against " + reference.GetLength(0);
            }

            for (int y = 0; y < code.Size; y++)
            {
                for (int x = 0; x < code.Size; x++)
                {
                    if (code.IsDark(x, y) != reference[y, x])
                    {
                        return "module " + x + "," + y;
                    }
                }
            }

            return null;
        }
    }
}
