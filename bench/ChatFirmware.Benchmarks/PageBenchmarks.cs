using System;
using BenchmarkDotNet.Attributes;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// Serving one page or asset through the facade: routing, session lookup (HMAC of the cookie
    /// token), rendering with escaping, UTF-8 encoding, security headers.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(warmupCount: 5, iterationCount: 15)]
    public class PageBenchmarks
    {
        private CoreRig _rig = null!;
        private HttpRequest _login = null!;
        private HttpRequest _register = null!;
        private HttpRequest _chat = null!;
        private HttpRequest _css = null!;
        private HttpRequest _js = null!;
        private HttpRequest _jsRevalidate = null!;

        [GlobalSetup]
        public void Setup()
        {
            _rig = new CoreRig(new ChatSettings { Pbkdf2Iterations = 2 });
            _rig.Register(0);
            string cookie = _rig.Login(0);
            _login = CoreRig.Get("/", null);
            _register = CoreRig.Get("/register", null);
            _chat = CoreRig.Get("/chat", cookie);
            _css = CoreRig.Get("/app.css", null);
            _js = CoreRig.Get("/chat.js", null);
            _jsRevalidate = CoreRig.Get("/chat.js", null);
            _jsRevalidate.IfNoneMatch = _rig.Server.HandleHttp(_js).GetHeader("ETag");
            Expect(_login, 200);
            Expect(_register, 200);
            Expect(_chat, 200);
            Expect(_css, 200);
            Expect(_jsRevalidate, 304);
        }

        [Benchmark]
        public HttpResponse LoginPage() => _rig.Server.HandleHttp(_login);

        [Benchmark]
        public HttpResponse RegisterPage() => _rig.Server.HandleHttp(_register);

        [Benchmark]
        public HttpResponse ChatPage() => _rig.Server.HandleHttp(_chat);

        [Benchmark]
        public HttpResponse AppCss() => _rig.Server.HandleHttp(_css);

        [Benchmark]
        public HttpResponse ChatJs() => _rig.Server.HandleHttp(_js);

        [Benchmark]
        public HttpResponse ChatJsRevalidated() => _rig.Server.HandleHttp(_jsRevalidate);

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
