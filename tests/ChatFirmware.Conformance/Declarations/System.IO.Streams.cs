// Declarations of System.IO.Streams 1.1.96 (api/System.IO.Streams.txt): Stream, as the HTTP
// listener's request and response bodies and FileStream's base.
namespace System.IO
{
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        protected Stream() { }

        public abstract bool CanRead { get; }

        public abstract bool CanSeek { get; }

        public virtual bool CanTimeout { get { throw null; } }

        public abstract bool CanWrite { get; }

        public abstract long Length { get; }

        public abstract long Position { get; set; }

        public virtual int ReadTimeout { get { throw null; } set { } }

        public virtual int WriteTimeout { get { throw null; } set { } }

        public virtual void Close() { }

        public void CopyTo(Stream destination) { }

        public void Dispose() { }

        public abstract void Flush();

        public abstract int Read(byte[] buffer, int offset, int count);

        public virtual int ReadByte() { throw null; }

        public abstract long Seek(long offset, SeekOrigin origin);

        public abstract void SetLength(long value);

        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual void WriteByte(byte value) { }

        protected virtual void Dispose(bool disposing) { }
    }

    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }
}
