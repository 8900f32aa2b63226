// Live updates for the interview view. It listens on the session's WebSocket (/ws/sessions/{id}) and, for every event,
// asks the server-side view to refresh. The refresh is an ordinary Vaadin request, so it passes the session filter and
// reads the session from Redis like any other request: the server never writes to a UI from another thread.
const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_NOT_FOUND = 4404;

export function connect(view, sessionId, token) {
  disconnect(view);
  let attempt = 0;
  let stopped = false;
  const open = () => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const url = new URL(`ws/sessions/${sessionId}`, document.baseURI);
    const socket = new WebSocket(`${scheme}://${url.host}${url.pathname}`);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token }));
    socket.onmessage = (message) => {
      const event = JSON.parse(message.data);
      if (event.type === 'subscribed') {
        attempt = 0;
        view.dataset.live = 'connected';
        view.$server.liveConnected();
        return;
      }
      view.dataset.liveEvents = String(Number(view.dataset.liveEvents || 0) + 1);
      view.$server.refresh();
    };
    socket.onclose = (close) => {
      view.dataset.live = 'closed';
      if (stopped || close.code === CLOSE_UNAUTHORIZED || close.code === CLOSE_NOT_FOUND) {
        return;
      }
      setTimeout(open, Math.min(10000, 500 * 2 ** attempt++));
    };
    view.__mockmateLive = () => {
      stopped = true;
      socket.close();
    };
  };
  open();
}

export function disconnect(view) {
  if (view.__mockmateLive) {
    view.__mockmateLive();
    delete view.__mockmateLive;
  }
}
