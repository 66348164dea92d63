using System.Text;

namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Writes the core's own JSON messages. Unlike nanoFramework.Json it escapes every control
    /// character and U+2028/U+2029 (which break JavaScript string literals) and keeps surrogate pairs
    /// as they are; an unpaired surrogate becomes U+FFFD.
    /// </summary>
    public sealed class JsonWriter
    {
        private const int MaxDepth = 8;
        private static readonly char[] Digits = "0123456789abcdef".ToCharArray();
        private readonly StringBuilder _text;
        private readonly bool[] _hasMember = new bool[MaxDepth];
        private int _depth;

        public JsonWriter(int capacity)
        {
            _text = new StringBuilder(capacity);
        }

        public void BeginObject()
        {
            BeginValue();
            Open('{');
        }

        public void BeginObject(string name)
        {
            Name(name);
            Open('{');
        }

        public void EndObject()
        {
            Close('}');
        }

        public void BeginArray(string name)
        {
            Name(name);
            Open('[');
        }

        public void EndArray()
        {
            Close(']');
        }

        public void Property(string name, string value)
        {
            Name(name);
            if (value == null)
            {
                _text.Append("null");
            }
            else
            {
                AppendString(_text, value);
            }
        }

        public void Property(string name, long value)
        {
            Name(name);
            _text.Append(value.ToString());
        }

        public void Property(string name, bool value)
        {
            Name(name);
            _text.Append(value ? "true" : "false");
        }

        /// <summary>A string value as an array element.</summary>
        public void Value(string value)
        {
            BeginValue();
            AppendString(_text, value);
        }

        public override string ToString()
        {
            return _text.ToString();
        }

        public byte[] ToUtf8()
        {
            return Utf8.Encode(_text.ToString());
        }

        /// <summary>Appends a quoted, escaped JSON string.</summary>
        public static void AppendString(StringBuilder target, string value)
        {
            target.Append('"');
            char[] chars = value.ToCharArray();
            int length = chars.Length;
            for (int i = 0; i < length; i++)
            {
                char c = chars[i];
                switch (c)
                {
                    case '"':
                        target.Append("\\\"");
                        continue;
                    case '\\':
                        target.Append("\\\\");
                        continue;
                    case '\n':
                        target.Append("\\n");
                        continue;
                    case '\r':
                        target.Append("\\r");
                        continue;
                    case '\t':
                        target.Append("\\t");
                        continue;
                }

                if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029)
                {
                    AppendUnicodeEscape(target, c);
                }
                else if (Utf8.IsHighSurrogate(c) && i + 1 < length && Utf8.IsLowSurrogate(chars[i + 1]))
                {
                    target.Append(c);
                    target.Append(chars[i + 1]);
                    i++;
                }
                else if (c >= 0xD800 && c <= 0xDFFF)
                {
                    target.Append('\uFFFD');
                }
                else
                {
                    target.Append(c);
                }
            }

            target.Append('"');
        }

        private static void AppendUnicodeEscape(StringBuilder target, char c)
        {
            target.Append("\\u");
            target.Append(Digits[(c >> 12) & 0xF]);
            target.Append(Digits[(c >> 8) & 0xF]);
            target.Append(Digits[(c >> 4) & 0xF]);
            target.Append(Digits[c & 0xF]);
        }

        private void Name(string name)
        {
            BeginValue();
            AppendString(_text, name);
            _text.Append(':');
        }

        private void BeginValue()
        {
            if (_depth > 0)
            {
                if (_hasMember[_depth - 1])
                {
                    _text.Append(',');
                }

                _hasMember[_depth - 1] = true;
            }
        }

        private void Open(char bracket)
        {
            _text.Append(bracket);
            _hasMember[_depth] = false;
            _depth++;
        }

        private void Close(char bracket)
        {
            _text.Append(bracket);
            _depth--;
        }
    }
}
