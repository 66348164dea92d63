using System;
using System.Collections;
using System.IO;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>
    /// Flash files in memory, with fault injection: a chosen write can throw without touching the blob,
    /// or be torn (only its first bytes stored, then it throws), as a power cut mid-write would leave it.
    /// Blobs are copied in and out, so nothing the core holds aliases what is "on flash".
    /// </summary>
    public sealed class MemoryFlash : IFlashFiles
    {
        // Parallel lists rather than a Hashtable: mscorlib alone has ArrayList, so the tests need no
        // extra nanoFramework package.
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _blobs = new ArrayList();
        private int _failAttempt;
        private int _tearAttempt;
        private int _tearKeepBytes;

        /// <summary>Writes that completed.</summary>
        public int WriteCount { get; private set; }

        /// <summary>Writes attempted, including those that failed or tore (numbering for the fault setters).</summary>
        public int WriteAttempts { get; private set; }

        /// <summary>Length of the data each attempted write was given, in order.</summary>
        public ArrayList AttemptedLengths { get; } = new ArrayList();

        /// <summary>The blob name of each attempted write, in order.</summary>
        public ArrayList AttemptedNames { get; } = new ArrayList();

        public bool FailReads { get; set; }

        /// <summary>The write with this 1-based attempt number throws and leaves the blob as it was.</summary>
        public void ThrowOnWrite(int attempt)
        {
            _failAttempt = attempt;
        }

        public void ThrowOnNextWrite()
        {
            ThrowOnWrite(WriteAttempts + 1);
        }

        /// <summary>The write with this 1-based attempt number stores only its first <paramref name="keepBytes"/> bytes, then throws.</summary>
        public void TearWrite(int attempt, int keepBytes)
        {
            _tearAttempt = attempt;
            _tearKeepBytes = keepBytes;
        }

        public void TearNextWrite(int keepBytes)
        {
            TearWrite(WriteAttempts + 1, keepBytes);
        }

        public byte[] Read(string name)
        {
            if (FailReads)
            {
                throw new IOException("injected read failure: " + name);
            }

            return Copy(Raw(name));
        }

        public void Write(string name, byte[] data)
        {
            WriteAttempts++;
            AttemptedLengths.Add(data.Length);
            AttemptedNames.Add(name);
            if (WriteAttempts == _failAttempt)
            {
                throw new IOException("injected write failure: " + name);
            }

            if (WriteAttempts == _tearAttempt)
            {
                int keep = _tearKeepBytes < data.Length ? _tearKeepBytes : data.Length;
                byte[] partial = new byte[keep];
                Array.Copy(data, partial, keep);
                Store(name, partial);
                throw new IOException("injected torn write: " + name + " after " + keep + " bytes");
            }

            Store(name, Copy(data));
            WriteCount++;
        }

        public void Delete(string name)
        {
            int index = _names.IndexOf(name);
            if (index >= 0)
            {
                _names.RemoveAt(index);
                _blobs.RemoveAt(index);
            }
        }

        public bool Exists(string name)
        {
            return _names.IndexOf(name) >= 0;
        }

        /// <summary>The stored blob itself (not a copy), for tests that corrupt it in place; null when absent.</summary>
        public byte[] Raw(string name)
        {
            int index = _names.IndexOf(name);
            return index < 0 ? null : (byte[])_blobs[index];
        }

        /// <summary>Replaces a blob without counting a write (sets up a flash state).</summary>
        public void Put(string name, byte[] data)
        {
            Store(name, Copy(data));
        }

        /// <summary>Flips the bits of <paramref name="mask"/> in one byte of a stored blob.</summary>
        public void FlipBits(string name, int offset, int mask)
        {
            byte[] blob = Raw(name);
            blob[offset] = (byte)(blob[offset] ^ mask);
        }

        /// <summary>A copy of every blob, so a test can return to this flash state later.</summary>
        public MemoryFlash Clone()
        {
            MemoryFlash clone = new MemoryFlash();
            for (int i = 0; i < _names.Count; i++)
            {
                clone.Store((string)_names[i], Copy((byte[])_blobs[i]));
            }

            return clone;
        }

        /// <summary>True when the byte sequence occurs anywhere in any stored blob.</summary>
        public bool ContainsBytes(byte[] needle)
        {
            for (int i = 0; i < _blobs.Count; i++)
            {
                if (Bytes.IndexOf((byte[])_blobs[i], needle) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Names of the stored blobs.</summary>
        public string[] Names()
        {
            string[] names = new string[_names.Count];
            _names.CopyTo(names);
            return names;
        }

        private void Store(string name, byte[] blob)
        {
            int index = _names.IndexOf(name);
            if (index < 0)
            {
                _names.Add(name);
                _blobs.Add(blob);
            }
            else
            {
                _blobs[index] = blob;
            }
        }

        private static byte[] Copy(byte[] data)
        {
            if (data == null)
            {
                return null;
            }

            byte[] copy = new byte[data.Length];
            Array.Copy(data, copy, data.Length);
            return copy;
        }
    }
}
