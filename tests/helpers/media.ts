import { emulateMedia } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/** The launchers' wording when an engine's driver lacks a command (media emulation, the accessibility tree). */
export const UNSUPPORTED = /not supported|CDP support is required/i;

let emulated = false;

/**
 * Emulates media features (prefers-color-scheme, prefers-reduced-motion) where the engine's driver
 * can: Chromium over CDP can; Firefox over WebDriver BiDi and WebKit over WebDriver cannot yet.
 * There the calling test is skipped with that reason, so it shows as skipped, never as passed.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  try {
    await emulateMedia(media);
    emulated = true;
  } catch (error) {
    if (!UNSUPPORTED.test(String(error))) throw error;
    test.skip();
  }
}

/** Puts the page back to the system's preferences, if a test emulated others: an empty request clears every override. */
export async function resetMedia(): Promise<void> {
  if (!emulated) return;
  await emulateMedia({});
  emulated = false;
}
