import { body, picture } from '../../templates/picture.js';
import { svg } from 'lit';

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
