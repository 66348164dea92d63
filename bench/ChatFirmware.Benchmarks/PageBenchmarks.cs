using System;
using BenchmarkDotNet.Attributes;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// Serving one page through the facade: routing, session lookup (HMAC of the cookie token), the
    /// stored gzip member and its ETag for pages from flash, rendering with escaping and UTF-8 encoding
    /// for the account page, security headers.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(warmupCount: 5, iterationCount: 15)]
    public class PageBenchmarks
    {
        private CoreRig _rig = null!;
        private HttpRequest _login = null!;
        private HttpRequest _register = null!;
        private HttpRequest _chat = null!;
        private HttpRequest _chatRevalidate = null!;
        private HttpRequest _account = null!;
        private HttpRequest _css = null!;

        [GlobalSetup]
        public void Setup()
        {
            _rig = new CoreRig(new ChatSettings { Pbkdf2Iterations = 2 });
            _rig.Register(0);
            string cookie = _rig.Login(0);
            _login = CoreRig.Get("/", null);
            _register = CoreRig.Get("/register", null);
            _chat = CoreRig.Get("/", cookie);
            _chatRevalidate = CoreRig.Get("/", cookie);
            _chatRevalidate.IfNoneMatch = _rig.Server.HandleHttp(_chat).GetHeader("ETag");
            _account = CoreRig.Get("/account", cookie);
            _css = CoreRig.Get("/app.css", null);
            Expect(_login, 200);
            Expect(_register, 200);
            Expect(_chat, 200);
            Expect(_chatRevalidate, 304);
            Expect(_account, 200);
            Expect(_css, 200);
        }

        [Benchmark]
        public HttpResponse LoginPage() => _rig.Server.HandleHttp(_login);

        [Benchmark]
        public HttpResponse RegisterPage() => _rig.Server.HandleHttp(_register);

        [Benchmark]
        public HttpResponse ChatPage() => _rig.Server.HandleHttp(_chat);

        [Benchmark]
        public HttpResponse ChatPageRevalidated() => _rig.Server.HandleHttp(_chatRevalidate);

        [Benchmark]
        public HttpResponse AccountPage() => _rig.Server.HandleHttp(_account);

        [Benchmark]
        public HttpResponse AppCss() => _rig.Server.HandleHttp(_css);

        private void Expect(HttpRequest request, int status)
        {
            int actual = _rig.Server.HandleHttp(request).StatusCode;
            if (actual != status)
            {
                throw new InvalidOperationException(request.Target + " answered " + actual + ", expected " + status);
            }
        }
    }
}
