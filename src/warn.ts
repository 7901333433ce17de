/** Shortens a value for a console message: a 100 KB attribute should not flood the console. */
function preview(value: unknown): string {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One clear console line per rejected value: which attribute, what it got, what it accepts. */
export function warnAttribute(attribute: string, value: unknown, expected: string): void {
  console.warn(`<calf-check>: ignored ${attribute}=${JSON.stringify(preview(value))}; expected ${expected}.`);
}
