// <mm-voice-recorder>: records a spoken answer in the browser and uploads it to the URL the server put in
// `upload-target` (a Vaadin UploadHandler; the URL carries its own security key, so no CSRF header is needed).
// Plain ES module on purpose: the app cannot rebuild Vaadin's frontend bundle, so this file is served as is.
const SPEECH_RMS = 0.03;
const SILENCE_RMS = 0.015;
const METER_INTERVAL_MS = 50;
const TRANSCRIPT_HEADER_MAX = 6000;
const TEXT_FIELDS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], vaadin-text-field, '
  + 'vaadin-text-area, vaadin-password-field, vaadin-email-field, vaadin-combo-box';

const MIC_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M12 14a3 3 0 0 0 3-3V5a3 3 0 '
  + '0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z"/></svg>';
const STOP_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="6" width="12" height="12" rx="2" '
  + 'fill="currentColor"/></svg>';

const STYLE = `
  :host { display: block; font-family: var(--lumo-font-family); color: var(--lumo-body-text-color);
    font-size: var(--lumo-font-size-m); }
  :host([hidden]) { display: none; }
  .card { box-sizing: border-box; border: 1px solid var(--lumo-contrast-10pct); border-radius: var(--lumo-border-radius-l);
    background: var(--lumo-base-color); padding: var(--lumo-space-m) var(--lumo-space-l); box-shadow: var(--lumo-box-shadow-xs);
    display: flex; flex-direction: column; gap: var(--lumo-space-m); }
  h3 { margin: 0; font-size: var(--lumo-font-size-l); }
  p { margin: 0; }
  .muted { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
  .row { display: flex; align-items: center; gap: var(--lumo-space-m); flex-wrap: wrap; }
  button { font: inherit; font-weight: 600; cursor: pointer; border: none; border-radius: var(--lumo-border-radius-m);
    min-height: var(--lumo-size-m); padding: 0 var(--lumo-space-m); display: inline-flex; align-items: center;
    gap: var(--lumo-space-s); background: var(--lumo-contrast-5pct); color: var(--lumo-primary-text-color); }
  button:not(:disabled):hover { background: var(--lumo-contrast-10pct); }
  button:focus-visible { outline: 2px solid var(--lumo-primary-color-50pct); outline-offset: 2px; }
  button.primary { background: var(--lumo-primary-color); color: var(--lumo-primary-contrast-color); }
  button.primary:not(:disabled):hover { background: var(--lumo-primary-text-color); }
  button.tertiary { background: transparent; }
  button:disabled { cursor: default; background: var(--lumo-contrast-5pct); color: var(--lumo-disabled-text-color);
    box-shadow: none; }
  button svg { width: var(--lumo-icon-size-m); height: var(--lumo-icon-size-m); }
  .record { min-height: var(--lumo-size-xl); padding: 0 var(--lumo-space-l); border-radius: 999px; user-select: none;
    touch-action: none; -webkit-user-select: none; }
  /* Recording must stay the most visible state, hovered or not: white on a dark red is about 6.5:1. */
  .record.active, .record.active:not(:disabled):hover { background: #b3261e; color: #fff;
    box-shadow: 0 0 0 4px rgba(179, 38, 30, 0.25); }
  .card.recording { border: 2px solid #b3261e; }
  .rec { display: inline-flex; align-items: center; gap: var(--lumo-space-xs); font-weight: 700; color: #b3261e;
    font-variant-numeric: tabular-nums; }
  .rec::before { content: ''; width: 0.75em; height: 0.75em; border-radius: 50%; background: #b3261e;
    animation: rec-blink 1s steps(2, start) infinite; }
  @keyframes rec-blink { to { visibility: hidden; } }
  @media (prefers-reduced-motion: reduce) { .rec::before { animation: none; } }
  .meter { flex: 1 1 8rem; min-width: 8rem; height: 0.5rem; border-radius: 999px; background: var(--lumo-contrast-10pct);
    overflow: hidden; }
  .meter > div { height: 100%; width: 0; background: var(--lumo-success-color); transition: width 60ms linear; }
  .timer { font-variant-numeric: tabular-nums; font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color);
    min-width: 9rem; }
  .timer.ending { color: var(--lumo-error-text-color); font-weight: 600; }
  .status { font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
  .status:empty { display: none; }
  .error { background: var(--lumo-error-color-10pct); color: var(--lumo-error-text-color); border-radius: var(--lumo-border-radius-m);
    padding: var(--lumo-space-s) var(--lumo-space-m); display: flex; flex-direction: column; gap: var(--lumo-space-xs); }
  .error strong { font-weight: 600; }
  .preview { border-left: 3px solid var(--lumo-contrast-20pct); padding: var(--lumo-space-xs) var(--lumo-space-m);
    background: var(--lumo-contrast-5pct); border-radius: var(--lumo-border-radius-s); }
  .preview-text { font-style: italic; min-height: 1.2em; }
  .consent, .recorder, .review { display: flex; flex-direction: column; gap: var(--lumo-space-s); }
  audio { width: 100%; max-width: 32rem; }
  [hidden] { display: none !important; }
`;

function formatSeconds(seconds) {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function formatBytes(bytes) {
  const mebibyte = 1024 * 1024;
  return bytes < mebibyte ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / mebibyte).toFixed(1)} MB`;
}

function deepActiveElement() {
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

function isTyping() {
  const active = deepActiveElement();
  return !!active && (active.matches(TEXT_FIELDS) || !!active.closest?.(TEXT_FIELDS) || active.isContentEditable);
}

export function describeMicrophoneError(error) {
  switch (error && error.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return {
        title: 'Microphone access is blocked.',
        help: 'Click the lock or site-settings icon next to the address bar, allow the microphone for this site, '
          + 'then press "Try again". You can also answer in writing.',
      };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return {
        title: 'No microphone was found.',
        help: 'Connect a microphone (or check that it is not disabled in your system settings), then press "Try again".',
      };
    case 'NotReadableError':
    case 'AbortError':
      return {
        title: 'The microphone could not be started.',
        help: 'Another application may be using it. Close it, then press "Try again".',
      };
    default:
      return { title: 'Recording failed.', help: (error && error.message) || 'Please try again.' };
  }
}

class VoiceRecorder extends HTMLElement {
  static observedAttributes = ['consented', 'mode', 'busy', 'max-seconds', 'silence-seconds', 'retention-days',
    'live-preview'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this._state = 'idle';
    this._blob = null;
    this._duration = 0;
    this._transcript = null;
    this._onKeyDown = (event) => this._spaceKey(event, true);
    this._onKeyUp = (event) => this._spaceKey(event, false);
  }

  get consented() { return this.hasAttribute('consented'); }
  set consented(value) { this.toggleAttribute('consented', !!value); }
  get busy() { return this.hasAttribute('busy'); }
  set busy(value) { this.toggleAttribute('busy', !!value); }
  get mode() { return this.getAttribute('mode') === 'hands-free' ? 'hands-free' : 'push-to-talk'; }
  set mode(value) { this.setAttribute('mode', value); }
  get maxSeconds() { return Number(this.getAttribute('max-seconds')) || 180; }
  get silenceSeconds() { return Number(this.getAttribute('silence-seconds')) || 2.5; }
  get retentionDays() { return Number(this.getAttribute('retention-days')) || 30; }
  get maxBytes() { return Number(this.getAttribute('max-bytes')) || 0; }

  connectedCallback() {
    if (!this._built) {
      this._build();
      this._built = true;
    }
    document.addEventListener('keydown', this._onKeyDown);
    document.addEventListener('keyup', this._onKeyUp);
    this._render();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this._onKeyDown);
    document.removeEventListener('keyup', this._onKeyUp);
    this._cancelRecording();
  }

  attributeChangedCallback(name) {
    if (this._built) {
      if (name === 'retention-days') {
        this._updateConsentText();
      }
      // "Answer sent." belongs to the answer just processed, not to the next question.
      if (name === 'busy' && !this.busy && this._state === 'idle') {
        this._statusNote = '';
      }
      this._render();
    }
  }

  /** Called by the server when it refused the upload after the browser had sent it. */
  showError(title, help) {
    this._showError({ title, help: help || '' });
  }

  _build() {
    this.shadowRoot.innerHTML = `
      <style>${STYLE}</style>
      <section class="card" part="card">
        <div class="consent" part="consent">
          <h3>Answer by voice</h3>
          <p class="consent-text"></p>
          <div class="row"><button class="primary allow" type="button">Allow recording</button></div>
        </div>
        <div class="recorder">
          <div class="row">
            <button class="record primary" type="button"></button>
            <span class="rec" hidden>Recording 0:00</span>
            <div class="meter" role="meter" aria-label="Microphone level" aria-valuemin="0" aria-valuemax="100"
              aria-valuenow="0"><div></div></div>
            <span class="timer" role="timer" aria-live="off"></span>
          </div>
          <p class="status" role="status" aria-live="polite"></p>
          <div class="preview" hidden>
            <p class="muted">Live preview by your browser (Chrome sends audio to Google); the server transcript is the one scored</p>
            <p class="preview-text"></p>
          </div>
          <div class="review" hidden>
            <audio controls preload="metadata" aria-label="Play back your answer"></audio>
            <div class="row">
              <button class="send primary" type="button" aria-label="Send this recording as your answer">Send answer</button>
              <button class="rerecord tertiary" type="button" aria-label="Discard this recording and record again">Re-record</button>
            </div>
          </div>
          <div class="error" role="alert" hidden>
            <strong class="error-title"></strong><span class="error-help"></span>
            <div><button class="retry" type="button">Try again</button></div>
          </div>
        </div>
      </section>`;
    const $ = (selector) => this.shadowRoot.querySelector(selector);
    this._el = {
      consent: $('.consent'), consentText: $('.consent-text'), allow: $('.allow'), recorder: $('.recorder'),
      card: $('.card'), rec: $('.rec'), record: $('.record'), meter: $('.meter'), level: $('.meter > div'), timer: $('.timer'), status: $('.status'),
      preview: $('.preview'), previewText: $('.preview-text'), review: $('.review'), audio: $('audio'),
      rerecord: $('.rerecord'), send: $('.send'), error: $('.error'), errorTitle: $('.error-title'),
      errorHelp: $('.error-help'), retry: $('.retry'),
    };
    this._updateConsentText();
    this._el.allow.addEventListener('click', () => this._emit('consent-given'));
    this._el.record.addEventListener('click', () => this._recordClicked());
    this._el.record.addEventListener('pointerdown', (event) => this._pressStart(event));
    for (const type of ['pointerup', 'pointercancel', 'pointerleave']) {
      this._el.record.addEventListener(type, () => this._pressEnd());
    }
    this._el.rerecord.addEventListener('click', () => this._reset(''));
    this._el.send.addEventListener('click', () => this._send());
    this._el.retry.addEventListener('click', () => this._reset(''));
  }

  _updateConsentText() {
    this._el.consentText.textContent = `Your answer is recorded, transcribed and stored for ${this.retentionDays} days; `
      + 'you can delete recordings any time. Your browser will ask for microphone access.';
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  _unsupported() {
    return !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof MediaRecorder === 'undefined';
  }

  _render() {
    const el = this._el;
    el.consent.hidden = this.consented;
    el.recorder.hidden = !this.consented;
    if (!this.consented) {
      return;
    }
    if (this._state === 'idle' && this._unsupported()) {
      this._showError({
        title: 'This browser cannot record audio.',
        help: 'Use a current version of Chrome, Edge, Firefox or Safari over a secure (https) connection, '
          + 'or answer in writing.',
      });
      return;
    }
    const recording = this._state === 'recording' || this._state === 'starting';
    const pushToTalk = this.mode === 'push-to-talk';
    el.record.hidden = ['recorded', 'uploading', 'error'].includes(this._state);
    el.meter.hidden = el.record.hidden;
    el.timer.hidden = el.record.hidden && this._state !== 'recorded';
    el.record.classList.toggle('active', recording);
    el.record.classList.toggle('primary', !recording);
    el.record.innerHTML = `${recording ? STOP_ICON : MIC_ICON}<span></span>`;
    let label;
    if (pushToTalk) {
      label = recording ? 'Release to stop' : 'Hold to talk';
      el.record.setAttribute('aria-label', 'Hold to record your answer (or hold the Space key); release to stop');
    } else {
      label = recording ? 'Stop recording' : 'Start recording';
      el.record.setAttribute('aria-label', recording ? 'Stop recording'
        : `Start recording; it stops after ${this.silenceSeconds} seconds of silence`);
    }
    el.record.querySelector('span').textContent = label;
    el.review.hidden = this._state !== 'recorded' && this._state !== 'uploading';
    el.error.hidden = !this._error;
    if (this._error) {
      el.errorTitle.textContent = this._error.title;
      el.errorHelp.textContent = this._error.help;
      el.retry.textContent = this._state === 'error' ? 'Try again' : 'Record again';
    }
    const disabled = this.busy || this._state === 'uploading';
    for (const button of [el.record, el.rerecord, el.send]) {
      button.disabled = disabled;
    }
    if (this.busy) {
      el.status.textContent = 'Processing your answer…';
    } else if (this._state === 'idle' && !this._statusNote) {
      el.status.textContent = pushToTalk
        ? 'Hold the button, or hold Space, while you speak.'
        : `Press start and speak; recording stops after ${this.silenceSeconds} s of silence.`;
    } else if (this._state !== 'idle' || this._statusNote) {
      el.status.textContent = this._statusNote || '';
    }
    this._renderTimer();
  }

  // A browser's recording has no length in its header, so the player shows 0:00 until it has read to the end: seek
  // past the end once, then back, and the real length appears.
  _revealDuration(audio) {
    audio.addEventListener('loadedmetadata', () => {
      if (audio.duration !== Infinity) {
        return;
      }
      audio.addEventListener('durationchange', () => { audio.currentTime = 0; }, { once: true });
      audio.currentTime = Number.MAX_SAFE_INTEGER;
    }, { once: true });
  }

  _renderTimer() {
    const elapsed = this._state === 'recorded' || this._state === 'uploading' ? this._duration : this._elapsed();
    const left = this.maxSeconds - elapsed;
    if (this._state === 'recording') {
      this._el.timer.textContent = `${formatSeconds(elapsed)} · ${formatSeconds(left)} left`;
    } else if (this._state === 'recorded' || this._state === 'uploading') {
      this._el.timer.textContent = `Your answer: ${formatSeconds(elapsed)}`;
    } else {
      this._el.timer.textContent = `${formatSeconds(elapsed)} / ${formatSeconds(this.maxSeconds)} max`;
    }
    this._el.timer.classList.toggle('ending', this._state === 'recording' && left <= 10);
    const recording = this._state === 'recording';
    this._el.rec.hidden = !recording;
    this._el.card.classList.toggle('recording', recording);
    if (recording) {
      this._el.rec.textContent = `Recording ${formatSeconds(elapsed)}`;
    }
  }

  _elapsed() {
    return this._startedAt ? (performance.now() - this._startedAt) / 1000 : 0;
  }

  _status(note) {
    this._statusNote = note;
    this._render();
  }

  _recordClicked() {
    if (this.mode !== 'hands-free' || this.busy) {
      return;
    }
    if (this._state === 'idle') {
      this._start();
    } else if (this._state === 'recording') {
      this._stop('');
    }
  }

  _pressStart(event) {
    if (this.mode !== 'push-to-talk' || this.busy || this._state !== 'idle') {
      return;
    }
    if (event.button !== undefined && event.button !== 0) {
      return;
    }
    this._el.record.setPointerCapture?.(event.pointerId);
    this._held = true;
    this._start();
  }

  _pressEnd() {
    if (this.mode !== 'push-to-talk' || !this._held) {
      return;
    }
    this._held = false;
    this._stop('');
  }

  _spaceKey(event, down) {
    if (event.code !== 'Space' || !this.consented || this.mode !== 'push-to-talk' || !this.isConnected) {
      return;
    }
    if (isTyping()) {
      return;
    }
    event.preventDefault();
    if (down && !event.repeat) {
      if (this._state === 'idle' && !this.busy) {
        this._held = true;
        this._start();
      }
    } else if (!down) {
      this._pressEnd();
    }
  }

  async _start() {
    if (this._unsupported()) {
      this._render();
      return;
    }
    this._state = 'starting';
    this._statusNote = 'Starting the microphone…';
    this._render();
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      this._showError(describeMicrophoneError(error));
      return;
    }
    if (this._state !== 'starting') {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    this._begin(stream);
  }

  _begin(stream) {
    this._stream = stream;
    const preferred = 'audio/webm;codecs=opus';
    const options = MediaRecorder.isTypeSupported?.(preferred) ? { mimeType: preferred } : {};
    const recorder = new MediaRecorder(stream, options);
    const chunks = [];
    recorder.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
    recorder.onstop = () => this._finished(new Blob(chunks, { type: recorder.mimeType || options.mimeType || '' }));
    this._recorder = recorder;
    this._startMeter(stream);
    this._startPreview();
    this._heardSpeech = false;
    this._quietSince = null;
    this._startedAt = performance.now();
    recorder.start(250);
    this._state = 'recording';
    this._status(this.mode === 'hands-free' ? 'Listening… speak now.' : 'Recording… release to stop.');
  }

  _startMeter(stream) {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    if (!AudioContextClass) {
      return;
    }
    this._audioContext = new AudioContextClass();
    const analyser = this._audioContext.createAnalyser();
    analyser.fftSize = 2048;
    this._audioContext.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    this._meterTimer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) {
        sum += sample * sample;
      }
      this._tick(Math.sqrt(sum / samples.length));
    }, METER_INTERVAL_MS);
  }

  // Called on every meter sample: draws the level, runs the clock and decides when hands-free mode stops.
  _tick(rms) {
    const percent = Math.min(100, Math.round(Math.sqrt(rms) * 160));
    this._el.level.style.width = `${percent}%`;
    this._el.meter.setAttribute('aria-valuenow', String(percent));
    this._renderTimer();
    if (this._state !== 'recording') {
      return;
    }
    if (this._elapsed() >= this.maxSeconds) {
      this._stop(`Stopped at the maximum answer length (${formatSeconds(this.maxSeconds)}).`);
      return;
    }
    if (this.mode !== 'hands-free') {
      return;
    }
    const now = performance.now();
    if (rms >= SPEECH_RMS) {
      this._heardSpeech = true;
      this._quietSince = null;
    } else if (rms < SILENCE_RMS && this._heardSpeech) {
      this._quietSince ??= now;
      if (now - this._quietSince >= this.silenceSeconds * 1000) {
        this._stop('Stopped after a pause.');
      }
    }
  }

  _startPreview() {
    const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    this._transcriptParts = [];
    this._el.previewText.textContent = '';
    if (!this.hasAttribute('live-preview') || !Recognition) {
      this._el.preview.hidden = true;
      return;
    }
    this._el.preview.hidden = false;
    const recognition = new Recognition();
    recognition.lang = this.getAttribute('lang') || 'en-US';
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.onresult = (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const text = event.results[i][0].transcript;
        if (event.results[i].isFinal) {
          this._transcriptParts.push(text.trim());
        } else {
          interim += text;
        }
      }
      this._el.previewText.textContent = [...this._transcriptParts, interim.trim()].filter(Boolean).join(' ');
    };
    recognition.onerror = (event) => {
      this._el.previewText.textContent = `Live preview unavailable (${event.error}).`;
    };
    try {
      recognition.start();
      this._recognition = recognition;
    } catch (error) {
      this._el.preview.hidden = true;
    }
  }

  _stop(note) {
    if (this._state === 'starting') {
      this._reset('Hold the button for as long as you speak.');
      return;
    }
    if (this._state !== 'recording') {
      return;
    }
    this._duration = this._elapsed();
    this._state = 'stopping';
    this._statusNote = note;
    this._recorder.stop();
    this._recognition?.stop();
    this._releaseMicrophone();
  }

  _releaseMicrophone() {
    clearInterval(this._meterTimer);
    this._meterTimer = null;
    this._stream?.getTracks().forEach((track) => track.stop());
    this._stream = null;
    this._audioContext?.close();
    this._audioContext = null;
    this._el.level.style.width = '0';
  }

  _finished(blob) {
    this._recorder = null;
    this._recognition = null;
    this._transcript = this._transcriptParts && this._transcriptParts.length ? this._transcriptParts.join(' ') : null;
    if (this._state !== 'stopping') {
      return;
    }
    if (blob.size === 0) {
      this._reset('Nothing was recorded. Try again and speak a little longer.');
      return;
    }
    this._blob = blob;
    if (this._audioUrl) {
      URL.revokeObjectURL(this._audioUrl);
    }
    this._audioUrl = URL.createObjectURL(blob);
    this._el.audio.src = this._audioUrl;
    this._revealDuration(this._el.audio);
    this._state = 'recorded';
    this._status(`${this._statusNote ? `${this._statusNote} ` : ''}Listen back, then send your answer or record it again.`);
    this._emit('recording-stopped', { durationSeconds: this._duration });
  }

  async _send() {
    const target = this.getAttribute('upload-target');
    if (!this._blob || !target || this.busy) {
      return;
    }
    if (this.maxBytes && this._blob.size > this.maxBytes) {
      this._showError({
        title: 'This recording is too large to send.',
        help: `It is ${formatBytes(this._blob.size)}; the limit is ${formatBytes(this.maxBytes)}. `
          + 'Record a shorter answer.',
      });
      return;
    }
    this._error = null;
    this._state = 'uploading';
    this._status('Sending your answer…');
    let response;
    try {
      response = await fetch(new URL(target, document.baseURI), {
        method: 'POST',
        credentials: 'same-origin',
        headers: this._uploadHeaders(),
        body: this._blob,
      });
    } catch (error) {
      this._uploadFailed('The answer could not be sent.', 'Check your connection and press "Send answer" again.');
      return;
    }
    if (!response.ok) {
      const reason = await this._rejectionReason(response);
      this._uploadFailed('The server did not accept this recording.', reason);
      return;
    }
    this._emit('recording-sent', {
      durationSeconds: this._duration, browserTranscript: this._transcript,
    });
    this._reset('Answer sent.');
  }

  // The length and the browser transcript travel as headers of the one upload request; the transcript is
  // percent-encoded (headers are Latin-1) and cut to stay well below the server's 8 KB header limit.
  _uploadHeaders() {
    const headers = {
      'Content-Type': this._blob.type || 'application/octet-stream',
      'X-Duration-Seconds': this._duration.toFixed(2),
    };
    if (this._transcript) {
      let words = this._transcript.split(/\s+/);
      let encoded = encodeURIComponent(words.join(' '));
      while (encoded.length > TRANSCRIPT_HEADER_MAX && words.length > 1) {
        words = words.slice(0, Math.floor(words.length * 0.9));
        encoded = encodeURIComponent(words.join(' '));
      }
      if (encoded.length <= TRANSCRIPT_HEADER_MAX) {
        headers['X-Browser-Transcript'] = encoded;
      }
    }
    return headers;
  }

  async _rejectionReason(response) {
    try {
      const body = await response.json();
      const reason = body && body.rejected && body.rejected[0] && body.rejected[0].reason;
      if (reason) {
        return reason;
      }
    } catch (ignored) {
      // Not a JSON rejection: fall through to the generic message.
    }
    return `The upload failed (HTTP ${response.status}). Please try again.`;
  }

  // The recording stays, so "Send answer" can be pressed again after a network hiccup.
  _uploadFailed(title, help) {
    this._state = 'recorded';
    this._error = { title, help };
    this._status('');
  }

  _showError(message) {
    this._releaseMicrophone();
    if (this._state !== 'recorded') {
      this._state = 'error';
    }
    this._error = message;
    this._statusNote = '';
    this._el.status.textContent = '';
    this._render();
  }

  _cancelRecording() {
    if (this._recorder && this._recorder.state !== 'inactive') {
      this._state = 'cancelled';
      this._recorder.stop();
    }
    this._recognition?.abort();
    this._releaseMicrophone();
  }

  _reset(note) {
    this._cancelRecording();
    this._blob = null;
    this._startedAt = null;
    this._duration = 0;
    if (this._audioUrl) {
      URL.revokeObjectURL(this._audioUrl);
      this._audioUrl = null;
    }
    this._el.audio.removeAttribute('src');
    this._el.preview.hidden = true;
    this._error = null;
    this._state = 'idle';
    this._status(note);
  }
}

if (!customElements.get('mm-voice-recorder')) {
  customElements.define('mm-voice-recorder', VoiceRecorder);
}
