using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware
{
    /// <summary>
    /// The captive portal's DNS on UDP (53 on a board) of the access point's address: one socket (of the
    /// board's 16 lwIP sockets), one thread and two fixed 512-byte buffers; every answer comes from the
    /// core's DnsResponder. Bound to the AP address only, so that with a station link as well the board
    /// never answers DNS on someone else's network (the nanoCLR board profile binds loopback instead).
    /// </summary>
    internal sealed class CaptiveDnsHost
    {
        /// <summary>Pause after an unexpected socket error, so that a failing socket cannot spin the CPU.</summary>
        private const int ErrorPauseMs = 1000;

        private readonly Socket _socket;
        private readonly DnsResponder _responder;
        private readonly ILog _log;
        private bool _stopping;

        private CaptiveDnsHost(Socket socket, DnsResponder responder, ILog log)
        {
            _socket = socket;
            _responder = responder;
            _log = log;
        }

        /// <summary>
        /// Binds UDP <paramref name="port"/> on <paramref name="bindAddress"/> and starts answering every
        /// name with <paramref name="deviceAddress"/>; null (logged) when it cannot.
        /// </summary>
        public static CaptiveDnsHost Start(string bindAddress, int port, string deviceAddress, ChatSettings settings, ILog log)
        {
            Socket socket = null;
            try
            {
                DnsResponder responder = new DnsResponder(deviceAddress, settings.DnsAnswerTtlSeconds);
                socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(bindAddress), port));
                CaptiveDnsHost host = new CaptiveDnsHost(socket, responder, log);
                new Thread(host.Run).Start();
                log.Info("captive-portal DNS on " + bindAddress + ":" + port + " answers " + deviceAddress);
                return host;
            }
            catch (Exception e)
            {
                if (socket != null)
                {
                    socket.Close();
                }

                log.Warn("captive-portal DNS did not start: " + e.Message);
                return null;
            }
        }

        public void Stop()
        {
            _stopping = true;
            _socket.Close();
        }

        private void Run()
        {
            byte[] query = new byte[DnsResponder.MaxMessageBytes];
            byte[] response = new byte[DnsResponder.MaxMessageBytes];
            EndPoint client = new IPEndPoint(IPAddress.Any, 0);
            while (!_stopping)
            {
                try
                {
                    int received = _socket.ReceiveFrom(query, ref client);
                    int length = _responder.Answer(query, received, response);
                    if (length > 0)
                    {
                        _socket.SendTo(response, 0, length, SocketFlags.None, client);
                    }
                }
                catch (Exception e)
                {
                    if (_stopping)
                    {
                        return;
                    }

                    _log.Warn("captive-portal DNS: " + e.Message);
                    Thread.Sleep(ErrorPauseMs);
                }
            }
        }
    }
}
