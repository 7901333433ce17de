import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** 60 beats a minute, as the heel-raise protocols' metronome: up on one beat, down on the next. */
export const BEAT_MS = 1000;

type AudioContextClass = typeof AudioContext;

/** The engine's Web Audio, if it has one (Safari long called it webkitAudioContext). */
export const audioContextClass = (): AudioContextClass | undefined =>
  globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;

/**
 * The heel raise's pace guide: a beat the reader sees, and hears too when they ask for it. The sound is made on the
 * device (an oscillator, nothing fetched), and only from the reader's own click: an audio context started without one
 * would stay silent, and a page should never make a sound unasked. Everything stops when the widget leaves the page.
 */
export class PaceGuide implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Beats since the start, counted from 0 (even: up, odd: down); null while stopped. */
  beat: number | null = null;
  /** Whether the beat has run since the widget was drawn: only then is there a stop to tell the reader about. */
  ran = false;
  aloud = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #audio: AudioContext | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Called from the reader's click. */
  toggle(): void {
    if (this.beat !== null) return this.stop();
    this.beat = 0;
    this.ran = true;
    if (this.aloud) this.#openAudio();
    this.#sound();
    this.#timer = setInterval(() => {
      this.beat!++;
      this.#sound();
      this.#host.requestUpdate();
    }, BEAT_MS);
    this.#host.requestUpdate();
  }

  /** Called from the reader's click on "tick aloud". */
  setAloud(on: boolean): void {
    this.aloud = on;
    if (on && this.beat !== null) this.#openAudio();
    if (!on) this.#closeAudio();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.beat = null;
    this.#closeAudio();
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  #openAudio() {
    const Audio = audioContextClass();
    if (Audio && !this.#audio) this.#audio = new Audio();
  }

  #closeAudio() {
    void this.#audio?.close();
    this.#audio = null;
  }

  /** A short tick: higher for up, lower for down, so the reader can follow without looking. */
  #sound() {
    const audio = this.#audio;
    if (!audio) return;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = this.beat! % 2 ? 440 : 880;
    volume.gain.value = 0.2;
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.08);
  }
}
