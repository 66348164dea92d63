using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Hostile inputs for the parsers the device exposes: built from the pieces each grammar cares about
    /// (separators, escapes, almost-UTF-8), so that most inputs get past the first byte of the parser.
    /// </summary>
    public static class FuzzGenerators
    {
        /// <summary>Valid percent-encoding of well-formed text, sometimes in lower-case hex, sometimes with '+' for spaces.</summary>
        public static readonly Gen<byte[]> EncodedText = Gen.Select(Generators.ValidText, Gen.Bool, Gen.Bool).Select((text, lower, plus) =>
        {
            StringBuilder encoded = new StringBuilder();
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~')
                {
                    encoded.Append((char)b);
                }
                else if (b == ' ' && plus)
                {
                    encoded.Append('+');
                }
                else
                {
                    encoded.Append('%').Append(lower ? b.ToString("x2") : b.ToString("X2"));
                }
            }

            return Ascii(encoded.ToString());
        });

        /// <summary>The pieces of an application/x-www-form-urlencoded body, good and bad.</summary>
        public static readonly Gen<byte[]> FormPiece = Gen.Frequency(
            (4, Gen.Char['a', 'z'].Array[1, 6].Select(c => Ascii(new string(c)))),
            (4, Gen.OneOf("&", "=", "+", "&&", "==", "=&", "name=", "&email=", "password=", "confirm=", "id=").Select(Ascii)),
            (3, Gen.Byte.Select(b => Ascii("%" + b.ToString("X2")))),
            (1, Gen.Byte.Select(b => Ascii("%" + b.ToString("x2")))),
            (3, Gen.OneOf("%", "%4", "%G1", "%1G", "%%", "%+1", "% 1", "%-1", "%0", "%\u00e91", "%\u0661\u0662", "%fF").Select(Utf8)),
            (3, EncodedText),
            (2, Generators.AlmostUtf8),
            (1, Gen.Byte.Array[1, 8]));

        /// <summary>Mostly well-formed pieces: bodies that get past the first escape, so the whole grammar is reached.</summary>
        public static readonly Gen<byte[]> WellFormedPiece = Gen.Frequency(
            (4, Gen.Char['a', 'z'].Array[1, 6].Select(c => Ascii(new string(c)))),
            (4, Gen.OneOf("&", "=", "+", "&&", "==", "=&", "name=", "&email=", "password=").Select(Ascii)),
            (3, EncodedText));

        public static readonly Gen<byte[]> FormBody = Gen.Frequency(
            (2, FormPiece.Array[0, 40].Select(Concat)),
            (1, WellFormedPiece.Array[0, 40].Select(Concat)));

        /// <summary>Cookie header text: separators, the session cookie's name, hex of every length, junk.</summary>
        public static Gen<string> CookieHeader(string name, string realToken)
        {
            Gen<string> piece = Gen.Frequency(
                (4, Gen.OneOf(";", "; ", " ;", "=", " ", "\t", ",", "\"", name, name + "=", " " + name + " = ", "other=1", "=" + name)),
                (3, Gen.Byte.Array[0, 20].Select(b => Convert.ToHexString(b))),
                (2, Gen.Byte.Array[16].Select(b => Convert.ToHexString(b).ToLowerInvariant())),
                (2, Gen.Int[0, 31].Select(cut => realToken.Remove(cut, 1))),
                (2, Gen.Int[0, 31].Select(at => realToken.Substring(0, at) + (realToken[at] == '0' ? '1' : '0') + realToken.Substring(at + 1))),
                (1, Gen.Const(realToken + "0")),
                (1, Gen.Const(name + "=" + realToken)),
                (3, Generators.AnyText));
            return piece.Array[0, 12].Select(string.Concat);
        }

        /// <summary>Client messages for the chat decoder: valid ones, near-misses, token soup, bad UTF-8, and sizes around the limit.</summary>
        public static Gen<byte[]> ChatFrame(int maxFrameBytes)
        {
            Gen<string> recipient = Gen.OneOf("alice", "bob", " BOB ", "nobody", string.Empty, "\u0000", "b\u00f8b");
            Gen<string> send = Gen.Select(Gen.Frequency((3, Generators.ValidText), (1, Generators.AnyText)), recipient, Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)))).Select((text, to, direct) =>
                "{\"type\":\"send\",\"text\":" + JsonString(text) + (direct ? ",\"to\":" + JsonString(to) : string.Empty) + "}");
            Gen<string> clock = Gen.Long.Select(now => "{\"type\":\"clock\",\"now\":" + now.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
            Gen<string> soup = Gen.OneOf(
                "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud83d", "\\ude00", "\\u0000", "type", "send", "text", "clock", "now", "to",
                "\"type\"", "\"send\"", "\"text\"", "null", "true", "false", "-", "0", "007", "1e3", "1.5", "12345678901234567890", " ", "\n", "\t", "\u00a0",
                "\"\u2028\"", "{\"type\":\"send\",\"text\":\"hi\"}").Array[0, 30].Select(string.Concat);
            Gen<string> nearMiss = Gen.OneOf(
                "{\"type\":\"send\",\"text\":\"hi\"", "{\"type\":\"send\",\"text\":\"hi\"}}", "{\"type\":\"send\",\"text\":\"hi\",}", "{\"type\":\"send\",\"text\":[\"hi\"]}",
                "{\"type\":\"send\",\"text\":{\"a\":1}}", "{\"type\":\"send\",\"text\":1.5}", "{\"type\":\"send\",\"text\":\"\\ud800\"}", "{\"type\":\"send\",\"text\":\"\\udc00\\ud800\"}",
                "{\"type\":\"send\",\"type\":\"send\",\"text\":\"dup\"}", "{\"type\":\"SEND\",\"text\":\"hi\"}", "{\"type\":null,\"text\":\"hi\"}", "{\"type\":1}",
                "[{\"type\":\"send\"}]", "\"send\"", "{}", "{\"type\":\"clock\",\"now\":-1}", "{\"type\":\"clock\",\"now\":\"1730000000000\"}", "{\"type\":\"send\",\"text\":\"   \"}",
                "{\"type\":\"send\",\"text\":\"\\u0000\"}", "{\"type\":\"send\",\"text\":\"hi\",\"to\":null}", "\ufeff{\"type\":\"send\",\"text\":\"bom\"}",
                "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"k\":11,\"l\":12,\"m\":13,\"n\":14,\"o\":15,\"p\":16,\"type\":\"send\",\"text\":\"17\"}");
            Gen<byte[]> text = Gen.Frequency((5, send), (1, clock), (3, soup), (2, nearMiss)).Select(Utf8);
            Gen<byte[]> mutated = Gen.Select(text, Gen.Int[0, 3], Gen.Int, Gen.Byte).Select((bytes, kind, where, value) => Mutate(bytes, kind, where, value));
            Gen<byte[]> sized = Gen.Select(Gen.Int[maxFrameBytes - 2, maxFrameBytes + 2], Gen.Char['a', 'z']).Select((size, c) =>
            {
                string head = "{\"type\":\"send\",\"text\":\"";
                return Utf8(head + new string(c, Math.Max(0, size - head.Length - 2)) + "\"}");
            });
            Gen<byte[]> longText = Gen.Int[495, 505].Select(n => Utf8("{\"type\":\"send\",\"text\":\"" + string.Concat(Enumerable.Repeat("\ud83d\ude00", n)) + "\"}"));
            return Gen.Frequency((12, send.Select(Utf8)), (6, text), (2, mutated), (1, Generators.AlmostUtf8), (1, Gen.Byte.Array[0, 64]), (1, sized), (1, longText));
        }

        /// <summary>One change to a byte string: flip a bit, set a byte, cut it short, or insert a byte.</summary>
        public static byte[] Mutate(byte[] bytes, int kind, int where, byte value)
        {
            if (bytes.Length == 0)
            {
                return new byte[] { value };
            }

            int at = (int)((uint)where % (uint)bytes.Length);
            byte[] copy = (byte[])bytes.Clone();
            switch (kind)
            {
                case 0:
                    copy[at] ^= (byte)(1 << (value & 7));
                    return copy;
                case 1:
                    copy[at] = value;
                    return copy;
                case 2:
                    return bytes.Take(at).ToArray();
                default:
                    return bytes.Take(at).Append(value).Concat(bytes.Skip(at)).ToArray();
            }
        }

        public static byte[] Ascii(string text)
        {
            return Encoding.ASCII.GetBytes(text);
        }

        /// <summary>UTF-8 with lone surrogates replaced (what a browser's encoder does).</summary>
        public static byte[] Utf8(string text)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        public static byte[] Concat(byte[][] parts)
        {
            return parts.SelectMany(p => p).ToArray();
        }

        /// <summary>A JSON string literal that escapes only what JSON requires (lone surrogates pass through as escapes).</summary>
        public static string JsonString(string text)
        {
            StringBuilder json = new StringBuilder("\"");
            foreach (char c in text)
            {
                if (c == '"' || c == '\\')
                {
                    json.Append('\\').Append(c);
                }
                else if (c < 0x20 || char.IsSurrogate(c))
                {
                    json.Append("\\u").Append(((int)c).ToString("x4"));
                }
                else
                {
                    json.Append(c);
                }
            }

            return json.Append('"').ToString();
        }
    }
}
