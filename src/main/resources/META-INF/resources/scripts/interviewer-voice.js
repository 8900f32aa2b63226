// <mm-interviewer-voice>: reads the interviewer's current line aloud, either with the browser's speechSynthesis
// (a local English voice when there is one) or by playing server-made audio from `src`. The caption is always shown,
// so muting, a blocked autoplay or a browser without speech never hides the question. With `compact` the element shows
// only its controls, for pages that already show the line as text.
const MUTED_KEY = 'mockmate.interviewer-muted';

const SPEAKER_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 '
  + '3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z"/></svg>';
const MUTED_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.6 '
  + '3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z"/></svg>';
const REPLAY_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M12 5V1L7 6l5 5V7a6 6 0 1 1-6 '
  + '6H4a8 8 0 1 0 8-8z"/></svg>';

const STYLE = `
  :host { display: block; font-family: var(--lumo-font-family); color: var(--lumo-body-text-color); }
  :host([hidden]) { display: none; }
  .voice { display: flex; flex-direction: column; gap: var(--lumo-space-s); box-sizing: border-box;
    border-left: 4px solid var(--lumo-primary-color); background: var(--lumo-primary-color-10pct);
    padding: var(--lumo-space-s) var(--lumo-space-m); border-radius: var(--lumo-border-radius-m); }
  .top { display: flex; align-items: center; gap: var(--lumo-space-s); flex-wrap: wrap; }
  .label { font-size: var(--lumo-font-size-xs); font-weight: 600; text-transform: uppercase;
    color: var(--lumo-primary-text-color); flex: 1; display: inline-flex; align-items: center; gap: var(--lumo-space-s); }
  .speaking { display: inline-flex; gap: 2px; align-items: flex-end; height: 0.9em; }
  .speaking i { width: 3px; background: var(--lumo-primary-color); border-radius: 1px; animation: mm-bar 0.9s ease-in-out infinite; }
  .speaking i:nth-child(2) { animation-delay: 0.15s; } .speaking i:nth-child(3) { animation-delay: 0.3s; }
  @keyframes mm-bar { 0%, 100% { height: 30%; } 50% { height: 100%; } }
  .caption { margin: 0; font-weight: 500; font-size: var(--lumo-font-size-m); white-space: pre-wrap; }
  button { font: inherit; font-size: var(--lumo-font-size-s); font-weight: 600; cursor: pointer; border: none;
    border-radius: var(--lumo-border-radius-m); min-height: var(--lumo-size-s); padding: 0 var(--lumo-space-s);
    display: inline-flex; align-items: center; gap: var(--lumo-space-xs); background: transparent;
    color: var(--lumo-primary-text-color); }
  button:hover { background: var(--lumo-primary-color-10pct); }
  button:focus-visible { outline: 2px solid var(--lumo-primary-color-50pct); outline-offset: 2px; }
  button.primary { background: var(--lumo-primary-color); color: var(--lumo-primary-contrast-color);
    min-height: var(--lumo-size-m); padding: 0 var(--lumo-space-m); align-self: flex-start; }
  button svg { width: var(--lumo-icon-size-s); height: var(--lumo-icon-size-s); }
  .note { margin: 0; font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
  [hidden] { display: none !important; }
  :host([compact]) .caption { display: none; }
  :host([compact]) .voice { background: transparent; border-left: none; padding: 0; }
`;

function readMuted() {
  try {
    return localStorage.getItem(MUTED_KEY) === 'true';
  } catch (ignored) {
    return false;
  }
}

function writeMuted(muted) {
  try {
    localStorage.setItem(MUTED_KEY, String(muted));
  } catch (ignored) {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}

/** The voice to use: a local (on-device) voice in the wanted language first, then any voice in that language. */
export function pickVoice(voices, lang) {
  const wanted = (lang || 'en-US').toLowerCase();
  const base = wanted.split('-')[0];
  const rank = (voice) => {
    const voiceLang = (voice.lang || '').toLowerCase().replace('_', '-');
    const languageScore = voiceLang === wanted ? 2 : voiceLang.startsWith(base) ? 1 : 0;
    return languageScore === 0 ? -1 : languageScore * 2 + (voice.localService ? 4 : 0) + (voice.default ? 1 : 0);
  };
  let best = null;
  for (const voice of voices) {
    if (rank(voice) >= 0 && (!best || rank(voice) > rank(best))) {
      best = voice;
    }
  }
  return best;
}

class InterviewerVoice extends HTMLElement {
  static observedAttributes = ['text', 'src', 'line'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this._muted = readMuted();
  }

  connectedCallback() {
    if (!this._built) {
      this._build();
      this._built = true;
    }
    this._render();
    this._queueAutoplay();
  }

  disconnectedCallback() {
    this.stop();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this._built) {
      return;
    }
    this._render();
    if (name === 'line' && oldValue !== newValue) {
      this._queueAutoplay();
    }
  }

  get text() { return this.getAttribute('text') || ''; }
  get src() { return this.getAttribute('src') || ''; }
  get muted() { return this._muted; }

  _build() {
    this.shadowRoot.innerHTML = `
      <style>${STYLE}</style>
      <div class="voice" part="voice">
        <div class="top">
          <span class="label">Interviewer <span class="speaking" hidden aria-hidden="true"><i></i><i></i><i></i></span></span>
          <button class="replay" type="button" aria-label="Replay the interviewer's question">${REPLAY_ICON}<span>Replay</span></button>
          <button class="mute" type="button"></button>
        </div>
        <p class="caption" aria-live="polite"></p>
        <button class="primary unlock" type="button" hidden>${SPEAKER_ICON}<span>Click to hear the interviewer</span></button>
        <p class="note" hidden></p>
      </div>`;
    const $ = (selector) => this.shadowRoot.querySelector(selector);
    this._el = {
      caption: $('.caption'), replay: $('.replay'), mute: $('.mute'), unlock: $('.unlock'), note: $('.note'),
      speaking: $('.speaking'),
    };
    this._el.replay.addEventListener('click', () => this.play());
    this._el.unlock.addEventListener('click', () => this.play());
    this._el.mute.addEventListener('click', () => this._toggleMute());
  }

  _render() {
    const el = this._el;
    el.caption.textContent = this.text;
    el.mute.innerHTML = `${this._muted ? MUTED_ICON : SPEAKER_ICON}<span>${this._muted ? 'Unmute' : 'Mute'}</span>`;
    el.mute.setAttribute('aria-pressed', String(this._muted));
    el.mute.setAttribute('aria-label', this._muted ? 'Unmute the interviewer' : 'Mute the interviewer');
    el.replay.disabled = !this.text && !this.src;
    const canSpeak = !!this.src || 'speechSynthesis' in window;
    el.note.hidden = canSpeak;
    el.note.textContent = canSpeak ? '' : 'Your browser cannot read the question aloud; read it above.';
    el.replay.hidden = !canSpeak;
  }

  _toggleMute() {
    this._muted = !this._muted;
    writeMuted(this._muted);
    if (this._muted) {
      this.stop();
      this._el.unlock.hidden = true;
    }
    this._render();
    this._emit('muted-changed', { muted: this._muted });
  }

  // The server sets text, src and line in one batch, in no guaranteed order: play once the batch is applied.
  _queueAutoplay() {
    if (!this._autoplayQueued) {
      this._autoplayQueued = true;
      queueMicrotask(() => {
        this._autoplayQueued = false;
        this._autoplay();
      });
    }
  }

  _autoplay() {
    if (this._muted || (!this.text && !this.src)) {
      return;
    }
    // Browsers refuse sound before the user has interacted with the page; asking first beats failing silently.
    if (navigator.userActivation && !navigator.userActivation.hasBeenActive) {
      this._needGesture();
      return;
    }
    this.play();
  }

  /** Speaks the current line from the start; the Replay button and the unlock button call this. */
  play() {
    this.stop();
    this._el.unlock.hidden = true;
    if (this.src) {
      this._playAudio();
    } else if ('speechSynthesis' in window && this.text) {
      this._speak();
    }
  }

  stop() {
    if (this._audio) {
      this._audio.pause();
      this._audio = null;
    }
    if (this._utterance && 'speechSynthesis' in window) {
      this._utterance = null;
      speechSynthesis.cancel();
    }
    this._speaking(false);
  }

  _playAudio() {
    const audio = new Audio(new URL(this.src, document.baseURI).href);
    this._audio = audio;
    audio.onplaying = () => this._speaking(true);
    audio.onended = () => this._finished(audio);
    audio.onerror = () => {
      if (this._audio === audio) {
        this._audio = null;
        this._speaking(false);
        this._showNote('The interviewer audio could not be played; read the question above.');
      }
    };
    audio.play().catch((error) => {
      if (error && error.name === 'NotAllowedError' && this._audio === audio) {
        this._audio = null;
        this._needGesture();
      }
    });
  }

  _speak() {
    const utterance = new SpeechSynthesisUtterance(this.text);
    const lang = this.getAttribute('lang') || 'en-US';
    utterance.lang = lang;
    const voice = pickVoice(speechSynthesis.getVoices(), lang);
    if (voice) {
      utterance.voice = voice;
    }
    utterance.onstart = () => this._speaking(true);
    utterance.onend = () => this._finished(utterance);
    utterance.onerror = (event) => {
      if (this._utterance !== utterance) {
        return;
      }
      this._utterance = null;
      this._speaking(false);
      if (event.error === 'not-allowed') {
        this._needGesture();
      }
    };
    this._utterance = utterance;
    speechSynthesis.speak(utterance);
  }

  _finished(source) {
    if (this._audio === source || this._utterance === source) {
      this._audio = null;
      this._utterance = null;
      this._speaking(false);
      this._emit('speaking-ended');
    }
  }

  _speaking(speaking) {
    this._el.speaking.hidden = !speaking;
    this.toggleAttribute('speaking', speaking);
  }

  _needGesture() {
    this._el.unlock.hidden = false;
  }

  _showNote(text) {
    this._el.note.hidden = false;
    this._el.note.textContent = text;
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

// Chrome loads its voice list asynchronously; asking once early means it is ready by the first question.
if ('speechSynthesis' in window) {
  speechSynthesis.getVoices();
}

if (!customElements.get('mm-interviewer-voice')) {
  customElements.define('mm-interviewer-voice', InterviewerVoice);
}
