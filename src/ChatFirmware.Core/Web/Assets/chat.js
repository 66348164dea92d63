// ChatFirmware chat page. Every piece of user text is inserted with textContent, never as HTML.
(function () {
  'use strict';

  var list = document.getElementById('messages');
  var form = document.getElementById('composer');
  var input = document.getElementById('text');
  var sendButton = document.getElementById('send');
  var statusLine = document.getElementById('status');
  var problem = document.getElementById('problem');
  var decoder = new TextDecoder('utf-8');
  var socket = null;
  var lastId = 0;
  var retryMs = 1000;
  var closedForGood = false;

  function setStatus(text) {
    statusLine.textContent = text;
  }

  function showProblem(text) {
    problem.textContent = text;
    problem.hidden = !text;
  }

  function formatTime(ms) {
    if (!ms) {
      return '';
    }
    var d = new Date(ms);
    return d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function addMessage(m) {
    if (m.id <= lastId) {
      return; // already shown (history overlaps the live stream after a reconnect)
    }
    lastId = m.id;
    var item = document.createElement('li');
    item.className = 'message';
    item.dataset.id = String(m.id);
    var head = document.createElement('div');
    head.className = 'meta';
    var from = document.createElement('strong');
    from.className = 'from';
    from.textContent = m.from;
    var time = document.createElement('time');
    time.textContent = formatTime(m.ts);
    if (m.ts) {
      time.dateTime = new Date(m.ts).toISOString();
    }
    head.appendChild(from);
    head.appendChild(time);
    var body = document.createElement('p');
    body.className = 'text';
    body.dir = 'auto';
    body.textContent = m.text;
    item.appendChild(head);
    item.appendChild(body);
    var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.appendChild(item);
    if (atBottom) {
      list.scrollTop = list.scrollHeight;
    }
  }

  function handle(data) {
    var msg;
    try {
      msg = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (msg.type === 'message') {
      addMessage(msg);
    } else if (msg.type === 'history') {
      msg.messages.forEach(addMessage);
    } else if (msg.type === 'welcome') {
      setStatus('Connected as ' + msg.you);
      input.maxLength = msg.maxLength * 2;
    } else if (msg.type === 'error') {
      showProblem(msg.message);
    }
  }

  function onFrame(event) {
    // The device sends binary frames (one encoded buffer for every recipient); the emulator may send text.
    if (typeof event.data === 'string') {
      handle(event.data);
    } else {
      handle(decoder.decode(new Uint8Array(event.data)));
    }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws');
    socket.binaryType = 'arraybuffer';
    setStatus('Connecting…');
    socket.onopen = function () {
      retryMs = 1000;
      sendButton.disabled = false;
      showProblem('');
    };
    socket.onmessage = onFrame;
    socket.onclose = function (event) {
      sendButton.disabled = true;
      if (event.code === 1008) {
        closedForGood = true;
        setStatus('Signed out');
        showProblem(event.reason || 'Your session ended. Please log in again.');
        return;
      }
      if (event.reason) {
        showProblem(event.reason);
      }
      if (!closedForGood) {
        var wait = retryMs + Math.floor(Math.random() * retryMs);
        setStatus('Reconnecting in ' + Math.ceil(wait / 1000) + ' s…');
        setTimeout(connect, wait);
        retryMs = Math.min(retryMs * 2, 30000);
      }
    };
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || !socket || socket.readyState !== WebSocket.OPEN) {
      return;
    }
    socket.send(JSON.stringify({ type: 'send', text: text }));
    input.value = '';
    showProblem('');
    input.focus();
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  connect();
})();
