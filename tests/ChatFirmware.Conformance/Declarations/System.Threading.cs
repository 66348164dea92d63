// Declarations of System.Threading 1.1.52 (api/System.Threading.txt; package
// nanoFramework.System.Threading): the cancellation token that bounds the station join.
namespace System.Threading
{
    public struct CancellationToken
    {
        public bool IsCancellationRequested { get { throw null; } }
    }

    public class CancellationTokenSource
    {
        public CancellationTokenSource(int millisecondsDelay) { }

        public CancellationToken Token { get { throw null; } }

        public void Cancel() { }
    }
}
