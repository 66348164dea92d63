using System;
using BenchmarkDotNet.Attributes;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// A successful login form post through the facade: PBKDF2-HMAC-SHA256 at the shipped iterations
    /// (.NET's HMAC here; the ESP32 uses its native HMAC), a new session token, one accounts write.
    /// Ten users with ten sessions, so each login also ends a session (of whoever holds the most).
    /// The per-account budget of successful logins (flash wear, docs/accounts.md) is lifted: it would
    /// refuse a loop of logins, and the benchmark measures a login, not the budget.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(warmupCount: 3, iterationCount: 15)]
    public class LoginBenchmarks
    {
        private const int Users = 10;
        private CoreRig _rig = null!;
        private HttpRequest[] _logins = null!;
        private int _next;

        [Params(2000)]
        public int Pbkdf2Iterations { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _rig = new CoreRig(new ChatSettings { Pbkdf2Iterations = Pbkdf2Iterations, LoginSuccessBurst = int.MaxValue });
            _logins = new HttpRequest[Users];
            for (int i = 0; i < Users; i++)
            {
                _rig.Register(i);
                _rig.Login(i);
                _logins[i] = CoreRig.LoginRequest(i);
            }
        }

        [Benchmark]
        public int Login()
        {
            HttpResponse response = _rig.Server.HandleHttp(_logins[_next]);
            _next = (_next + 1) % Users;
            return response.StatusCode;
        }

        [GlobalCleanup]
        public void Check()
        {
            int status = _rig.Server.HandleHttp(_logins[0]).StatusCode;
            if (status != 303)
            {
                throw new InvalidOperationException("logins were refused (" + status + "): the benchmark measured the wrong path");
            }
        }
    }
}
