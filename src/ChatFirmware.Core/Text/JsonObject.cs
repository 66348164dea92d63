namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// A flat JSON object as read by <see cref="JsonReader"/>: member names with string, integer,
    /// boolean or null values. Chat messages never need more, and a fixed shape keeps hostile input cheap.
    /// </summary>
    public sealed class JsonObject
    {
        public const int MaxMembers = 16;
        private readonly string[] _names = StringArray.Create(MaxMembers);
        private readonly object[] _values = new object[MaxMembers];
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        /// <summary>Adds or replaces a member; returns false when the object is full.</summary>
        internal bool Set(string name, object value)
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                _values[index] = value;
                return true;
            }

            if (_count == MaxMembers)
            {
                return false;
            }

            _names[_count] = name;
            _values[_count] = value;
            _count++;
            return true;
        }

        public bool Has(string name)
        {
            return IndexOf(name) >= 0;
        }

        /// <summary>The member's value when it is a string, else null.</summary>
        public string GetString(string name)
        {
            int index = IndexOf(name);
            return index >= 0 ? _values[index] as string : null;
        }

        /// <summary>True and the value when the member is an integer.</summary>
        public bool TryGetLong(string name, out long value)
        {
            int index = IndexOf(name);
            if (index >= 0 && _values[index] is long)
            {
                value = (long)_values[index];
                return true;
            }

            value = 0;
            return false;
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
