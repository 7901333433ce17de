import { body, picture } from '../../templates/picture.js';
import { bodyPictureText } from './words.js';
import { svg } from 'lit';

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
    '0 0 264 244',
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
