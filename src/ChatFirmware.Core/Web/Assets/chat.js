// ChatFirmware chat page (protocol v2, docs/protocol.md), inlined at the end of the page at build
// time. User text is only ever inserted with textContent, never as HTML. Transport: a WebSocket, or
// long-polling over plain HTTP when the socket cannot open (the device's WebSocket server refuses
// Firefox's upgrade).
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var list = $('messages');
  var form = $('composer');
  var input = $('text');
  var sendButton = $('send');
  var statusLine = $('status');
  var problem = $('problem');
  var onlineList = $('online');
  var soundBox = $('sound');
  var target = $('target');
  var targetName = $('target-name');
  var who = $('who');
  var offlineHint = $('offline-hint');
  var decoder = new TextDecoder('utf-8');

  var me = '';
  var lastId = 0;
  var connected = false;
  var stopped = false;
  var retryMs = 1000;
  var socketFailures = 0;
  var failedAttempts = 0; // in a row, over either transport
  var usePolling = false;
  var socket = null;
  var pollId = null;
  var sendTo = null;
  var unread = 0;
  var relayed = {}; // origin:originId of lines from linked boards already shown
  var relayedCount = 0;
  var baseTitle = document.title;

  function setStatus(text) { statusLine.textContent = text; }

  function showProblem(text) {
    problem.textContent = text || '';
    problem.hidden = !text;
  }

  function setConnected(value) {
    connected = value;
    sendButton.disabled = !value;
  }

  function formatTime(ms) {
    if (!ms) { return ''; }
    return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function scrolledToBottom() {
    return list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  }

  function append(item) {
    var stick = scrolledToBottom();
    list.appendChild(item);
    if (stick) { list.scrollTop = list.scrollHeight; }
  }

  function addNotice(text) {
    var item = document.createElement('li');
    item.className = 'notice-line';
    item.textContent = text;
    append(item);
  }

  function addMessage(m, live) {
    if (m.id <= lastId) { return; } // already shown: history overlaps the live stream after a resume
    lastId = m.id;
    if (m.origin) {
      // A board that lost power fetches again, under new ids, the linked boards' lines it had not kept.
      var key = m.origin + ':' + m.originId;
      if (relayed[key]) { return; }
      if (relayedCount > 2000) { relayed = {}; relayedCount = 0; }
      relayed[key] = true;
      relayedCount += 1;
    }
    var item = document.createElement('li');
    item.className = 'message' + (m.direct ? ' direct' : '') + (m.from === me ? ' mine' : '');
    item.dataset.id = String(m.id);
    var head = document.createElement('div');
    head.className = 'meta';
    var from = document.createElement('strong');
    from.className = 'from';
    from.textContent = m.from;
    from.dir = 'auto';
    head.appendChild(from);
    if (m.direct) {
      var to = document.createElement('span');
      to.className = 'to';
      to.textContent = '→ ' + m.to + ' (private)';
      head.appendChild(to);
    }
    var time = document.createElement('time');
    time.textContent = formatTime(m.ts);
    if (m.ts) { time.dateTime = new Date(m.ts).toISOString(); }
    head.appendChild(time);
    var body = document.createElement('p');
    body.className = 'text';
    body.dir = 'auto';
    body.textContent = m.text;
    item.appendChild(head);
    item.appendChild(body);
    append(item);
    if (live && m.from !== me) { notify(); }
  }

  function notify() {
    if (document.hidden) {
      unread += 1;
      document.title = '(' + unread + ') ' + baseTitle;
    }
    if (soundBox.checked) { beep(); }
  }

  var audio = null;
  function beep() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.08, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.2);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start();
      osc.stop(audio.currentTime + 0.2);
    } catch (e) { /* no audio on this device */ }
  }

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) {
      unread = 0;
      document.title = baseTitle;
    }
  });

  soundBox.checked = localStorage.getItem('chatfw.sound') === '1';
  soundBox.addEventListener('change', function () {
    localStorage.setItem('chatfw.sound', soundBox.checked ? '1' : '0');
  });

  function setTarget(name) {
    sendTo = name;
    target.hidden = !name;
    targetName.textContent = name ? 'Private message to ' + name : '';
    input.placeholder = name ? 'Write privately to ' + name : 'Write a message';
    input.focus();
  }

  $('target-clear').addEventListener('click', function () { setTarget(null); });

  function showPresence(names) {
    onlineList.textContent = '';
    names.forEach(function (name) {
      var item = document.createElement('li');
      if (name === me) {
        item.textContent = name + ' (you)';
      } else {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'link';
        button.textContent = name;
        button.title = 'Write privately to ' + name;
        button.addEventListener('click', function () { setTarget(name); });
        item.appendChild(button);
      }
      onlineList.appendChild(item);
    });
  }

  function removeMessage(id) {
    if (id === 0) {
      list.textContent = '';
      addNotice('The administrator cleared the history.');
      return;
    }
    var item = list.querySelector('li[data-id="' + id + '"]');
    if (item) { item.remove(); }
  }

  function handle(msg) {
    switch (msg.type) {
      case 'welcome':
        me = msg.you;
        who.textContent = me; // the page is the same for everyone: the name comes from the chat
        failedAttempts = 0;
        offlineHint.hidden = true;
        setConnected(true);
        showProblem('');
        setStatus('Connected as ' + msg.you + (usePolling ? ' (compatibility mode)' : ''));
        if (!msg.clockSet) { send({ type: 'clock', now: Date.now() }); }
        break;
      case 'history':
        if (!msg.complete && lastId > 0) { addNotice('Some messages from while you were away are no longer available.'); }
        msg.messages.forEach(function (m) { addMessage(m, false); });
        break;
      case 'message':
        addMessage(msg, true);
        break;
      case 'presence':
        showPresence(msg.online);
        break;
      case 'join':
        if (msg.name !== me) { addNotice(msg.name + ' joined'); }
        break;
      case 'leave':
        addNotice(msg.name + ' left');
        break;
      case 'deleted':
        removeMessage(msg.id);
        break;
      case 'error':
        showProblem(msg.message);
        break;
    }
  }

  function handleText(text) {
    var msg;
    try { msg = JSON.parse(text); } catch (e) { return; }
    handle(msg);
  }

  function send(obj) {
    var body = JSON.stringify(obj);
    if (usePolling) {
      return fetch('/api/messages?poll=' + encodeURIComponent(pollId), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body,
        credentials: 'same-origin'
      }).then(function (r) {
        if (r.status === 410) { reconnectSoon(); }
        return r.ok;
      });
    }
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(body);
      return Promise.resolve(true);
    }
    return Promise.resolve(false);
  }

  function ended(code, reason) {
    setConnected(false);
    if (code === 1008) {
      stopped = true;
      setStatus('Signed out');
      showProblem(reason || 'Your session ended. Please log in again.');
      $('signed-out').hidden = false;
      return true;
    }
    if (reason) { showProblem(reason); }
    return false;
  }

  function reconnectSoon() {
    setConnected(false);
    if (stopped) { return; }
    // Phones quietly move to mobile data on a Wi-Fi without internet: say so once retrying goes on.
    failedAttempts += 1;
    offlineHint.hidden = failedAttempts < 2;
    var wait = retryMs + Math.floor(Math.random() * retryMs); // jitter: phones must not reconnect in step
    setStatus('Reconnecting in ' + Math.ceil(wait / 1000) + ' s…');
    setTimeout(connect, wait);
    retryMs = Math.min(retryMs * 2, 30000);
  }

  function connectSocket() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var opened = false;
    socket = new WebSocket(scheme + location.host + '/ws?after=' + lastId);
    socket.binaryType = 'arraybuffer';
    socket.onopen = function () {
      opened = true;
      socketFailures = 0;
      retryMs = 1000;
    };
    socket.onmessage = function (event) {
      // The device sends binary frames (one encoded buffer for every recipient); text works too.
      handleText(typeof event.data === 'string' ? event.data : decoder.decode(new Uint8Array(event.data)));
    };
    socket.onclose = function (event) {
      socket = null;
      if (!opened) {
        socketFailures += 1;
        if (socketFailures >= 2) {
          usePolling = true; // the socket cannot open here: carry on over plain HTTP
          connect();
          return;
        }
      }
      if (!ended(event.code, event.reason)) { reconnectSoon(); }
    };
  }

  function poll(url) {
    fetch(url, { credentials: 'same-origin', cache: 'no-store' }).then(function (r) {
      if (r.status === 401) { ended(1008, 'Your session ended. Please log in again.'); return null; }
      if (r.status === 410) { pollId = null; reconnectSoon(); return null; }
      if (!r.ok) { throw new Error('poll failed: ' + r.status); }
      return r.json();
    }).then(function (batch) {
      if (!batch) { return; }
      retryMs = 1000;
      pollId = batch.poll;
      batch.events.forEach(handle);
      if (batch.closed) {
        pollId = null;
        if (!ended(batch.closed.code, batch.closed.reason)) { reconnectSoon(); }
        return;
      }
      var next = '/api/events?poll=' + encodeURIComponent(pollId);
      // The server answered at once because this poll could not wait (another tab of this session waits, or the board is busy).
      if (batch.retryMs) { setTimeout(function () { poll(next); }, batch.retryMs); return; }
      poll(next);
    }).catch(function () {
      pollId = null;
      reconnectSoon();
    });
  }

  function connect() {
    if (stopped) { return; }
    setStatus('Connecting…');
    if (usePolling) {
      poll('/api/events?after=' + lastId);
    } else {
      connectSocket();
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || !connected) { return; }
    var message = { type: 'send', text: text };
    if (sendTo) { message.to = sendTo; }
    send(message).then(function (sent) {
      if (sent) {
        input.value = '';
        showProblem('');
      } else {
        showProblem('Not sent: the chat is offline. Your text is kept; try again when connected.');
      }
    });
    input.focus();
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  window.addEventListener('online', function () { if (!connected && !stopped) { retryMs = 1000; } });

  // The page is rendered at build time with the default address; show the one this phone used.
  $('chat-address').textContent = location.origin + '/';

  connect();
})();
