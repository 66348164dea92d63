using System;
using System.Buffers.Binary;
using System.IO;

namespace ChatFirmware.NanoRun
{
    /// <summary>
    /// Reads a converted assembly's header (nf-interpreter's CLR_RECORD_ASSEMBLY, marker "NFMRK1", as the
    /// toolchain's metadata processor writes it): the offsets of its tables, so the string table's size is
    /// measured, not estimated.
    /// </summary>
    public static class PeFile
    {
        /// <summary>What one assembly may hold: the string ids are 16-bit.</summary>
        public const int StringTableCeiling = 65535;

        private const string Marker = "NFMRK1";
        private const int StartOfTables = 40;
        private const int TableCount = 16;
        private const int StringsTable = 11;
        private const int PaddingOfTables = StartOfTables + (TableCount * 4) + 4;

        public static int StringTableBytes(string pe)
        {
            byte[] header = new byte[PaddingOfTables + TableCount];
            using (FileStream stream = File.OpenRead(pe))
            {
                stream.ReadExactly(header);
            }

            if (System.Text.Encoding.ASCII.GetString(header, 0, Marker.Length) != Marker)
            {
                throw new InvalidDataException(pe + " is not a nanoFramework assembly of the toolchain's format (" + Marker + ")");
            }

            uint start = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(StartOfTables + (StringsTable * 4)));
            uint end = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(StartOfTables + ((StringsTable + 1) * 4)));
            return (int)(end - start) - header[PaddingOfTables + StringsTable];
        }
    }
}
