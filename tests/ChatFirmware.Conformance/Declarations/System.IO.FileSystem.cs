// Declarations of System.IO.FileSystem 1.1.93 (api/System.IO.FileSystem.txt): the file and folder
// calls of the flash port. Enum values are .NET's (the listing has names only; the values never run).
namespace System.IO
{
    public static class Directory
    {
        public static DirectoryInfo CreateDirectory(string path) { throw null; }

        public static void Delete(string path) { }

        public static void Delete(string path, bool recursive) { }

        public static bool Exists(string path) { throw null; }

        public static string[] GetDirectories(string path) { throw null; }

        public static string[] GetFiles(string path) { throw null; }

        public static void Move(string sourceDirName, string destDirName) { }
    }

    public abstract class FileSystemInfo : MarshalByRefObject
    {
        protected FileSystemInfo() { }

        public abstract bool Exists { get; }

        public virtual string FullName { get { throw null; } }

        public abstract string Name { get; }
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) { }

        public override bool Exists { get { throw null; } }

        public override string Name { get { throw null; } }
    }

    public static class File
    {
        public static void Copy(string sourceFileName, string destFileName) { }

        public static void Copy(string sourceFileName, string destFileName, bool overwrite) { }

        public static FileStream Create(string path) { throw null; }

        public static void Delete(string path) { }

        public static bool Exists(string path) { throw null; }

        public static void Move(string sourceFileName, string destFileName) { }

        public static FileStream Open(string path, FileMode mode) { throw null; }

        public static FileStream Open(string path, FileMode mode, FileAccess access) { throw null; }

        public static FileStream OpenRead(string path) { throw null; }

        public static FileStream OpenWrite(string path) { throw null; }

        public static byte[] ReadAllBytes(string path) { throw null; }

        public static string ReadAllText(string path) { throw null; }

        public static void WriteAllBytes(string path, byte[] bytes) { }

        public static void WriteAllText(string path, string contents) { }
    }

    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    public enum FileShare
    {
        None = 0,
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode) { }

        public FileStream(string path, FileMode mode, FileAccess access) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) { }

        public override bool CanRead { get { throw null; } }

        public override bool CanSeek { get { throw null; } }

        public override bool CanWrite { get { throw null; } }

        public override long Length { get { throw null; } }

        public virtual string Name { get { throw null; } }

        public override long Position { get { throw null; } set { } }

        public override void Close() { }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) { throw null; }

        public override int ReadByte() { throw null; }

        public override long Seek(long offset, SeekOrigin origin) { throw null; }

        public override void SetLength(long value) { }

        public override void Write(byte[] buffer, int offset, int count) { }

        public override void WriteByte(byte value) { }

        protected override void Dispose(bool disposing) { }
    }
}
