/**
 * The page's CSS while the module has not run: the widget's height is reserved so the page does not jump when it
 * appears. If the module never comes (blocked, offline, a wrong address), the reservation is dropped after 4 s,
 * leaving only the fallback's words and link instead of a tall blank box. A 0 s animation is the one way CSS alone
 * has to change a value after a delay; once the element is defined the rule no longer matches and the animation goes
 * with it. `flow-root`, not `block`: the fallback heading's top margin then stays inside the box instead of pushing
 * the whole box down, so the widget does not move up when it takes the fallback's place.
 */
export const RESERVATION_CSS =
  'calf-check:not(:defined) { display: flow-root; min-height: 109em; animation: calf-check-unreserve 0s 4s forwards; } ' +
  '@keyframes calf-check-unreserve { to { min-height: 0; } }';

/** The same rules without the spaces, for a page's inline style (the WordPress plugin's). */
export const RESERVATION_CSS_MINIFIED = RESERVATION_CSS.replace(/\s*([{}:;])\s*/g, '$1').replace(/;}/g, '}');
