// Declarations of nanoFramework.System.Collections 1.5.75 (api/nanoFramework.System.Collections.txt):
// Hashtable and its entry type.
namespace System.Collections
{
    public class DictionaryEntry
    {
        public object Key;
        public object Value;

        public DictionaryEntry(object key, object value) { }
    }

    public class Hashtable : ICollection, ICloneable
    {
        public Hashtable() { }

        public Hashtable(int capacity) { }

        public Hashtable(int capacity, float loadFactor) { }

        public int Count { get { throw null; } }

        public bool IsFixedSize { get { throw null; } }

        public bool IsReadOnly { get { throw null; } }

        public bool IsSynchronized { get { throw null; } }

        public ICollection Keys { get { throw null; } }

        public object SyncRoot { get { throw null; } }

        public ICollection Values { get { throw null; } }

        public object this[object key] { get { throw null; } set { } }

        public void Add(object key, object value) { }

        public void Clear() { }

        public object Clone() { throw null; }

        public bool Contains(object key) { throw null; }

        public void CopyTo(Array array, int arrayIndex) { }

        public IEnumerator GetEnumerator() { throw null; }

        public void Remove(object key) { }
    }
}
