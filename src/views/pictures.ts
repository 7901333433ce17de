import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { bodyPictureText } from '../content-pictures.js';

/*
 * Side-view pictures of a person, all in one style: each limb is a round-capped stroke, drawn twice (a wider one in
 * the outline colour under a narrower one in the body's tint), so overlapping limbs merge into one outlined body.
 * A picture is named and described by hidden HTML elements outside the <svg>, not by <title>/<desc> inside it: the
 * server renderer cannot bind text inside an SVG <title>.
 * Elements inside svg`` are closed explicitly: the template minifier reads a lone svg`` fragment as HTML and drops "/>".
 */

/** A limb: its path, and its thickness in picture units. */
type Limb = [path: string, width: number];

const body = (limbs: Limb[]) =>
  svg`${[4, 0].map((edge) =>
    limbs.map(([path, width]) => svg`<path class=${edge ? 'skin-edge' : 'skin'} d=${path} stroke-width=${width + edge}></path>`),
  )}`;

/**
 * An image named, and optionally described, by hidden elements beside it (their words are part of the widget's text,
 * so a page's translation checks and a server render see them too).
 */
function picture(id: string, viewBox: string, drawing: SVGTemplateResult, name: string, part?: string, description?: string) {
  return html`<svg
      part=${part ?? nothing}
      class="picture"
      viewBox=${viewBox}
      role="img"
      aria-labelledby="${id}-name"
      aria-describedby=${description ? `${id}-desc` : nothing}
      focusable="false"
    >
      ${drawing}</svg
    ><span hidden id="${id}-name">${name}</span>${description ? html`<span hidden id="${id}-desc">${description}</span>` : nothing}`;
}

/*
 * Bending the knees with a stiff ankle: the heel lifts early, the hips and pelvis move more, and the extra load (the
 * accent arrow) travels up to the lower back. The person faces left, so the back, the calf and the heel are on the
 * right, next to the labels. Labels are real <text> so they translate, each at the height of what it names.
 */
export function bodyPicture() {
  const t = bodyPictureText();
  const joints: [x: number, y: number, label: string, part: string, labelY: number][] = [
    [95, 88, t.back, 'joint-back', 98],
    [88, 124, t.hip, 'joint-hip', 132],
    [58, 166, t.knee, 'joint-knee', 166],
    [80, 212, t.stiff, 'joint-ankle', 224],
  ];
  return picture(
    'fig',
    '0 0 260 244',
    svg`<path class="ground" d="M8 240H112"></path>
      ${body([
        ['M68 28h0', 26],
        ['M88 124L76 52', 30],
        ['M78 58L60 88L44 100', 11],
        ['M88 124L58 166L80 212', 16],
        ['M46 234L86 221', 10],
      ])}
      <ellipse class="calf" cx="73" cy="182" rx="8" ry="18" transform="rotate(-24 73 182)"></ellipse>
      <text class="label" x="112" y="196">${t.calf}</text>
      <path class="lift" d="M100 238v-12m-4 4 4-4 4 4"></path>
      <path part="illustration-load" class="load" d="M80 214L58 166L88 124L94 106"></path>
      <path class="load-head" d="M88 108l6-12 6 12z"></path>
      ${joints.map(
        ([x, y, label, part, labelY]) =>
          svg`<circle class="joint ${part}" part=${part} cx=${x} cy=${y} r="7"></circle><text class="label" x="112" y=${labelY}>${label}</text>`,
      )}
      <text class="label load-label" x="112" y="64">${t.load}</text>`,
    t.title,
    'illustration',
    t.description,
  );
}

/*
 * The self-tests' positions, in the same style, with accent marks where the test is read. The caller names each
 * picture (the self-test's own words describe the position).
 */

/** Knee to wall: the front knee touches the wall, the heel stays down; the accent bar is the toe-to-wall gap. */
export function kneeToWallPicture(name: string) {
  return picture(
    'fig-knee',
    '0 0 200 172',
    svg`<path class="ground" d="M8 168H182M180 0V168"></path>
      ${body([
        ['M140 22h0', 26],
        ['M128 90L136 44', 26],
        ['M138 50L160 64L176 64', 10],
        ['M128 90L100 124L80 154', 16],
        ['M66 160L82 152', 10],
        ['M128 90L170 120L135 152', 16],
        ['M128 160H160', 10],
      ])}
      <circle class="load-head" cx="178" cy="120" r="4"></circle>
      <path class="lift" d="M167 160h11M167 154v12"></path>`,
    name,
  );
}

/** Single-leg heel raise: fingertips on the wall, the knee straight, the heel as high as it goes. */
export function heelRaisePicture(name: string) {
  return picture(
    'fig-heel',
    '0 0 160 210',
    svg`<path class="ground" d="M8 206H150M20 0V206"></path>
      ${body([
        ['M74 20h0', 26],
        ['M82 88L80 42', 26],
        ['M78 48L50 70L24 74', 10],
        ['M82 88L84 132L110 148L118 144', 14],
        ['M82 88L80 134L82 182', 16],
        ['M50 202L84 188', 10],
      ])}
      <path class="lift" d="M100 204v-14m-5 5 5-5 5 5"></path>`,
    name,
  );
}
