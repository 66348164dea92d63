using System.Collections;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>Keeps every log line ("INFO ..." / "WARN ...") for assertions.</summary>
    public sealed class ListLog : ILog
    {
        private readonly ArrayList _lines = new ArrayList();

        public int Count
        {
            get { return _lines.Count; }
        }

        public int Warnings { get; private set; }

        public string this[int index]
        {
            get { return (string)_lines[index]; }
        }

        public void Info(string message)
        {
            _lines.Add("INFO " + message);
        }

        public void Warn(string message)
        {
            Warnings++;
            _lines.Add("WARN " + message);
        }

        /// <summary>True when some line contains the text.</summary>
        public bool Contains(string text)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                if (((string)_lines[i]).IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when some warning contains the text.</summary>
        public bool HasWarning(string text)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                string line = (string)_lines[i];
                if (line.StartsWith("WARN ") && line.IndexOf(text) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
