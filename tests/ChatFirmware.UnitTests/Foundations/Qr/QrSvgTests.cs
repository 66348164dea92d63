using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>The inline SVG: its frame, its accessible name, and a path that draws exactly the dark modules.</summary>
    [TestClass]
    public class QrSvgTests
    {
        [TestMethod]
        public void The_view_box_holds_the_symbol_and_a_4_module_quiet_zone_on_white()
        {
            QrCode code = QrEncoder.Encode(Bytes.Utf8("svg"));

            string svg = QrSvg.Render(code, "A code");

            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\"", svg);
            Assert.Contains("<rect width=\"29\" height=\"29\" fill=\"#fff\"/>", svg);
            Assert.Contains("shape-rendering=\"crispEdges\"", svg);
            Assert.EndsWith("\"/></svg>", svg);
            Assert.AreEqual(1, Strings.Count(svg, "<path "), "one path for every module");
        }

        [TestMethod]
        public void The_label_is_the_images_accessible_name_escaped()
        {
            string svg = QrSvg.Render(QrEncoder.Encode(Bytes.Utf8("svg")), "Join \"<b>&Co\" \ud83d\ude00");

            // Compared as UTF-8 bytes: nanoFramework's string search misses text after an emoji.
            byte[] bytes = Bytes.Utf8(svg);
            Assert.IsTrue(Bytes.IndexOf(bytes, Bytes.Utf8("role=\"img\" aria-label=\"Join &quot;&lt;b>&amp;Co&quot; \ud83d\ude00\"")) > 0, svg);
            Assert.IsTrue(Bytes.IndexOf(bytes, Bytes.Utf8("<title>Join &quot;&lt;b>&amp;Co&quot; \ud83d\ude00</title>")) > 0, svg);
            Assert.AreEqual(-1, Bytes.IndexOf(bytes, Bytes.Utf8("<b>")));
        }

        [TestMethod]
        public void The_path_strokes_exactly_the_dark_modules()
        {
            for (int version = 1; version <= QrVersions.MaxVersion; version += 3)
            {
                QrCode code = QrEncoder.Encode(Bytes.Repeat(0x5A, QrVersions.ByteCapacity(version)));
                string path = Strings.Between(QrSvg.Render(code, "x"), " d=\"", "\"");

                bool[] drawn = Draw(path, code.Size);

                for (int y = 0; y < code.Size; y++)
                {
                    for (int x = 0; x < code.Size; x++)
                    {
                        Assert.AreEqual(code.IsDark(x, y), drawn[(y * code.Size) + x], "version " + version + " module " + x + "," + y);
                    }
                }
            }
        }

        [TestMethod]
        public void The_version_10_symbol_stays_a_few_kilobytes()
        {
            string svg = QrSvg.Render(QrEncoder.Encode(Bytes.Repeat(0x3B, 213)), "x");

            Assert.IsTrue(svg.Length < 8000, svg.Length + " characters");
        }

        /// <summary>
        /// Follows the path the way a browser does for the commands QrSvg writes: "M x y.5" and "m dx dy"
        /// move the pen, "h n" strokes n modules to the right along the middle of a row.
        /// </summary>
        private static bool[] Draw(string path, int size)
        {
            bool[] drawn = new bool[size * size];
            char[] chars = path.ToCharArray();
            int at = 0;
            int penX = 0;
            int penY = 0;
            while (at < chars.Length)
            {
                char command = chars[at++];
                if (command == 'h')
                {
                    int length = Number(chars, ref at);
                    for (int i = 0; i < length; i++)
                    {
                        drawn[(penY * size) + penX + i] = true;
                    }

                    penX += length;
                    continue;
                }

                int x = Number(chars, ref at);
                at++;
                int y = Number(chars, ref at);
                if (command == 'M')
                {
                    Assert.AreEqual(".5", new string(chars, at, 2), "the first move is to the middle of a row");
                    at += 2;
                    penX = x - QrVersions.QuietZone;
                    penY = y - QrVersions.QuietZone;
                }
                else
                {
                    Assert.AreEqual('m', command);
                    penX += x;
                    penY += y;
                }
            }

            return drawn;
        }

        private static int Number(char[] chars, ref int at)
        {
            bool negative = chars[at] == '-';
            if (negative)
            {
                at++;
            }

            int value = 0;
            while (at < chars.Length && chars[at] >= '0' && chars[at] <= '9')
            {
                value = (value * 10) + (chars[at++] - '0');
            }

            return negative ? -value : value;
        }
    }
}
