using System.Collections;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;
using ChatFirmware.Core.Web;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>
    /// Page assets held in memory as gzip members, as the hosts store them; unknown names have no
    /// length, as on a host without them. Each member is one stored (uncompressed) deflate block, so a
    /// test can read the text back without an inflater (nanoFramework has none).
    /// </summary>
    public sealed class MemoryAssets : IAssetSource
    {
        private const int HeaderBytes = 10;
        private const int StoredBlockHeaderBytes = 5;
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _members = new ArrayList();

        /// <summary>Calls of Length and Read, to prove which names the core asked for.</summary>
        public int Reads { get; private set; }

        /// <summary>What the fake reports as <see cref="IAssetSource.SendsInSlices"/> (false: the core fills Body).</summary>
        public bool SendsInSlices { get; set; }

        /// <summary>
        /// What the core serves from flash: the real page markup, rendered as the build tool renders it
        /// but with small stand-ins for the style sheet and scripts.
        /// </summary>
        public static MemoryAssets Standard()
        {
            const string Style = "body{font-family:sans-serif}";
            MemoryAssets assets = new MemoryAssets();
            assets.Put(StaticAssets.StyleSheet, Bytes.Utf8(Style));
            assets.Put(StaticAssets.LoginPage, Pages.Login(PageCode.Inline(Style, "'use strict';"), null, null, "192.168.4.1"));
            assets.Put(StaticAssets.RegisterPage, Pages.Register(PageCode.Inline(Style, null), null, null, null));
            assets.Put(StaticAssets.ChatPage, Pages.Chat(PageCode.Inline(Style, "'use strict';document.title='chat';"), "192.168.4.1"));
            return assets;
        }

        /// <summary>A gzip member (RFC 1952) holding <paramref name="content"/> in one stored deflate block (RFC 1951).</summary>
        public static byte[] Gzip(byte[] content)
        {
            int length = content.Length;
            byte[] member = new byte[HeaderBytes + StoredBlockHeaderBytes + length + 8];
            byte[] header = new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff };
            header.CopyTo(member, 0);
            int at = HeaderBytes;
            member[at++] = 0x01;
            member[at++] = (byte)length;
            member[at++] = (byte)(length >> 8);
            member[at++] = (byte)~length;
            member[at++] = (byte)(~length >> 8);
            System.Array.Copy(content, 0, member, at, length);
            at += length;
            WriteUInt32(member, at, Crc32.Compute(content, 0, length));
            WriteUInt32(member, at + 4, (uint)length);
            return member;
        }

        /// <summary>The content of a member made by <see cref="Gzip"/>.</summary>
        public static byte[] Gunzip(byte[] member)
        {
            int length = member[HeaderBytes + 1] | (member[HeaderBytes + 2] << 8);
            byte[] content = new byte[length];
            System.Array.Copy(member, HeaderBytes + StoredBlockHeaderBytes, content, 0, length);
            return content;
        }

        /// <summary>Stores <paramref name="content"/> (gzipped) under the name; null removes the asset.</summary>
        public void Put(string name, byte[] content)
        {
            byte[] member = content == null ? null : Gzip(content);
            int index = _names.IndexOf(name);
            if (index >= 0)
            {
                _members[index] = member;
                return;
            }

            _names.Add(name);
            _members.Add(member);
        }

        public int Length(string name)
        {
            Reads++;
            byte[] member = Find(name);
            return member == null ? -1 : member.Length;
        }

        public byte[] Read(string name, int offset, int count)
        {
            Reads++;
            byte[] slice = new byte[count];
            System.Array.Copy(Find(name), offset, slice, 0, count);
            return slice;
        }

        private byte[] Find(string name)
        {
            int index = _names.IndexOf(name);
            return index < 0 ? null : (byte[])_members[index];
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }
    }
}
