import { msg } from '@lit/localize';

export const headingText = () => msg('Is it your calves?', { desc: 'Main heading of the widget.' });

export const disclaimerText = (shareResult: boolean) =>
  shareResult
    ? msg(
        'This is general education, not a diagnosis. If you use the booking link, how many signs you ticked is sent with it to the booking page.',
        { desc: 'Disclaimer when the clinic has chosen to receive the result.' },
      )
    : msg('This is general education, not a diagnosis. Your answers stay on this device.', {
        desc: 'Disclaimer; answers are never sent anywhere.',
      });
