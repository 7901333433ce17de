import { html, svg } from 'lit';
import { illustrationText } from '../content.js';

/*
 * The chain calf → ankle → knee → hip/pelvis → lower back, drawn bottom-up so it reads the way
 * load travels. Labels are real <text> so they translate; the accent arrow is the "extra load".
 * Joint labels sit right of the chain; the load label has the whole top row to itself, above the
 * arrow's head, so a long translation ("Charge en plus") never runs into the lower back.
 */
export function illustration() {
  const t = illustrationText();
  const joints: [number, string, string][] = [
    [40, t.back, 'joint-back'],
    [80, t.hip, 'joint-hip'],
    [126, t.knee, 'joint-knee'],
    [206, t.stiff, 'joint-ankle'],
  ];
  // The name sits beside the picture, not in an SVG <title>: a binding inside <title> breaks the server render
  // (@lit-labs/ssr reads it as raw text, lit/lit#4405). aria-labelledby reads a hidden element all the same.
  return html`<span id="fig-title" hidden>${t.title}</span><svg
    part="illustration" class="illustration"
    viewBox="0 0 240 224"
    role="img"
    aria-labelledby="fig-title"
    aria-describedby="fig-desc"
    focusable="false"
  >
    <desc id="fig-desc">${t.description}</desc>
    <path class="bone" d="M80 40V206" />
    <ellipse class="calf" cx="88" cy="162" rx="11" ry="28" />
    <text class="label" x="108" y="166">${t.calf}</text>
    ${joints.map(
      ([y, label, part]) =>
        svg`<circle class="joint ${part}" part=${part} cx="80" cy=${y} r="9"></circle><text
            class="label"
            x="108"
            y=${y + 5}
            >${label}</text
          >`,
    )}
    <path part="illustration-load" class="load" d="M40 206V52" />
    <path class="load-head" d="M31 56l9-14 9 14z" />
    <text class="label load-label" x="8" y="16">${t.load}</text>
  </svg>`;
}
