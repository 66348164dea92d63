using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// The administrator's join card through each host's real stack: its two QR codes, redrawn from the
    /// SVG the page carries and read by ZXing, join the access point the host reports and open the chat.
    /// </summary>
    public abstract class JoinCardTests : HostTests
    {
        private const int PixelsPerModule = 4;
        private static readonly Regex Svg = new Regex("<svg [^>]*viewBox=\"0 0 (?<side>[0-9]+) [0-9]+\".*?<path stroke=\"#000\" d=\"(?<d>[^\"]*)\"", RegexOptions.Singleline);

        [TestMethod]
        public async Task The_card_codes_join_the_access_point_and_open_the_chat()
        {
            // A name a join text must escape (WIFI: quotes ; , : " and \).
            NetworkSettings accessPoint = new NetworkSettings { Ssid = "Camp; \"Fox\", tent:2", Passphrase = "correct-horse-42" };
            await using TestHost host = await StartAsync(options: o => o.AccessPoint = accessPoint);
            using BrowserLikeClient admin = new BrowserLikeClient(host.BaseUri);
            await admin.RegisterAndLoginAsync("Ada", "ada@example.org", "ada-secret-123");

            HttpResponseMessage card = await admin.GetAsync("/admin/card");
            string html = await card.Content.ReadAsStringAsync();
            MatchCollection codes = Svg.Matches(html);

            Assert.AreEqual(HttpStatusCode.OK, card.StatusCode);
            Assert.AreEqual("no-store", card.Headers.CacheControl?.ToString());
            Assert.AreEqual(2, codes.Count, "a code to join the Wi-Fi and one to open the chat");
            Assert.AreEqual("WIFI:T:WPA;S:Camp\\; \\\"Fox\\\"\\, tent\\:2;P:correct-horse-42;;", Read(codes[0]));
            Assert.AreEqual("http://" + new NetworkSettings().DeviceAddress, Read(codes[1]));
        }

        [TestMethod]
        public async Task Only_the_administrator_gets_the_card()
        {
            await using TestHost host = await StartAsync(options: o => o.AccessPoint = new NetworkSettings { Ssid = "Camp", Passphrase = "correct-horse-42" });
            using BrowserLikeClient admin = new BrowserLikeClient(host.BaseUri);
            await admin.RegisterAndLoginAsync("Ada", "ada@example.org", "ada-secret-123");
            using BrowserLikeClient guest = new BrowserLikeClient(host.BaseUri);
            await guest.RegisterAndLoginAsync("Bob", "bob@example.org", "bob-secret-123");

            HttpResponseMessage refused = await guest.GetAsync("/admin/card");

            Assert.AreEqual(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.IsFalse((await refused.Content.ReadAsStringAsync()).Contains("correct-horse-42", System.StringComparison.Ordinal));
        }

        /// <summary>The text of one SVG symbol: its path of horizontal strokes redrawn as pixels and read by ZXing.</summary>
        private static string Read(Match svg)
        {
            bool[,] modules = Modules(int.Parse(svg.Groups["side"].Value, CultureInfo.InvariantCulture), svg.Groups["d"].Value);
            int side = modules.GetLength(0) * PixelsPerModule;
            byte[] luminance = new byte[side * side];
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < side; x++)
                {
                    luminance[(y * side) + x] = modules[y / PixelsPerModule, x / PixelsPerModule] ? (byte)0 : (byte)255;
                }
            }

            PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(luminance, side, side, 0, 0, side, side, false);
            Dictionary<DecodeHintType, object> hints = new Dictionary<DecodeHintType, object> { { DecodeHintType.TRY_HARDER, true } };
            Result? result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
            Assert.IsNotNull(result, "ZXing reads the symbol");
            Assert.IsTrue(result.ResultMetadata.TryGetValue(ResultMetadataType.BYTE_SEGMENTS, out object? segments), "a byte-mode segment");
            List<byte> bytes = new List<byte>();
            foreach (byte[] segment in (IList<byte[]>)segments!)
            {
                bytes.AddRange(segment);
            }

            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        /// <summary>
        /// The dark modules of a path written as the core's QrSvg writes it: "M x y.5" then "h n" strokes
        /// and "m dx dy" moves, one module high; the viewBox's side includes the quiet zone.
        /// </summary>
        private static bool[,] Modules(int side, string path)
        {
            bool[,] modules = new bool[side, side];
            MatchCollection commands = Regex.Matches(path, "(?<c>[Mmh])(?<a>-?[0-9.]+)(?: (?<b>-?[0-9.]+))?");
            double x = 0;
            double y = 0;
            foreach (Match command in commands)
            {
                double a = double.Parse(command.Groups["a"].Value, CultureInfo.InvariantCulture);
                double b = command.Groups["b"].Success ? double.Parse(command.Groups["b"].Value, CultureInfo.InvariantCulture) : 0;
                switch (command.Groups["c"].Value)
                {
                    case "M":
                        (x, y) = (a, b);
                        break;
                    case "m":
                        (x, y) = (x + a, y + b);
                        break;
                    default:
                        for (int i = 0; i < (int)a; i++)
                        {
                            modules[(int)y, (int)x + i] = true;
                        }

                        x += a;
                        break;
                }
            }

            return modules;
        }
    }

    [TestClass]
    public sealed class JoinCardOnEmulator : JoinCardTests
    {
        protected override HostKind Host => HostKind.Emulator;
    }

    [TestClass]
    public sealed class JoinCardOnBoard : JoinCardTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
