import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

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

/**
 * Turns on forced colours (a high-contrast palette), light or dark, where the engine's driver can emulate them: only
 * Chromium over CDP. Elsewhere the calling test is skipped with that reason. resetMedia() turns them off.
 */
export async function emulateForcedColorsOrSkip(test: Mocha.Context, colorScheme: 'light' | 'dark'): Promise<void> {
  try {
    await executeServerCommand('emulate-forced-colors', { forcedColors: 'active', colorScheme });
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
  // Forced colours are emulated through a command of their own, which only Chromium has.
  await executeServerCommand('emulate-forced-colors', {}).catch(() => {});
  emulated = false;
}
