import { html, nothing, svg, type SVGTemplateResult } from 'lit';

/*
 * Side-view pictures of a person, all in one style: each limb is a round-capped stroke, drawn twice (a wider one in
 * the outline colour under a narrower one in the body's tint), so overlapping limbs merge into one outlined body.
 * A picture is named and described by hidden HTML elements outside the <svg>, not by <title>/<desc> inside it: the
 * server renderer cannot bind text inside an SVG <title>.
 * Elements inside svg`` are closed explicitly: the template minifier reads a lone svg`` fragment as HTML and drops "/>".
 */

/** A limb: its path, and its thickness in picture units. */
type Limb = [path: string, width: number];

export const body = (limbs: Limb[]) =>
  svg`${[4, 0].map((edge) =>
    limbs.map(([path, width]) => svg`<path class=${edge ? 'skin-edge' : 'skin'} d=${path} stroke-width=${width + edge}></path>`),
  )}`;

/**
 * An image named, and optionally described, by hidden elements beside it (their words are part of the widget's text,
 * so a page's translation checks and a server render see them too).
 */
export function picture(id: string, viewBox: string, drawing: SVGTemplateResult, name: string, part?: string, description?: string) {
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
 * The self-tests' positions, in the same style, with accent marks where the test is read. The caller names each
 * picture (the self-test's own words describe the position).
 */
