namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// A flat JSON object as read by <see cref="JsonReader"/>: member names with string, integer,
    /// boolean or null values. Chat messages never need more, and a fixed shape keeps hostile input cheap.
    /// Names and values stay where they are in the UTF-8 source (positions, no copies), so reading a chat
    /// message allocates this object only; a value is decoded only when asked for.
    /// </summary>
    public sealed class JsonObject
    {
        public const int MaxMembers = 16;

        internal const int KindString = 1;
        internal const int KindInteger = 2;
        internal const int KindTrue = 3;
        internal const int KindFalse = 4;
        internal const int KindNull = 5;

        /// <summary>Kind flag: the member's name or string value holds escapes (decoded on use).</summary>
        internal const int Escaped = 0x10;
        internal const int NameEscaped = 0x20;

        // Per member: name start, name length, kind (and escape flags), value start, value length.
        private const int Fields = 5;
        private readonly int[] _members = new int[MaxMembers * Fields];
        private readonly byte[] _source;
        private int _count;

        internal JsonObject(byte[] source)
        {
            _source = source;
        }

        public int Count
        {
            get { return _count; }
        }

        public bool Has(string name)
        {
            return IndexOf(Utf8.Encode(name)) >= 0;
        }

        /// <summary>The member's value when it is a string, else null.</summary>
        public string GetString(string name)
        {
            return GetString(Utf8.Encode(name));
        }

        /// <summary>The same for a name given as its UTF-8 bytes (no allocation to find it).</summary>
        public string GetString(byte[] name)
        {
            byte[] bytes;
            int offset;
            int count;
            return TryGetUtf8(name, out bytes, out offset, out count) ? System.Text.Encoding.UTF8.GetString(bytes, offset, count) : null;
        }

        /// <summary>True and the value when the member is an integer.</summary>
        public bool TryGetLong(string name, out long value)
        {
            return TryGetLong(Utf8.Encode(name), out value);
        }

        public bool TryGetLong(byte[] name, out long value)
        {
            value = 0;
            int index = IndexOf(name);
            if (index < 0 || Kind(index) != KindInteger)
            {
                return false;
            }

            int at = _members[(index * Fields) + 3];
            int end = at + _members[(index * Fields) + 4];
            bool negative = _source[at] == '-';
            for (int i = negative ? at + 1 : at; i < end; i++)
            {
                value = (value * 10) + (_source[i] - '0');
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        /// <summary>
        /// True when the member is a string: its UTF-8 bytes, unescaped. Without escapes that is the
        /// range of the source itself; with escapes, a new array. Otherwise false and null.
        /// </summary>
        public bool TryGetUtf8(byte[] name, out byte[] bytes, out int offset, out int count)
        {
            bytes = null;
            offset = 0;
            count = 0;
            int index = IndexOf(name);
            if (index < 0 || Kind(index) != KindString)
            {
                return false;
            }

            int field = index * Fields;
            bytes = _source;
            offset = _members[field + 3];
            count = _members[field + 4];
            if ((_members[field + 2] & Escaped) != 0)
            {
                bytes = JsonReader.Unescape(_source, offset, count, out count);
                offset = 0;
            }

            return true;
        }

        /// <summary>True when the member is a string written with escapes (its bytes are then a new array).</summary>
        public bool HasEscapes(byte[] name)
        {
            int index = IndexOf(name);
            return index >= 0 && (_members[(index * Fields) + 2] & Escaped) != 0;
        }

        /// <summary>True when the member is the string <paramref name="value"/> (UTF-8 bytes).</summary>
        public bool IsString(byte[] name, byte[] value)
        {
            byte[] bytes;
            int offset;
            int count;
            return TryGetUtf8(name, out bytes, out offset, out count) && SameBytes(bytes, offset, count, value, 0, value.Length);
        }

        /// <summary>Adds or replaces a member (a repeated name keeps the last value); false when the object is full.</summary>
        internal bool Set(int nameStart, int nameLength, bool nameEscaped, int kind, int valueStart, int valueLength)
        {
            int index = IndexOf(_source, nameStart, nameLength, nameEscaped);
            if (index < 0)
            {
                if (_count == MaxMembers)
                {
                    return false;
                }

                index = _count++;
            }

            int field = index * Fields;
            _members[field] = nameStart;
            _members[field + 1] = nameLength;
            _members[field + 2] = kind | (nameEscaped ? NameEscaped : 0);
            _members[field + 3] = valueStart;
            _members[field + 4] = valueLength;
            return true;
        }

        private int Kind(int index)
        {
            return _members[(index * Fields) + 2] & 0xF;
        }

        private int IndexOf(byte[] name)
        {
            return IndexOf(name, 0, name.Length, false);
        }

        /// <summary>The member whose name is these bytes (escaped names compare by what they stand for).</summary>
        private int IndexOf(byte[] name, int start, int length, bool escaped)
        {
            if (escaped)
            {
                name = JsonReader.Unescape(name, start, length, out length);
                start = 0;
            }

            for (int i = 0; i < _count; i++)
            {
                int field = i * Fields;
                int memberStart = _members[field];
                int memberLength = _members[field + 1];
                if ((_members[field + 2] & NameEscaped) != 0)
                {
                    // Rare: a name written with escapes ("\u0074ype" is "type").
                    byte[] decoded = JsonReader.Unescape(_source, memberStart, memberLength, out memberLength);
                    if (SameBytes(decoded, 0, memberLength, name, start, length))
                    {
                        return i;
                    }
                }
                else if (SameBytes(_source, memberStart, memberLength, name, start, length))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool SameBytes(byte[] a, int aStart, int aLength, byte[] b, int bStart, int bLength)
        {
            if (aLength != bLength)
            {
                return false;
            }

            for (int i = 0; i < aLength; i++)
            {
                if (a[aStart + i] != b[bStart + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
