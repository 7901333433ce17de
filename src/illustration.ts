import { html, svg } from 'lit';
import { illustrationText } from './content.js';

/*
 * The chain calf → ankle → knee → hip/pelvis → lower back, drawn bottom-up so it reads the way
 * load travels. Labels are real <text> so they translate; the accent arrow is the "extra load".
 */
export function illustration() {
  const t = illustrationText();
  const joints: [number, string, string][] = [
    [34, t.back, 'joint-back'],
    [74, t.hip, 'joint-hip'],
    [120, t.knee, 'joint-knee'],
    [200, t.stiff, 'joint-ankle'],
  ];
  return html`<svg
    part="illustration"
    viewBox="0 0 240 224"
    role="img"
    aria-labelledby="fig-title fig-desc"
    focusable="false"
  >
    <title id="fig-title">${t.title}</title>
    <desc id="fig-desc">${t.description}</desc>
    <path class="bone" d="M80 34V200" />
    <ellipse class="calf" cx="88" cy="156" rx="11" ry="28" />
    <text class="label" x="108" y="160">${t.calf}</text>
    ${joints.map(
      ([y, label, part]) =>
        svg`<circle class="joint ${part}" part=${part} cx="80" cy=${y} r="9"></circle><text
            class="label"
            x="108"
            y=${y + 5}
            >${label}</text
          >`,
    )}
    <path part="illustration-load" class="load" d="M40 200V46" />
    <path class="load-head" d="M31 50l9-14 9 14z" />
    <text class="label load-label" x="8" y="22">${t.load}</text>
  </svg>`;
}
