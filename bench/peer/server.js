'use strict';
// The peer of the load comparison (docs/performance.md): what people would pick instead for a LAN
// chat, reduced to its core. Every text message a client sends goes, unchanged, to every connected
// client (the sender included, as ChatFirmware echoes a message to its sender). No accounts, no
// validation, no history, no rate limit: this is the cost floor of a WebSocket broadcast on Node.js.
//
// Usage: node server.js [port] [host]   (defaults 8090 127.0.0.1; port 0 picks a free one)
// Prints "listening <port>" once ready; stops on SIGTERM, SIGINT or when stdin closes.
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2] || 8090);
const host = process.argv[3] || '127.0.0.1';
const server = new WebSocketServer({ host, port, maxPayload: 64 * 1024 });

server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    for (const client of server.clients) {
      if (client.readyState === 1) {
        client.send(data, { binary: isBinary });
      }
    }
  });
  socket.on('error', () => {});
});

server.on('listening', () => {
  process.stdout.write('listening ' + server.address().port + '\n');
});

function stop() {
  for (const client of server.clients) {
    client.terminate();
  }
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
