using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// Reads an application/x-www-form-urlencoded body (nanoFramework has no form parser). Percent
    /// escapes are decoded to bytes and the result must be valid UTF-8, or the form is refused.
    /// </summary>
    public sealed class FormReader
    {
        private const int MaxFields = 16;
        private readonly string[] _names = StringArray.Create(MaxFields);
        private readonly string[] _values = StringArray.Create(MaxFields);
        private int _count;

        private FormReader()
        {
        }

        /// <summary>The parsed form, or null when the body is malformed.</summary>
        public static FormReader Parse(byte[] body)
        {
            FormReader form = new FormReader();
            if (body == null)
            {
                return form;
            }

            int start = 0;
            while (start <= body.Length)
            {
                int end = start;
                while (end < body.Length && body[end] != '&')
                {
                    end++;
                }

                if (end > start)
                {
                    int equals = start;
                    while (equals < end && body[equals] != '=')
                    {
                        equals++;
                    }

                    string name = Decode(body, start, equals);
                    string value = equals < end ? Decode(body, equals + 1, end) : string.Empty;
                    if (name == null || value == null || form._count == MaxFields)
                    {
                        return null;
                    }

                    form._names[form._count] = name;
                    form._values[form._count] = value;
                    form._count++;
                }

                start = end + 1;
            }

            return form;
        }

        /// <summary>The first value of a field, or null when absent.</summary>
        public string Get(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name)
                {
                    return _values[i];
                }
            }

            return null;
        }

        private static string Decode(byte[] body, int start, int end)
        {
            byte[] bytes = new byte[end - start];
            int length = 0;
            for (int i = start; i < end; i++)
            {
                byte b = body[i];
                if (b == '+')
                {
                    bytes[length++] = (byte)' ';
                }
                else if (b == '%')
                {
                    if (i + 2 >= end)
                    {
                        return null;
                    }

                    byte[] decoded = Hex.Decode(new string(new char[] { (char)body[i + 1], (char)body[i + 2] }), 1);
                    if (decoded == null)
                    {
                        return null;
                    }

                    bytes[length++] = decoded[0];
                    i += 2;
                }
                else
                {
                    bytes[length++] = b;
                }
            }

            return Utf8.Decode(bytes, 0, length);
        }
    }
}
