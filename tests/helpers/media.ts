import { emulateMedia } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/** The launchers' wording when an engine's driver cannot emulate media features. */
const UNSUPPORTED = /not supported|CDP support is required/i;

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

/** Puts the page back to no emulated preferences, if a test changed them. */
export async function resetMedia(): Promise<void> {
  if (!emulated) return;
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  emulated = false;
}
