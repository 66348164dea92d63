using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ZXing;
using ZXing.Client.Result;
using ZXing.Common;
using ZXing.QrCode;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// The QR codes nf-flash.ps1 prints, read back as a phone reads them from the screen: the text block
    /// under a label turned into modules (each character two module rows: space, upper half, lower
    /// half, full block), drawn as pixels, dark modules black on white, and decoded by ZXing.Net, an
    /// implementation independent of the core's encoder, which finds the symbol by its finder patterns.
    /// </summary>
    public static class TerminalQr
    {
        public const char UpperHalf = '\u2580';
        public const char LowerHalf = '\u2584';
        public const char FullBlock = '\u2588';

        /// <summary>The script's ink in colour: 256-colour 16 (black) on 231 (white), fixed RGB values, then a reset.</summary>
        public const string Ink = "\u001b[38;5;16;48;5;231m";
        public const string InkEnd = "\u001b[0m";

        private const int PixelsPerModule = 4;

        /// <summary>The lines of the block printed after the line that starts with <paramref name="label"/>, up to the first empty line.</summary>
        public static string[] BlockAfter(string output, string label)
        {
            string[] lines = output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
            int start = Array.FindIndex(lines, line => line.StartsWith(label, StringComparison.Ordinal));
            Assert.IsGreaterThanOrEqualTo(0, start, "no line starts with \"" + label + "\" in:\n" + output);
            List<string> block = new List<string>();
            for (int i = start + 1; i < lines.Length && lines[i].Length > 0; i++)
            {
                block.Add(lines[i]);
            }

            Assert.IsNotEmpty(block, "nothing printed under \"" + label + "\"");
            return block.ToArray();
        }

        /// <summary>The value printed after <paramref name="label"/> on its line, trimmed.</summary>
        public static string ValueAfter(string output, string label)
        {
            foreach (string line in output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
            {
                if (line.StartsWith(label, StringComparison.Ordinal))
                {
                    return line.Substring(label.Length).Trim();
                }
            }

            Assert.Fail("no line starts with \"" + label + "\" in:\n" + output);
            return string.Empty;
        }

        /// <summary>A block printed in colour without its ink: every line must start with it and end with the reset.</summary>
        public static string[] WithoutInk(string[] block)
        {
            string[] plain = new string[block.Length];
            for (int i = 0; i < block.Length; i++)
            {
                Assert.IsTrue(block[i].StartsWith(Ink, StringComparison.Ordinal) && block[i].EndsWith(InkEnd, StringComparison.Ordinal), "line " + i + " is not drawn black on white: " + Escaped(block[i]));
                plain[i] = block[i].Substring(Ink.Length, block[i].Length - Ink.Length - InkEnd.Length);
            }

            return plain;
        }

        /// <summary>The modules of a plain block, [row, column], dark true: two rows a line, every line as wide as the first.</summary>
        public static bool[,] Modules(string[] block)
        {
            int width = block[0].Length;
            bool[,] modules = new bool[block.Length * 2, width];
            for (int line = 0; line < block.Length; line++)
            {
                Assert.AreEqual(width, block[line].Length, "line " + line + " is not as wide as the first: " + Escaped(block[line]));
                for (int column = 0; column < width; column++)
                {
                    char glyph = block[line][column];
                    Assert.IsTrue(glyph == ' ' || glyph == UpperHalf || glyph == LowerHalf || glyph == FullBlock, "line " + line + ", column " + column + " holds " + Escaped(glyph.ToString()));
                    modules[2 * line, column] = glyph == UpperHalf || glyph == FullBlock;
                    modules[(2 * line) + 1, column] = glyph == LowerHalf || glyph == FullBlock;
                }
            }

            return modules;
        }

        /// <summary>The light modules between the symbol and each edge of the block: left, top, right, bottom.</summary>
        public static int[] QuietZone(bool[,] modules)
        {
            int rows = modules.GetLength(0);
            int columns = modules.GetLength(1);
            int left = 0;
            while (left < columns && ColumnIsLight(modules, left))
            {
                left++;
            }

            int right = 0;
            while (right < columns && ColumnIsLight(modules, columns - 1 - right))
            {
                right++;
            }

            int top = 0;
            while (top < rows && RowIsLight(modules, top))
            {
                top++;
            }

            int bottom = 0;
            while (bottom < rows && RowIsLight(modules, rows - 1 - bottom))
            {
                bottom++;
            }

            return new[] { left, top, right, bottom };
        }

        /// <summary>The bytes ZXing reads from the modules drawn as pixels, dark black on white; fails when it reads nothing.</summary>
        public static byte[] Decode(bool[,] modules)
        {
            int rows = modules.GetLength(0);
            int columns = modules.GetLength(1);
            int width = columns * PixelsPerModule;
            int height = rows * PixelsPerModule;
            byte[] luminance = new byte[width * height];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    luminance[(y * width) + x] = modules[y / PixelsPerModule, x / PixelsPerModule] ? (byte)0 : (byte)255;
                }
            }

            PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false);
            Dictionary<DecodeHintType, object> hints = new Dictionary<DecodeHintType, object> { { DecodeHintType.TRY_HARDER, true } };
            Result? result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            if (result == null)
            {
                // ZXing's finder search misses about 1 valid symbol in 100 (the passphrase, and so the
                // symbol, is new each run: HostOnly/QrDecodesWithZxingTests saw the same with symbols
                // QRCoder draws identically). The block is the bare symbol in its quiet zone: read it so.
                hints[DecodeHintType.PURE_BARCODE] = true;
                result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            }

            Assert.IsNotNull(result, "ZXing reads no QR code in the block");

            // The byte-mode segments as written (ZXing's text is only its guess at a character set).
            Assert.IsTrue(result.ResultMetadata.TryGetValue(ResultMetadataType.BYTE_SEGMENTS, out object? segments), "no byte segment");
            List<byte> bytes = new List<byte>();
            foreach (byte[] segment in (IList<byte[]>)segments!)
            {
                bytes.AddRange(segment);
            }

            return bytes.ToArray();
        }

        /// <summary>The text of the QR code under the label, read as a phone reads it.</summary>
        public static string Read(string output, string label, bool colour = false)
        {
            string[] block = BlockAfter(output, label);
            return Encoding.UTF8.GetString(Decode(Modules(colour ? WithoutInk(block) : block)));
        }

        /// <summary>The Wi-Fi network a join text names, parsed by ZXing's own reader of WIFI: texts.</summary>
        public static WifiParsedResult Wifi(string joinText)
        {
            ParsedResult parsed = ResultParser.parseResult(new Result(joinText, null, null, BarcodeFormat.QR_CODE));
            Assert.IsInstanceOfType<WifiParsedResult>(parsed, joinText);
            return (WifiParsedResult)parsed;
        }

        private static bool ColumnIsLight(bool[,] modules, int column)
        {
            for (int row = 0; row < modules.GetLength(0); row++)
            {
                if (modules[row, column])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool RowIsLight(bool[,] modules, int row)
        {
            for (int column = 0; column < modules.GetLength(1); column++)
            {
                if (modules[row, column])
                {
                    return false;
                }
            }

            return true;
        }

        private static string Escaped(string text) => text.Replace("\u001b", "\\e", StringComparison.Ordinal);
    }
}
